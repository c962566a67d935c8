/**
 * The shape of one area's messages: each area of the interface keeps its strings in a file of its own
 * (areas/<area>.ts, an `en` and a `zh` dictionary), and messages.ts joins them. The Chinese dictionary of an area has
 * its English one's keys, with a count-dependent form where the English has one.
 */
import type { Plural } from '../messages';

export type AreaMessages<En> = { readonly [K in keyof En]: En[K] extends string ? string : Plural };
