/**
 * The timeline's axis: year ticks, a mark per day with changes (the day written as the data writes its first
 * change), and the "as of" line. A picture of the list beside it, which holds the buttons: the axis is hidden from
 * screen readers, and its marks move "as of" on a click as a shortcut for pointer users.
 */
import type { TimelineLayout } from '../../core/time/timeline';
import { setAsOf, todayUtc } from '../../core/time/actions';
import { dayNumber } from '../../core/time/timeline';
import { atlas } from '../../core/store';

function asOfPosition(layout: TimelineLayout, asOf: string): number | null {
  const lo = dayNumber(layout.start) - 18;
  const hi = dayNumber(layout.end) + 18;
  const x = (dayNumber(asOf) - lo) / (hi - lo);
  return x >= 0 && x <= 1 ? x : null;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function TimelineAxis({ layout, asOf }: { readonly layout: TimelineLayout; readonly asOf: string | null }) {
  const day = asOf ?? todayUtc();
  const line = asOfPosition(layout, day);
  return (
    <div className="timeline-axis" aria-hidden="true" style={{ height: `${String(22 + layout.lanes * 18)}px` }}>
      <div className="timeline-rule" />
      {layout.ticks.map((tick) => (
        <span key={tick.year} className="timeline-tick" style={{ left: pct(tick.position) }}>
          {tick.year}
        </span>
      ))}
      {line !== null && <span className="timeline-as-of" style={{ left: pct(line) }} />}
      {layout.marks.map((mark) => (
        // A pointer shortcut: the list's buttons are the keyboard's and screen readers' way to the same action.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
        <span
          key={mark.date}
          className={`timeline-mark${mark.date === day ? ' current' : ''}${mark.events.some((e) => e.change === 'ENDS') ? ' ends' : ''}`}
          style={{ left: pct(mark.position), top: `${String(20 + mark.lane * 18)}px` }}
          title={mark.events[0]?.written}
          data-date={mark.date}
          onClick={() => {
            atlas.setState(setAsOf(mark.date));
          }}
        >
          {mark.events[0]?.written}
        </span>
      ))}
    </div>
  );
}
