/**
 * Pure changes of the day the explorer's answers are as of. The day lives in the view (state/view.ts), so it is in
 * the URL, permalinks and saved views; the effects that ask the server read it from there and ask again when it
 * changes.
 */
import { isIsoDay } from '#domain';
import { viewReducer } from '../../state/view';
import type { AtlasState, Update } from '../store';

/**
 * Answers as of `day` (`YYYY-MM-DD`); null (or today's date written out) is today. Anything that is not a calendar
 * day (a half-typed date input) changes nothing.
 */
export function setAsOf(day: string | null, today: string = todayUtc()): Update {
  return (state) => {
    const next = day === null || day === '' || day === today ? null : day;
    if (next !== null && !isIsoDay(next)) return {};
    if (state.history.present.asOf === next) return {};
    return { history: viewReducer(state.history, { type: 'setAsOf', asOf: next }) };
  };
}

/** The day the answers are as of: the chosen one, else today (in UTC, as the server reads "today"). */
export function asOfDay(state: AtlasState, today: string = todayUtc()): string {
  return state.history.present.asOf ?? today;
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
