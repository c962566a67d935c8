/**
 * The shape of a seed file's entities, relations and sources (zod), and the types the loader works with.
 * Only shape lives here; rules that need the whole seed or the report (references, quotes, footnotes) are in
 * validate.ts, so one malformed item never hides the referential problems of the others.
 */
import { z } from 'zod';
import { DATED_VALUE_FORMAT, ENTITY_KINDS, MEASURE_SCOPES, parseDatedValue, RELATION_TYPE_NAMES } from '#domain';
import type { RelationType } from '#domain';
import type { Translations } from './translations';

export const ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

const id = z.string().regex(ID_PATTERN, {
  error: (issue) => `"${String(issue.input)}" is not a valid id (expected <prefix>:<slug>, e.g. tech:gpu)`,
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const bilingual = z.strictObject({ en: nonEmpty, zh: nonEmpty });

/** A note may be written in one language only, so neither side is required to be non-empty. */
const bilingualNote = z.strictObject({ en: z.string(), zh: z.string() });

const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())], {
  error: 'must be a string, a number, a boolean or a list of strings',
});

const properties = z.record(z.string(), propertyValue);

export const sourceSchema = z.strictObject({
  doc: id,
  section: nonEmpty.optional(),
  footnote: z.int().positive({ error: 'must be a positive integer' }).optional(),
  quote: nonEmpty.optional(),
  supplementary: z.boolean().default(false),
  url: httpUrl.optional(),
  note: z.string().optional(),
});

const sources = z.array(sourceSchema).min(1, { error: 'at least one source is required' });

/**
 * `validFrom` / `validTo`: when a fact began or ceased to hold (domain/validity.ts has the rule), with the sources
 * of that date, which are not those of the fact (a rule's content and its effective date may come from different
 * documents). A year must be quoted in YAML, or it is read as a number.
 */
export const datedSchema = z.strictObject({
  date: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'required'
          : `must be ${DATED_VALUE_FORMAT}, written as text (quote a year in YAML: '2018'); got ${describe(issue.input)}`,
    })
    .refine((value) => parseDatedValue(value) !== null, {
      error: (issue) => `"${String(issue.input)}" is not ${DATED_VALUE_FORMAT} on the calendar`,
    }),
  sources: z.array(sourceSchema).min(1, { error: 'a date needs its own source: at least one is required' }),
  /** Why this date was chosen, where the sources leave room (e.g. an announced rescission that was never published). */
  note: bilingualNote.optional(),
});

const kind = z.enum(ENTITY_KINDS, {
  error: (issue) => `unknown kind ${JSON.stringify(issue.input)} (expected one of ${ENTITY_KINDS.join(', ')})`,
});

const relationType = z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]], {
  error: (issue) =>
    `unknown relationship type ${JSON.stringify(issue.input)} (expected one of ${RELATION_TYPE_NAMES.join(', ')})`,
});

const scope = z.enum(MEASURE_SCOPES, {
  error: (issue) => `unknown scope ${JSON.stringify(issue.input)} (expected one of ${MEASURE_SCOPES.join(', ')})`,
});

export const entitySchema = z.strictObject({
  id,
  kind,
  name: bilingual,
  aliases: z.strictObject({ en: z.array(nonEmpty).optional(), zh: z.array(nonEmpty).optional() }).optional(),
  summary: bilingual,
  properties: properties.optional(),
  /** CONTROL_MEASURE only, and required there (validate.ts): GENERAL or SPECIFIC, see MEASURE_SCOPES. */
  scope: scope.optional(),
  /** Why the measure has that scope, in one line per language; required with `scope`. */
  scopeNote: bilingual.optional(),
  url: httpUrl.optional(),
  note: bilingualNote.optional(),
  validFrom: datedSchema.optional(),
  validTo: datedSchema.optional(),
  sources,
});

export const relationSchema = z.strictObject({
  from: id,
  type: relationType,
  to: id,
  note: bilingualNote.optional(),
  properties: properties.optional(),
  validFrom: datedSchema.optional(),
  validTo: datedSchema.optional(),
  sources,
});

/** A seed file: a mapping with optional `entities:` and `relations:` lists. */
export const seedFileSchema = z.strictObject({
  entities: z.array(z.unknown()).nullish(),
  relations: z.array(z.unknown()).nullish(),
});

export type SeedSource = z.output<typeof sourceSchema>;
export type SeedDated = z.output<typeof datedSchema>;
export type SeedEntity = z.output<typeof entitySchema>;
export type SeedRelation = z.output<typeof relationSchema>;

export interface Seed {
  readonly entities: readonly SeedEntity[];
  readonly relations: readonly SeedRelation[];
  /** Content hash of the data files and the report (see version.ts). */
  readonly version: string;
  /** English renderings of the Chinese quotes and sections (translations.ts), which the loader attaches. */
  readonly translations: Translations;
}

/** How a problem names a relation: `from -TYPE-> to`. */
export function relationLabel(relation: { readonly from: unknown; readonly type: unknown; readonly to: unknown }) {
  return `${String(relation.from)} -${String(relation.type)}-> ${String(relation.to)}`;
}

/**
 * Custom messages for zod's generic issues: a missing key says "required" (`name.zh: required`) rather than
 * "expected string, received undefined".
 */
export const shapeErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'required';
    return `expected ${issue.expected}, got ${describe(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    // `{ en: Food, Drugs and Arms, zh: … }` parses as keys `en` and `Drugs and Arms`: the usual cause of a key
    // with spaces in it, and one that an author rarely spots alone.
    return issue.keys.some((key) => /\s/u.test(key))
      ? `${keys} (in a { … } mapping, text containing a comma must be quoted)`
      : keys;
  }
  return undefined;
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Renders a zod issue path the way a YAML author reads it: `sources[0].quote`. */
export function renderPath(pathItems: readonly PropertyKey[]): string {
  let out = '';
  for (const item of pathItems) {
    if (typeof item === 'number') out += `[${item}]`;
    else out += out === '' ? String(item) : `.${String(item)}`;
  }
  return out;
}

/** `path: message` for each issue (just the message for an issue on the item itself). */
export function renderIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = renderPath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
}
