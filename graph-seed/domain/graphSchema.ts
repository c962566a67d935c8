/**
 * The graph's index and constraint statements as pure data: the loader runs them before a load, and the Cypher
 * export script writes them at its head, so a rebuilt graph has the same schema as a loaded one.
 */
export interface Statement {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Index and constraint statements. Schema changes cannot share a transaction with data writes, so load.ts runs
 * these first, each on its own, then waits for the indexes to come online.
 * The `cjk` analyzer tokenises Chinese into overlapping bigrams, so a one-character query ("芯") matches nothing
 * in `entityNames`. `entityNamesEn` serves Latin search with `standard-no-stop-words`, because `cjk` drops English
 * stop words (a query for "IT" would find nothing).
 * The names alone have two more indexes, so that exact, prefix and substring matches never read every entity:
 * `entityNameKeys` (`keyword` analyzer) holds each folded name and alias as one term, so an exact name is a term
 * lookup and a name prefix a prefix query, and the entity's kind beside it, so a kind filter is part of the lookup;
 * `entityNameTokens` (`standard-no-stop-words`, which cuts Chinese into single characters) answers "a name contains
 * these characters" as a phrase query, one character included.
 * `entity_search_text`, the trigram text index that served those matches before, is dropped: at a million entities
 * its `CONTAINS` and `STARTS WITH` read every match of a short text (50-150 ms) before any limit applied.
 * `entity_valid_from` / `entity_valid_to`, range indexes on the `date` values the loader derives from `validFrom` and
 * `validTo`, serve questions asked as of a date (and timelines between two dates) with plain comparisons.
 */
export function schemaStatements(): Statement[] {
  return [
    {
      cypher: 'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
      params: {},
    },
    {
      cypher:
        'CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ' +
        'ON EACH [n.nameEn, n.nameZh, n.aliasesText, n.summaryEn, n.summaryZh] ' +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      params: {},
    },
    {
      cypher:
        'CREATE FULLTEXT INDEX entityNamesEn IF NOT EXISTS FOR (n:Entity) ' +
        'ON EACH [n.nameEn, n.aliasesText, n.summaryEn] ' +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
      params: {},
    },
    { cypher: 'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)', params: {} },
    {
      cypher:
        'CREATE FULLTEXT INDEX entityNameKeys IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys, n.kind] ' +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
      params: {},
    },
    {
      cypher:
        'CREATE FULLTEXT INDEX entityNameTokens IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.nameZh, n.aliasesText] ' +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
      params: {},
    },
    { cypher: 'DROP INDEX entity_search_text IF EXISTS', params: {} },
    { cypher: 'CREATE RANGE INDEX entity_valid_from IF NOT EXISTS FOR (n:Entity) ON (n.validFromDay)', params: {} },
    { cypher: 'CREATE RANGE INDEX entity_valid_to IF NOT EXISTS FOR (n:Entity) ON (n.validToDay)', params: {} },
  ];
}
