/**
 * The contract queries of the scale benchmark: for each, the GraphQL request the explorer sends and the Cypher
 * the resolvers run (from the server's own builders), for one input drawn from Inputs.
 */
import { MAX_INSTRUMENTS } from '../../server/src/coverage/query';
import { readCoverage } from '../../server/src/coverage/repository';
import type { FloorWork } from '../floor';
import { entityQuery, relationsQuery } from '../../server/src/entity/query';
import { neighborhoodQuery } from '../../server/src/neighborhood/query';
import { NO_PATH_FILTERS, pathsAsk } from '../../server/src/paths/query';
import { readPaths } from '../../server/src/paths/repository';
import { utcToday } from '../../server/src/graphql/date';
import { searchQuery } from '../../server/src/search/query';
import type { Inputs, SearchInputs } from './inputs';

export interface Request {
  readonly graphql: { readonly query: string; readonly variables: Record<string, unknown> };
  readonly cypher: FloorWork;
  /**
   * What the API's answer must hold, as an error message when it does not: a fast answer that found nothing (a
   * database loaded without its labels, a missing index) must count as an error, not as a good time.
   */
  readonly check?: (data: unknown) => string | undefined;
}

export interface Case {
  readonly name: string;
  /** The request for the i-th input. */
  build(inputs: Inputs, i: number): Request;
}

const ENTITY = 'id kind name summary aliases sources { document section footnote quote url supplementary }';
const EDGE = 'id type from to sources { document section footnote quote }';
const SEARCH = `query($text: String!) { search(text: $text) { ${ENTITY} } }`;

function at<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('no inputs');
  return item;
}

function search(name: string, kind: keyof SearchInputs): Case {
  return {
    name,
    build: (inputs, i) => {
      const text = at(inputs.search[kind], i);
      return {
        graphql: { query: SEARCH, variables: { text } },
        cypher: [searchQuery(text, null, 20)],
        check: (data) => {
          const hits = (data as { search?: { name?: string }[] }).search ?? [];
          if (hits.length === 0) return `search found nothing for ${JSON.stringify(text)}`;
          // A whole name is an exact match, so it comes first.
          const first = hits[0]?.name?.toLowerCase();
          return kind === 'en' && first !== text.toLowerCase()
            ? `${JSON.stringify(text)} came first as ${first}`
            : undefined;
        },
      };
    },
  };
}

export const CASES: readonly Case[] = [
  search('search (EN name)', 'en'),
  search('search (ZH, 2 chars)', 'zh'),
  search('search (EN prefix)', 'prefix'),
  search('search (fuzzy)', 'fuzzy'),
  {
    name: 'entity + relations',
    build: (inputs, i) => {
      const id = at(inputs.ids, i);
      return {
        graphql: {
          query: `query($id: ID!) { entity(id: $id) { ${ENTITY} relations { type direction label other { id kind name } sources { document } } } }`,
          variables: { id },
        },
        // One transaction, the two statements pipelined, as the resolver reads them.
        cypher: (run) => Promise.all([run(entityQuery(id)), run(relationsQuery(id, null, null))]),
      };
    },
  },
  {
    name: 'neighborhood (hub, d2)',
    build: (inputs, i) => {
      const id = at(inputs.hubs, i);
      return {
        graphql: {
          query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
          variables: { id },
        },
        cypher: [neighborhoodQuery(id, 2, null, null, 150, utcToday())],
      };
    },
  },
  {
    name: 'paths (max 6, 5 paths)',
    build: (inputs, i) => {
      const [from, to] = at(inputs.pairs, i);
      return {
        graphql: {
          query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 6, limit: 5) { paths { length nodes { ${ENTITY} } edges { ${EDGE} } } skippedHubs { id kind name } } }`,
          variables: { from, to },
        },
        // The resolver's own search: bibliographic links left out first, then the hubs it skipped.
        cypher: (run) =>
          readPaths(run, pathsAsk({ from, to, maxLength: 6, limit: 5, asOf: utcToday() }, NO_PATH_FILTERS)),
      };
    },
  },
  {
    name: 'coverage',
    build: (inputs, i) => {
      const id = at(inputs.technologyIds, i);
      return {
        graphql: {
          query: `query($id: ID!) { coverage(technologyId: $id) { via instrument { ${ENTITY} } path { length nodes { id kind name } edges { ${EDGE} } } } }`,
          variables: { id },
        },
        cypher: (run) => readCoverage(run, [id], { asOf: utcToday(), cap: MAX_INSTRUMENTS, kinds: null }),
      };
    },
  },
];
