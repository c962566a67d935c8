/**
 * Reads `data/translations.yaml` and checks it against the seed's sources: every Chinese quote and section heading
 * has an English rendering, and every rendering is still cited (a stale one means a quote was edited or removed).
 * The checks run over the raw seed, where each source still knows its file and entity, so a problem names them.
 */
import YAML from 'yaml';
import { z } from 'zod';
import { normalizeWhitespace } from './normalize';
import type { Problem, RawItem, RawSeed, SeedFile } from './read';
import { relationLabel, renderIssues, shapeErrorMap, sourceSchema } from './schema';
import { needsTranslation, NO_TRANSLATIONS, TRANSLATIONS_KEY } from './translations';
import type { Translations } from './translations';

const text = z.string().trim().min(1, { error: 'must not be empty' });
const entrySchema = z.strictObject({
  zh: text,
  en: text.refine((value) => !needsTranslation(value), { error: 'must be English (it contains Chinese characters)' }),
});
const fileSchema = z.strictObject({
  sections: z.array(z.unknown()).nullish(),
  quotes: z.array(z.unknown()).nullish(),
});

type ListName = 'sections' | 'quotes';

interface Entry {
  readonly list: ListName;
  readonly index: number;
  readonly zh: string;
  readonly en: string;
}

interface ParsedFile {
  readonly entries: readonly Entry[];
  readonly problems: readonly Problem[];
  /** False when the file as a whole could not be read (YAML or layout), so no entry is known. */
  readonly readable: boolean;
}

function shorten(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** Reads the file's `sections:` and `quotes:` lists; each malformed or duplicate entry is a problem. */
function parseFile(source: SeedFile): ParsedFile {
  const problems: Problem[] = [];
  const flag = (message: string) => problems.push({ file: source.file, entityId: null, message });
  const document = YAML.parseDocument(source.content);
  if (document.errors.length > 0) {
    for (const error of document.errors) flag(`YAML syntax error: ${error.message.split('\n')[0] ?? ''}`);
    return { entries: [], problems, readable: false };
  }
  const parsed = fileSchema.safeParse(document.toJS() ?? {}, { error: shapeErrorMap });
  if (!parsed.success) {
    for (const message of renderIssues(parsed.error)) {
      flag(`${message} (the translations file is a mapping with sections: and quotes: lists of { zh, en })`);
    }
    return { entries: [], problems, readable: false };
  }
  const entries: Entry[] = [];
  for (const list of ['sections', 'quotes'] as const) {
    const seen = new Map<string, number>();
    (parsed.data[list] ?? []).forEach((value, index) => {
      const entry = entrySchema.safeParse(value, { error: shapeErrorMap });
      if (!entry.success) {
        for (const message of renderIssues(entry.error)) flag(`${list}[${index}].${message}`);
        return;
      }
      const key = normalizeWhitespace(entry.data.zh);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        flag(`${list}[${index}]: "${shorten(key)}" is translated twice (also ${list}[${earlier}]); keep one`);
        return;
      }
      seen.set(key, index);
      entries.push({ list, index, zh: key, en: normalizeWhitespace(entry.data.en) });
    });
  }
  return { entries, problems, readable: true };
}

/** Reads a translations file on its own (no checks against the seed). */
export function parseTranslations(source: SeedFile): { translations: Translations; problems: readonly Problem[] } {
  const { entries, problems } = parseFile(source);
  return { translations: toTranslations(entries), problems };
}

function toTranslations(entries: readonly Entry[]): Translations {
  const pairs = (list: ListName) =>
    new Map(entries.filter((entry) => entry.list === list).map((entry) => [entry.zh, entry.en]));
  return { quotes: pairs('quotes'), sections: pairs('sections') };
}

interface CitedText {
  readonly item: RawItem;
  readonly label: string;
  readonly path: string;
  readonly text: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every Chinese quote and section of the seed's well-formed sources, with where it is cited. */
function citedTexts(raw: RawSeed): { quotes: CitedText[]; sections: CitedText[] } {
  const quotes: CitedText[] = [];
  const sections: CitedText[] = [];
  const visit = (item: RawItem, label: string) => {
    const rawSources = isRecord(item.value) ? item.value.sources : undefined;
    if (!Array.isArray(rawSources)) return;
    rawSources.forEach((rawSource: unknown, index) => {
      const source = sourceSchema.safeParse(rawSource);
      if (!source.success) return; // a shape problem, reported by the validator
      const { quote, section } = source.data;
      if (quote !== undefined && needsTranslation(quote)) {
        quotes.push({ item, label, path: `sources[${index}].quote`, text: normalizeWhitespace(quote) });
      }
      if (section !== undefined && needsTranslation(section)) {
        sections.push({ item, label, path: `sources[${index}].section`, text: normalizeWhitespace(section) });
      }
    });
  };
  for (const item of raw.entities) {
    const id = isRecord(item.value) && typeof item.value.id === 'string' ? item.value.id : undefined;
    visit(item, id ?? `entities[${item.index}]`);
  }
  for (const item of raw.relations) {
    const value = isRecord(item.value) ? item.value : {};
    const complete = ['from', 'type', 'to'].every((key) => typeof value[key] === 'string');
    visit(
      item,
      complete ? relationLabel(value as { from: string; type: string; to: string }) : `relations[${item.index}]`,
    );
  }
  return { quotes, sections };
}

export interface TranslationCheck {
  readonly translations: Translations;
  readonly problems: readonly Problem[];
}

/**
 * Checks the seed's translations file against its sources: every Chinese quote and section has an English
 * rendering, and every rendering is used by some source. Problems name the citing file and entity (and the quote)
 * for a missing rendering, and the translations file and entry for a stale one.
 */
export function checkTranslations(raw: RawSeed): TranslationCheck {
  const cited = citedTexts(raw);
  const source = raw.translations;
  if (source === null) {
    if (cited.quotes.length === 0 && cited.sections.length === 0)
      return { translations: NO_TRANSLATIONS, problems: [] };
    const problem: Problem = {
      file: TRANSLATIONS_KEY,
      entityId: null,
      message:
        `missing: the data directory needs ${TRANSLATIONS_KEY} with an English rendering of each of the ` +
        `${new Set(cited.quotes.map((q) => q.text)).size} Chinese quotes and ` +
        `${new Set(cited.sections.map((s) => s.text)).size} sections (see graph-seed/README.md)`,
    };
    return { translations: NO_TRANSLATIONS, problems: [problem] };
  }

  const { entries, problems: fileProblems, readable } = parseFile(source);
  // An unreadable file would leave every quote "untranslated": report the file alone.
  if (!readable) return { translations: NO_TRANSLATIONS, problems: fileProblems };
  const translations = toTranslations(entries);
  const problems: Problem[] = [...fileProblems];
  const lists = { quotes: translations.quotes, sections: translations.sections };
  const used = {
    quotes: new Set(cited.quotes.map((q) => q.text)),
    sections: new Set(cited.sections.map((s) => s.text)),
  };
  const stale = entries.filter((entry) => !used[entry.list].has(entry.zh));

  for (const list of ['quotes', 'sections'] as const) {
    const what = list === 'quotes' ? 'English translation' : 'English name';
    for (const cite of cited[list]) {
      if (lists[list].has(cite.text)) continue;
      // A quote that was edited usually leaves its old translation unused: point at it.
      const similar = stale.find((e) => e.list === list && (e.zh.includes(cite.text) || cite.text.includes(e.zh)));
      const hint = similar ? `; the unused ${list}[${similar.index}] is for a similar text` : '';
      problems.push({
        file: cite.item.file,
        entityId: cite.label,
        message: `${cite.path}: no ${what} in ${source.file}: "${cite.text}" (add it under ${list}:${hint})`,
      });
    }
  }
  for (const entry of stale) {
    problems.push({
      file: source.file,
      entityId: null,
      message: `${entry.list}[${entry.index}]: unused translation, no source cites "${shorten(entry.zh)}" (remove it, or update it to the changed text)`,
    });
  }
  return { translations, problems };
}
