/**
 * The report text (graph-seed/sources/report.zh.txt) as the validator needs it: its normalised lines (valid
 * `section` values), its footnote numbers (read from the text, so a new footnote needs no code change) and a
 * normalised copy of the whole text to look quotes up in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeWhitespace } from './normalize';

const SRC_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(SRC_DIR, '..', '..');
export const DEFAULT_REPORT_PATH = path.join(REPO_ROOT, 'graph-seed', 'sources', 'report.zh.txt');

export interface Report {
  /** The file's text as read (used for the seed version). */
  readonly text: string;
  /** The whole text normalised as one string, so a quote may run across a line break. */
  readonly normalized: string;
  /** Every non-empty line, normalised. */
  readonly lines: ReadonlySet<string>;
  /** The footnote numbers defined in the text (lines that start with superscript digits). */
  readonly footnotes: ReadonlySet<number>;
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, number>> = {
  '⁰': 0,
  '¹': 1,
  '²': 2,
  '³': 3,
  '⁴': 4,
  '⁵': 5,
  '⁶': 6,
  '⁷': 7,
  '⁸': 8,
  '⁹': 9,
};

/** The number written in superscript digits at the start of `line` ("¹⁵《瓦森纳安排》…" → 15), if any. */
export function leadingSuperscriptNumber(line: string): number | undefined {
  let value: number | undefined;
  for (const char of line.trimStart()) {
    const digit = SUPERSCRIPT_DIGITS[char];
    if (digit === undefined) break;
    value = (value ?? 0) * 10 + digit;
  }
  return value;
}

export function parseReport(text: string): Report {
  const lines = new Set<string>();
  const footnotes = new Set<number>();
  for (const rawLine of text.split(/\r?\n/u)) {
    const line = normalizeWhitespace(rawLine);
    if (line === '') continue;
    lines.add(line);
    // Footnote definitions sit on their own line; a superscript in running text marks a reference, not a footnote.
    const footnote = leadingSuperscriptNumber(line);
    if (footnote !== undefined && footnote > 0) footnotes.add(footnote);
  }
  return { text, normalized: normalizeWhitespace(text), lines, footnotes };
}

export function readReport(reportPath = DEFAULT_REPORT_PATH): Report {
  return parseReport(readFileSync(reportPath, 'utf8'));
}

/** True when the quote, normalised, occurs in the normalised report text. */
export function quoteOccurs(report: Report, quote: string): boolean {
  const needle = normalizeWhitespace(quote);
  return needle !== '' && report.normalized.includes(needle);
}

/** True when the section, normalised, equals a whole line of the report (a heading, usually). */
export function isReportLine(report: Report, section: string): boolean {
  return report.lines.has(normalizeWhitespace(section));
}

/** Closing quotes and brackets and superscript footnote markers that may follow a sentence's full stop. */
const SENTENCE_TAIL = /[”’"'」』）)\]】》〉⁰¹²³⁴⁵⁶⁷⁸⁹]*$/u;

/**
 * A quote must be at most one sentence, so that it pins down one claim: no 。！？ except at its end.
 * "At its end" tolerates what may trail a full stop in the report: closing quotes or brackets and a footnote
 * marker ("…的风险。⁸"), which do not start a new sentence.
 */
export function isSingleSentence(quote: string): boolean {
  const body = normalizeWhitespace(quote).replace(SENTENCE_TAIL, '');
  return !/[。！？]/u.test(body.slice(0, -1));
}
