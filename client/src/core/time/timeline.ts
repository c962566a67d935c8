/**
 * The timeline strip, pure: the dated changes grouped by day and placed on a time axis (a fraction of its width, and a
 * lane so that close marks do not cover each other), the year ticks, and each change read as a sentence. A change
 * keeps the date as the data writes it (`written`): a year- or month-precise date is never shown as a day.
 */
import { entityName, relationLabel, relationPhrase, type Lang } from '#domain';
import type { TimelineEvent } from '../../api/matrix';

export interface TimelineMark {
  /** The day of the change(s): moving "as of" here shows the new state. */
  readonly date: string;
  readonly events: readonly TimelineEvent[];
  /** 0 (left) to 1 (right). */
  readonly position: number;
  /** 0 for the first row of marks; close marks move down a lane. */
  readonly lane: number;
}

export interface TimelineLayout {
  readonly start: string;
  readonly end: string;
  readonly marks: readonly TimelineMark[];
  readonly ticks: readonly { readonly year: number; readonly position: number }[];
  readonly lanes: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS);
}

/**
 * Lays the changes out between the first and the last day (and "as of", when given, so its line is on the axis),
 * padded by a year's twentieth each side. Marks closer than `minGap` (a fraction) to the last one in a lane go down
 * a lane, up to `maxLanes`, then share the last.
 */
export function timelineLayout(
  events: readonly TimelineEvent[],
  asOf: string | null = null,
  minGap = 0.06,
  maxLanes = 3,
): TimelineLayout | null {
  if (events.length === 0) return null;
  const byDay = new Map<string, TimelineEvent[]>();
  for (const e of events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const days = [...byDay.keys()].sort();
  const bounds = asOf ? [...days, asOf].sort() : days;
  const first = bounds[0] ?? days[0] ?? '';
  const last = bounds.at(-1) ?? first;
  const pad = 18;
  const lo = dayNumber(first) - pad;
  const hi = dayNumber(last) + pad;
  const at = (day: string) => (dayNumber(day) - lo) / (hi - lo);
  const laneEnds: number[] = [];
  const marks = days.map((date) => {
    const position = at(date);
    let lane = laneEnds.findIndex((end) => position - end >= minGap);
    if (lane < 0) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    laneEnds[lane] = position;
    return { date, events: byDay.get(date) ?? [], position, lane };
  });
  const ticks: { year: number; position: number }[] = [];
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4));
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let year = firstYear + 1; year <= lastYear; year += step)
    ticks.push({ year, position: at(`${String(year)}-01-01`) });
  return { start: first, end: last, marks, ticks, lanes: Math.max(1, laneEnds.length) };
}

/** What changes, as a sentence: the entity's name, or the relationship read from its start to its end. */
export function eventSubject(event: TimelineEvent, lang: Lang): string {
  if (event.entity) return entityName(event.entity, lang);
  const edge = event.edge;
  if (!edge) return event.subjects.map((s) => entityName(s, lang)).join(', ');
  const name = (id: string) => {
    const node = event.subjects.find((s) => s.id === id);
    return node ? entityName(node, lang) : id;
  };
  return relationPhrase(name(edge.from), relationLabel(edge.type, 'OUT', lang), name(edge.to), lang);
}

/** The ids a timeline is asked for: the selected entities, else every entity in view, else (nothing in view) all. */
export function timelineIds(selection: readonly string[], visible: readonly string[]): string[] | null {
  const shown = new Set(visible);
  const selected = selection.filter((id) => shown.has(id));
  if (selected.length > 0) return selected;
  return visible.length > 0 ? [...visible].slice(0, 1000) : null;
}
