/**
 * Validates a read seed: the shape of each item (schema.ts), then what needs the whole seed or the report —
 * id prefixes, duplicate ids and relations, dangling ends, each relationship type's domain and range (the kinds
 * allowed at each end, and same-kind types), the scope every control measure must declare, source documents
 * (a source other than the report must be supplementary), and quotes, sections and footnotes checked against the
 * report text; dates (`validFrom`, `validTo`) must be well formed, each with its own source, and in order.
 * Every problem is collected (never just the first), each naming its file and entity, so one run of
 * `npm run seed -- --check` lists everything an author has to fix.
 */
import { isReportLine, isSingleSentence, quoteOccurs } from './report';
import type { Report } from './report';
import type { z } from 'zod';
import type { Problem, RawItem, RawSeed } from './read';
import {
  entitySchema,
  ID_PATTERN,
  relationLabel,
  relationSchema,
  renderIssues,
  shapeErrorMap,
  sourceSchema,
} from './schema';
import type { Seed, SeedEntity, SeedRelation, SeedSource } from './schema';
import { checkTranslations } from './translationCheck';
import { seedVersion } from './version';
import {
  ENTITY_KINDS,
  firstDay,
  isReversed,
  KIND_ID_PREFIX,
  lastDay,
  parseDatedValue,
  MEASURE_SCOPES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  REPORT_DOCUMENT_ID,
} from '#domain';
import type { EntityKind, RelationType, RelationTypeSpec } from '#domain';

export type { Problem } from './read';

export type ValidationResult =
  { readonly ok: true; readonly seed: Seed } | { readonly ok: false; readonly problems: readonly Problem[] };

/** One line per problem, as the CLI prints it: `path: <entityId>: <message>`. */
/**
 * One item's shape: flags an item that is not a mapping (false: nothing more can be checked on it) and each schema
 * problem of one that is; an item with none is collected into `into`.
 */
function checkShape<T>(
  item: RawItem,
  schema: z.ZodType<T>,
  notMapping: string,
  flag: (message: string) => void,
  into: T[],
): item is RawItem & { readonly value: Record<string, unknown> } {
  if (!isRecord(item.value)) {
    flag(notMapping);
    return false;
  }
  const parsed = schema.safeParse(item.value, { error: shapeErrorMap });
  if (parsed.success) into.push(parsed.data);
  else renderIssues(parsed.error).forEach(flag);
  return true;
}

export function formatProblem(problem: Problem): string {
  return problem.entityId === null
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.entityId}: ${problem.message}`;
}

interface KnownEntity {
  readonly file: string;
  /** Undefined when the kind itself is invalid (already reported), so kind-based checks are skipped. */
  readonly kind: EntityKind | undefined;
  /** The entity's own url, which a supplementary source on this document may rely on. */
  readonly url: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

function isEntityKind(value: unknown): value is EntityKind {
  return (ENTITY_KINDS as readonly unknown[]).includes(value);
}

function isRelationType(value: unknown): value is RelationType {
  return (RELATION_TYPE_NAMES as readonly unknown[]).includes(value);
}

function describeFootnotes(footnotes: ReadonlySet<number>): string {
  if (footnotes.size === 0) return 'the report has no footnotes';
  const sorted = [...footnotes].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const contiguous = last - first + 1 === sorted.length;
  return `the report's footnotes are ${contiguous ? `${first}–${last}` : sorted.join(', ')}`;
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

export function validateSeed(raw: RawSeed, report: Report): ValidationResult {
  const problems: Problem[] = [...raw.problems];
  const known = new Map<string, KnownEntity>();
  const entities: SeedEntity[] = [];
  const relations: SeedRelation[] = [];
  const missingHint =
    raw.unreadableFiles.length > 0
      ? ` (or defined in a file that could not be read: ${raw.unreadableFiles.join(', ')})`
      : '';

  // Pass 1: entities, so that every id is known before references are checked.
  const entityChecks: { item: RawItem; label: string }[] = [];
  for (const item of raw.entities) {
    const id = stringField(item.value, 'id');
    const label = id ?? `entities[${item.index}]`;
    const flag = (message: string) => problems.push({ file: item.file, entityId: label, message });
    entityChecks.push({ item, label });
    if (
      !checkShape(
        item,
        entitySchema,
        'an entity must be a mapping (id, kind, name, summary, sources, …)',
        flag,
        entities,
      )
    )
      continue;

    const kind = isEntityKind(item.value.kind) ? item.value.kind : undefined;
    if (id === undefined) continue;
    if (kind !== undefined && ID_PATTERN.test(id)) {
      const prefix = id.slice(0, id.indexOf(':'));
      const expected = KIND_ID_PREFIX[kind];
      if (prefix !== expected) {
        flag(`id: prefix "${prefix}:" does not match kind ${kind} (a ${kind} id starts with "${expected}:")`);
      }
    }
    const earlier = known.get(id);
    if (earlier) {
      flag(
        earlier.file === item.file
          ? `duplicate id: defined more than once in ${item.file}`
          : `duplicate id: defined in both ${earlier.file} and ${item.file}`,
      );
      continue;
    }
    known.set(id, { file: item.file, kind, url: stringField(item.value, 'url') });
    if (kind !== undefined) scopeProblems(item.value, kind).forEach(flag);
  }

  /**
   * Checks what the shape cannot: the document exists, and report quotes, sections and footnotes are real; for the
   * fact's own sources and for those of its dates. Then that its dates are in order.
   */
  const checkSources = (item: RawItem, label: string) => {
    const value = item.value;
    if (!isRecord(value)) return;
    const lists: [string, unknown][] = [
      ['sources', value.sources],
      ...DATED_FIELDS.map((field): [string, unknown] => [`${field}.sources`, fieldOf(value, field, 'sources')]),
    ];
    for (const [where, rawSources] of lists) {
      if (!Array.isArray(rawSources)) continue; // absence is a shape problem, reported already (or an undated fact)
      rawSources.forEach((rawSource: unknown, index) => {
        const parsed = sourceSchema.safeParse(rawSource);
        if (!parsed.success) return; // reported by the item's shape check
        for (const message of sourceProblems(parsed.data, known, report)) {
          problems.push({ file: item.file, entityId: label, message: `${where}[${index}].${message}` });
        }
      });
    }
    const reversed = reversedDatesProblem(value);
    if (reversed !== undefined) problems.push({ file: item.file, entityId: label, message: reversed });
  };
  entityChecks.forEach(({ item, label }) => {
    checkSources(item, label);
  });

  // Pass 2: relations.
  const seenRelations = new Map<string, string>();
  for (const item of raw.relations) {
    const from = stringField(item.value, 'from');
    const type = stringField(item.value, 'type');
    const to = stringField(item.value, 'to');
    const label =
      from !== undefined && type !== undefined && to !== undefined
        ? relationLabel({ from, type, to })
        : `relations[${item.index}]`;
    const flag = (message: string) => problems.push({ file: item.file, entityId: label, message });
    if (!checkShape(item, relationSchema, 'a relation must be a mapping (from, type, to, sources, …)', flag, relations))
      continue;

    const fromEntity = from === undefined ? undefined : known.get(from);
    const toEntity = to === undefined ? undefined : known.get(to);
    if (from !== undefined && !fromEntity) flag(`from: unknown entity "${from}"${missingHint}`);
    if (to !== undefined && !toEntity) flag(`to: unknown entity "${to}"${missingHint}`);
    if (from !== undefined && from === to) flag('a relation cannot connect an entity to itself');
    if (isRelationType(type) && fromEntity?.kind && toEntity?.kind) {
      const problem = domainRangeProblem(type, fromEntity.kind, toEntity.kind);
      if (problem !== undefined) flag(problem);
    }
    if (from !== undefined && type !== undefined && to !== undefined) {
      const key = `${from}\u0000${type}\u0000${to}`;
      const earlierFile = seenRelations.get(key);
      if (earlierFile === undefined) seenRelations.set(key, item.file);
      else {
        flag(
          earlierFile === item.file
            ? `duplicate relation: defined more than once in ${item.file}`
            : `duplicate relation: defined in both ${earlierFile} and ${item.file}`,
        );
      }
    }
    checkSources(item, label);
  }

  // Translations are checked once everything else is right, so a quote being fixed is not also reported untranslated.
  const translated = problems.length === 0 ? checkTranslations(raw) : null;
  problems.push(...(translated?.problems ?? []));
  if (problems.length > 0 || translated === null) {
    // Stable sort: grouped by file, in reading order within a file.
    return { ok: false, problems: problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
  }
  const { translations } = translated;
  return { ok: true, seed: { entities, relations, version: seedVersion(raw.files, report.text), translations } };
}

/**
 * Why a relationship of `type` may not join these kinds, or undefined when it may: the domain (`from` kinds), the
 * range (`to` kinds) and, for same-kind types (SUBTYPE_OF, EXAMPLE_OF, ADOPTED_AS), that both ends share a kind.
 */
export function domainRangeProblem(type: RelationType, from: EntityKind, to: EntityKind): string | undefined {
  const spec: RelationTypeSpec = RELATION_TYPES[type];
  if (!spec.from.includes(from) || !spec.to.includes(to)) {
    return (
      `type: ${type} cannot go from ${from} to ${to}; ` +
      `it goes from ${spec.from.join(' | ')} to ${spec.to.join(' | ')}`
    );
  }
  if (spec.sameKind === true && from !== to) {
    return `type: ${type} joins two entities of the same kind; this one goes from ${from} to ${to}`;
  }
  return undefined;
}

const DATED_FIELDS = ['validFrom', 'validTo'] as const;

function fieldOf(value: Record<string, unknown>, field: string, key: string): unknown {
  const inner = value[field];
  return isRecord(inner) ? inner[key] : undefined;
}

/**
 * `validTo` may not end before `validFrom` begins, the two compared at the coarser of their precisions
 * (`isReversed`). Malformed dates are reported by the shape check and skipped here.
 */
function reversedDatesProblem(value: Record<string, unknown>): string | undefined {
  const [from, to] = DATED_FIELDS.map((field) => {
    const date = fieldOf(value, field, 'date');
    return typeof date === 'string' ? parseDatedValue(date) : null;
  });
  if (from === null || to === null || from === undefined || to === undefined || !isReversed(from, to)) {
    return undefined;
  }
  return (
    `validTo: "${to.value}" ends before validFrom "${from.value}" begins ` +
    `(last day ${lastDay(to)}, first day ${firstDay(from)})`
  );
}

/** A CONTROL_MEASURE must say how far it reaches (scope) and why (scopeNote); no other kind has a scope. */
function scopeProblems(value: Record<string, unknown>, kind: EntityKind): string[] {
  const hasScope = value.scope !== undefined;
  const hasNote = value.scopeNote !== undefined;
  if (kind !== 'CONTROL_MEASURE') {
    const keys = [hasScope ? 'scope' : null, hasNote ? 'scopeNote' : null].filter((key) => key !== null);
    return keys.map((key) => `${key}: only a CONTROL_MEASURE has a scope; a ${kind} has none`);
  }
  const out: string[] = [];
  if (!hasScope) out.push(`scope: required for a CONTROL_MEASURE (${MEASURE_SCOPES.join(' or ')})`);
  if (!hasNote) out.push('scopeNote: required for a CONTROL_MEASURE: one line (en, zh) that says why it has its scope');
  return out;
}

/** Problems with one well-formed source, each starting with the source field it concerns. */
function sourceProblems(source: SeedSource, known: ReadonlyMap<string, KnownEntity>, report: Report): string[] {
  const out: string[] = [];
  const doc = known.get(source.doc);
  if (!doc) out.push(`doc: unknown document "${source.doc}"`);
  else if (doc.kind !== undefined && doc.kind !== 'DOCUMENT') {
    out.push(`doc: "${source.doc}" is a ${doc.kind}, not a DOCUMENT`);
  }

  if (source.doc === REPORT_DOCUMENT_ID) {
    if (source.supplementary) {
      out.push(`supplementary: a source citing the report itself (${REPORT_DOCUMENT_ID}) cannot be supplementary`);
      return out;
    }
    if (source.section === undefined) out.push('section: required when citing the report');
    else if (!isReportLine(report, source.section)) {
      out.push(`section: "${shorten(source.section)}" is not a line of the report`);
    }
    if (source.footnote !== undefined && !report.footnotes.has(source.footnote)) {
      out.push(`footnote: footnote ${source.footnote} does not exist (${describeFootnotes(report.footnotes)})`);
    }
    if (source.quote === undefined) out.push('quote: required when citing the report');
    else {
      if (!isSingleSentence(source.quote)) {
        out.push('quote: must be at most one sentence (。！？ only at the end); split it into several sources');
      }
      if (!quoteOccurs(report, source.quote)) out.push(`quote: not found in the report: "${shorten(source.quote)}"`);
    }
  } else if (!source.supplementary) {
    // An unknown document, or one of another kind, is reported above; this rule is about real documents.
    if (doc?.kind === 'DOCUMENT') {
      out.push(
        `supplementary: a source other than the report (${REPORT_DOCUMENT_ID}) states an outside fact and must be ` +
          'marked supplementary: true',
      );
    }
  } else if (source.url === undefined && doc?.url === undefined) {
    out.push(`url: a supplementary source needs a url, on the source or on its document "${source.doc}"`);
  }
  return out;
}
