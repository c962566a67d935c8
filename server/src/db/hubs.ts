/**
 * Hubs in Cypher, in one place for the neighbourhood and the paths: an entity with more than HUB_DEGREE_CAP
 * relationships. Its degree is the stored count Neo4j reads in constant time, so telling a hub costs nothing whatever
 * its size. A builder using these fragments passes `hubParams` among its parameters.
 */
import { HUB_DEGREE_CAP } from '#domain';

export const hubParams = { hubCap: HUB_DEGREE_CAP } as const;

/** The entity bound to `n` is a hub. */
export const isHub = (n: string): string => `COUNT { (${n})--() } > $hubCap`;

/** The entity bound to `n` is not a hub. */
export const ordinary = (n: string): string => `COUNT { (${n})--() } <= $hubCap`;
