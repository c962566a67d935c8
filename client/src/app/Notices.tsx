/**
 * The notices above the canvas: an expansion cut short (with "load more"), a view larger than the canvas draws (with
 * "draw more"), a link made with another data version, what a link got wrong (entities no longer in the atlas among
 * it), and a failed export.
 */
import { entityName, HUB_DEGREE_CAP } from '#domain';
import { Icon } from '../components/Icon';
import { dismissNotice, drawMore, EXPAND_CAP } from '../core/graph/actions';
import { loadMore } from '../core/graph/effects';
import { selectGraph } from '../core/selectors';
import { atlas, useAtlas } from '../core/store';
import { DRAW_STEP } from '../state/drawCap';
import { VersionNotice } from '../export/VersionNotice';
import { useI18n } from '../i18n/I18n';
import { dismissExportError } from './exports';
import { LinkProblems } from './LinkProblems';

function ExpandNoticeLine() {
  const { t, lang } = useI18n();
  const notice = useAtlas((s) => s.notice);
  const node = useAtlas((s) => (s.notice ? s.data.nodes[s.notice.nodeId] : undefined));
  if (!notice) return null;
  const more = notice.total ? Math.min(EXPAND_CAP, notice.total - notice.shown) : EXPAND_CAP;
  return (
    <div className="notice" role="status" data-testid="expand-notice">
      <span>
        {t('showingOf', {
          shown: notice.shown,
          total: notice.total ?? `${notice.shown}+`,
          name: node ? entityName(node, lang) : '',
        })}
        {notice.sampled && (
          <>
            {' '}
            <span data-testid="hub-sampled">{t('hubSampled', { cap: HUB_DEGREE_CAP.toLocaleString(lang) })}</span>
          </>
        )}
      </span>
      <button type="button" className="btn small primary" onClick={loadMore} data-testid="load-more">
        {t('loadMore', { more })}
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('dismiss')}
        onClick={() => {
          atlas.setState(dismissNotice);
        }}
      >
        <Icon name="close" size={12} />
      </button>
    </div>
  );
}

/** A view larger than the canvas draws: how much is drawn, and a step to draw more (state/drawCap.ts). */
function DrawCapLine() {
  const { t, lang } = useI18n();
  const graph = useAtlas(selectGraph);
  if (graph.undrawn === 0) return null;
  const total = graph.nodes.length + graph.undrawn;
  return (
    <div className="notice" role="status" data-testid="draw-cap">
      <span>
        {t('drawCapped', { drawn: graph.nodes.length.toLocaleString(lang), total: total.toLocaleString(lang) })}
      </span>
      <button
        type="button"
        className="btn small"
        onClick={() => {
          atlas.setState(drawMore);
        }}
        data-testid="draw-more"
      >
        {t('drawMore', { more: DRAW_STEP.toLocaleString(lang) })}
      </button>
    </div>
  );
}

export function Notices() {
  const { t } = useI18n();
  const seedVersion = useAtlas((s) => s.stats?.seedVersion);
  const exportError = useAtlas((s) => s.exportError);
  return (
    <div className="notices">
      <ExpandNoticeLine />
      <DrawCapLine />
      <VersionNotice current={seedVersion} />
      <LinkProblems />
      {exportError && (
        <div className="notice warn" role="alert">
          <span>{exportError}</span>
          <button type="button" className="icon-btn" aria-label={t('dismiss')} onClick={dismissExportError}>
            <Icon name="close" size={12} />
          </button>
        </div>
      )}
    </div>
  );
}
