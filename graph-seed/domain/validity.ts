/**
 * When a fact holds: the `validFrom` / `validTo` dates an entity or relationship may carry, and the rule that
 * decides whether it is valid on a given day. Shared by the validator, the loader and the API.
 *
 * A dated value is an ISO date at one of three precisions: a year (`2018`), a month (`2023-10`) or a day
 * (`2023-10-17`). It names a period, and the rule reads each end at its widest:
 *
 *   a fact is valid on day D when D ≥ the first day of validFrom's period and D ≤ the last day of validTo's period.
 *
 * Both ends are inclusive. `validFrom: 2023-10` makes a fact valid from 1 October 2023; `validTo: 2025` keeps it
 * valid to 31 December 2025. A missing end is open (valid since always, or still valid). A `validTo` is therefore
 * the last day a fact held: a rule rescinded with effect from 13 May 2025 has `validTo: 2025-05-12`. The widest
 * reading is chosen so that a year or month never makes a fact disappear on a day inside the period its source
 * names.
 *
 * Days are handled as `YYYY-MM-DD` strings, which compare in calendar order, so no time zone ever shifts a day.
 */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface DatedValue {
  /** The value as written (`2023`, `2023-10`, `2023-10-17`). */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12; absent at year precision. */
  readonly month?: number;
  /** 1–31; present at day precision only. */
  readonly day?: number;
}

/** What the validity rule reads from an entity or relationship: its two ends as written, each optional. */
export interface Validity {
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

const DATED_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Parses a dated value, or returns null when it is not an ISO year, month or day, or names no real calendar day
 * (month 13, 30 February, 29 February outside a leap year).
 */
export function parseDatedValue(value: string): DatedValue | null {
  const match = DATED_VALUE.exec(value);
  if (match === null) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { value, precision: 'YEAR', year };
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { value, precision: 'MONTH', year, month };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { value, precision: 'DAY', year, month, day };
}

/** Why a string is not a dated value, for the validator's messages. */
export const DATED_VALUE_FORMAT = "an ISO year, month or day such as '2018', '2023-10' or '2023-10-17'";

/** The first day of the period a dated value names (`2023-10` → `2023-10-01`). */
export function firstDay(dated: DatedValue): string {
  return formatDay(dated.year, dated.month ?? 1, dated.day ?? 1);
}

/** The last day of the period a dated value names (`2023-10` → `2023-10-31`, `2024` → `2024-12-31`). */
export function lastDay(dated: DatedValue): string {
  const month = dated.month ?? 12;
  return formatDay(dated.year, month, dated.day ?? daysInMonth(dated.year, month));
}

/** Parses an end that must be well formed (data that passed validation); throws otherwise. */
function requireDated(value: string, field: string): DatedValue {
  const dated = parseDatedValue(value);
  if (dated === null) throw new RangeError(`${field}: "${value}" is not ${DATED_VALUE_FORMAT}`);
  return dated;
}

/** The first and last day a fact is valid; null for an open end. */
export function validityBounds(item: Validity): { readonly fromDay: string | null; readonly toDay: string | null } {
  const from = item.validFrom ?? null;
  const to = item.validTo ?? null;
  return {
    fromDay: from === null ? null : firstDay(requireDated(from, 'validFrom')),
    toDay: to === null ? null : lastDay(requireDated(to, 'validTo')),
  };
}

/**
 * True when `validTo` ends before `validFrom` begins, i.e. the two ends compared at the coarser of their
 * precisions leave no day: `2023-10` to `2023-09-30` is reversed, `2023-10-17` to `2023-10` is not.
 */
export function isReversed(validFrom: DatedValue, validTo: DatedValue): boolean {
  return lastDay(validTo) < firstDay(validFrom);
}

/** Whether `day` is an ISO calendar day (`YYYY-MM-DD`). */
export function isIsoDay(day: string): boolean {
  return DAY.test(day) && parseDatedValue(day) !== null;
}

/** The rule in this module's header: whether a fact with these ends is valid on `asOfDay` (`YYYY-MM-DD`). */
export function validOn(item: Validity, asOfDay: string): boolean {
  if (!isIsoDay(asOfDay)) throw new RangeError(`asOfDay: "${asOfDay}" is not an ISO day (YYYY-MM-DD)`);
  const { fromDay, toDay } = validityBounds(item);
  return (fromDay === null || fromDay <= asOfDay) && (toDay === null || asOfDay <= toDay);
}

/** The calendar day after `day` (`2025-05-12` → `2025-05-13`, `2024-12-31` → `2025-01-01`): when a fact stops holding. */
export function dayAfter(day: string): string {
  const dated = parseDatedValue(day);
  if (dated === null || dated.precision !== 'DAY') throw new RangeError(`day: "${day}" is not an ISO day (YYYY-MM-DD)`);
  const { year, month = 1, day: date = 1 } = dated;
  if (date < daysInMonth(year, month)) return formatDay(year, month, date + 1);
  if (month < 12) return formatDay(year, month + 1, 1);
  return formatDay(year + 1, 1, 1);
}
