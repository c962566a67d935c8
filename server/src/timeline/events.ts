/**
 * The timeline's events, pure: each dated entity or relationship starts holding on the first day of its `validFrom`
 * and stops holding on the day after the last day of its `validTo` (graph-seed/domain/validity.ts), so that moving
 * "as of" to an event's date shows the state after the change.
 */
import { dayAfter, validityBounds } from '#domain';
import { parseValidity, type EdgeRecord, type EntityRecord, type SourceValue } from '../entity/model';

export type TimelineChange = 'STARTS' | 'ENDS';

export interface TimelineEventValue {
  readonly date: string;
  readonly written: string;
  readonly change: TimelineChange;
  readonly entity: EntityRecord | null;
  readonly edge: EdgeRecord | null;
  readonly subjects: EntityRecord[];
  readonly sources: SourceValue[];
}

export interface DatedRelationship {
  readonly edge: EdgeRecord;
  readonly from: EntityRecord;
  readonly to: EntityRecord;
}

function eventsOf(
  record: EntityRecord | EdgeRecord,
  subject: Pick<TimelineEventValue, 'entity' | 'edge' | 'subjects'>,
): TimelineEventValue[] {
  const validity = parseValidity(record);
  if (validity === null) return [];
  const { fromDay, toDay } = validityBounds({ validFrom: validity.from, validTo: validity.to });
  const events: TimelineEventValue[] = [];
  if (validity.from !== null && fromDay !== null) {
    events.push({ date: fromDay, written: validity.from, change: 'STARTS', sources: validity.fromSources, ...subject });
  }
  if (validity.to !== null && toDay !== null) {
    events.push({
      date: dayAfter(toDay),
      written: validity.to,
      change: 'ENDS',
      sources: validity.toSources,
      ...subject,
    });
  }
  return events;
}

const CHANGE_ORDER: Record<TimelineChange, number> = { STARTS: 0, ENDS: 1 };

function compare(a: TimelineEventValue, b: TimelineEventValue): number {
  const id = (e: TimelineEventValue) => e.entity?.id ?? e.edge?.id ?? '';
  return (
    a.date.localeCompare(b.date) ||
    CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
    Number(a.entity === null) - Number(b.entity === null) ||
    id(a).localeCompare(id(b))
  );
}

/**
 * The events of these entities and relationships whose date lies in [from, to] (each end optional, both included),
 * ordered by date, STARTS before ENDS, entities before relationships, then id; at most `limit` of them.
 */
export function timelineEvents(
  entities: readonly EntityRecord[],
  relationships: readonly DatedRelationship[],
  range: { readonly from: string | null; readonly to: string | null },
  limit: number,
): { events: TimelineEventValue[]; truncated: boolean } {
  const all = [
    ...entities.flatMap((entity) => eventsOf(entity, { entity, edge: null, subjects: [entity] })),
    ...relationships.flatMap(({ edge, from, to }) => eventsOf(edge, { entity: null, edge, subjects: [from, to] })),
  ]
    .filter((e) => (range.from === null || range.from <= e.date) && (range.to === null || e.date <= range.to))
    .sort(compare);
  return { events: all.slice(0, limit), truncated: all.length > limit };
}
