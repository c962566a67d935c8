/**
 * The timeline strip under the canvas: the dated changes of the selection (or of the view, or of the whole atlas when
 * nothing is in view) as marks on a time axis, and the same changes as a list of buttons, each a sentence with the
 * date as the data writes it. Activating a change moves "as of" to its day. Collapsed, it asks nothing.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { timelineQuery, type TimelineEvent } from '../../api/matrix';
import { selectGraph } from '../../core/selectors';
import { setAsOf } from '../../core/time/actions';
import { eventSubject, timelineIds, timelineLayout } from '../../core/time/timeline';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { Icon } from '../Icon';
import { TimelineAxis } from './TimelineAxis';

function useTimelineIds(): { ids: string[] | null; scope: 'selection' | 'view' | 'all' } {
  const selection = useAtlas((s) => s.history.present.selection);
  const nodes = useAtlas((s) => selectGraph(s).nodes);
  return useMemo(() => {
    const visible = nodes.map((n) => n.id);
    const ids = timelineIds(selection, visible);
    const scope = ids === null ? 'all' : selection.some((id) => visible.includes(id)) ? 'selection' : 'view';
    return { ids, scope };
  }, [selection, nodes]);
}

function ChangeButton({ event, asOf }: { readonly event: TimelineEvent; readonly asOf: string | null }) {
  const { t, lang } = useI18n();
  const when = t(event.change === 'STARTS' ? 'timelineStarts' : 'timelineEnds', { written: event.written });
  const subject = eventSubject(event, lang);
  return (
    <li className={`timeline-change change-${event.change.toLowerCase()}`}>
      <button
        type="button"
        className="timeline-change-button"
        aria-current={asOf === event.date ? 'date' : undefined}
        title={t('timelineMove', { date: event.date })}
        data-testid="timeline-change"
        data-date={event.date}
        onClick={() => {
          atlas.setState(setAsOf(event.date));
        }}
      >
        <span className="timeline-when">{when}</span> <span className="timeline-subject">{subject}</span>
      </button>
    </li>
  );
}

export function TimelineStrip() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { ids, scope } = useTimelineIds();
  const asOf = useAtlas((s) => s.history.present.asOf);
  const query = useQuery({ ...timelineQuery(ids), enabled: open });
  const events = query.data?.events;
  const layout = useMemo(() => (events ? timelineLayout(events, asOf) : null), [events, asOf]);
  const heading =
    scope === 'selection' ? t('timelineOfSelection') : scope === 'view' ? t('timelineOfView') : t('timelineOfAll');
  return (
    <section className={`timeline${open ? ' open' : ''}`} aria-label={t('timelineHeading')} data-testid="timeline">
      <div className="timeline-bar">
        <button
          type="button"
          className="btn timeline-toggle"
          aria-expanded={open}
          aria-controls="timeline-body"
          data-testid="timeline-toggle"
          onClick={() => {
            setOpen(!open);
          }}
        >
          <Icon name="chevron" size={14} />
          {open ? t('timelineHide') : t('timelineShow')}
        </button>
        {open && <span className="timeline-scope">{heading}</span>}
        {open && events && <span className="timeline-count">{t('timelineChanges', { count: events.length })}</span>}
      </div>
      <div id="timeline-body" className="timeline-body" hidden={!open}>
        {open && query.isPending && <p role="status">{t('timelineLoading')}</p>}
        {open && query.isError && <p role="alert">{t('timelineFailed')}</p>}
        {events?.length === 0 && <p className="empty">{t('timelineEmpty')}</p>}
        {layout && <TimelineAxis layout={layout} asOf={asOf} />}
        {query.data?.truncated && (
          <p className="timeline-note">{t('timelineTruncated', { count: events?.length ?? 0 })}</p>
        )}
        {events && events.length > 0 && (
          <ol className="timeline-list" aria-label={heading}>
            {events.map((event, i) => (
              <ChangeButton
                key={`${event.date}-${event.entity?.id ?? event.edge?.id ?? ''}-${String(i)}`}
                event={event}
                asOf={asOf}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
