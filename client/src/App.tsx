/**
 * The explorer's shell: a left column (search, tabs and their panel), the canvas with its toolbar, notices and legend
 * in the middle, and the detail panel on the right. On narrower screens the details move under the left column, and
 * on phones and portrait tablets the canvas takes the full width above a bottom sheet (app/sheet.ts,
 * styles/screens.css). State lives in the store (core/); this starts its effects and composes the parts, each of
 * which reads what it needs from the store.
 */
import { useEffect } from 'react';
import { ApiProvider, useApi, useApiRunnerState } from './api/ApiRunner';
import { CanvasArea } from './app/CanvasArea';
import { download } from './app/download';
import { captureDiagram, closeBriefing } from './app/exports';
import { Header } from './app/Header';
import { LegendBar } from './app/LegendBar';
import { Notices } from './app/Notices';
import { focusMainAction } from './app/pickFocus';
import { useNarrow, useSheet } from './app/sheet';
import { SidePanel } from './app/SidePanel';
import { SideTabs } from './app/SideTabs';
import { useUndoShortcuts } from './app/useUndoShortcuts';
import { BriefingView } from './briefing/BriefingView';
import { DetailPanel } from './components/detail/DetailPanel';
import { ErrorBanner } from './components/ErrorBanner';
import { SearchBox } from './components/SearchBox';
import { MatrixView } from './components/matrix/MatrixView';
import { TimelineStrip } from './components/time/TimelineStrip';
import { Toolbar } from './components/toolbar/Toolbar';
import { startEffects } from './core/effects';
import { installRunner } from './core/runner';
import { atlas, useAtlas } from './core/store';
import { open } from './core/view/actions';
import { I18nProvider, useI18n } from './i18n/I18n';

export function App() {
  const api = useApiRunnerState();
  useEffect(() => installRunner(api.run), [api.run]);
  useEffect(() => startEffects(), []);
  const lang = useAtlas((s) => s.history.present.lang);
  return (
    <ApiProvider value={api}>
      <I18nProvider lang={lang}>
        <Explorer />
      </I18nProvider>
    </ApiProvider>
  );
}

function Progress({ loading }: { readonly loading: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <div className={`progress${loading ? ' active' : ''}`} aria-hidden="true" />
      <p className="visually-hidden" role="status" aria-live="polite">
        {loading ? t('loading') : ''}
      </p>
    </>
  );
}

function Briefing() {
  const ids = useAtlas((s) => s.briefing);
  const lang = useAtlas((s) => s.history.present.lang);
  const asOf = useAtlas((s) => s.history.present.asOf);
  if (!ids) return null;
  return (
    <BriefingView
      ids={ids}
      lang={lang}
      asOf={asOf}
      capture={captureDiagram}
      onDownload={download}
      onClose={closeBriefing}
    />
  );
}

function Explorer() {
  const { t, lang } = useI18n();
  const api = useApi();
  useUndoShortcuts();
  const narrow = useNarrow();
  const [sheet, setSheet] = useSheet();
  return (
    <>
      <div className="app" data-lang={lang}>
        <a href="#graph" className="skip-link">
          {t('skipToGraph')}
        </a>
        <Header />
        <ErrorBanner failure={api.failure} onRetry={api.retry} onDismiss={api.dismiss} />
        <div className="workspace" data-sheet={sheet}>
          <aside className="left-column" aria-label={t('tabsLabel')}>
            <SearchBox
              label={t('searchLabel')}
              placeholder={t('searchPlaceholder')}
              onPick={(hit) => {
                atlas.setState(open(hit));
                focusMainAction(hit.id, hit.kind);
              }}
              globalShortcut
              testId="main-search"
            />
            <SideTabs sheet={narrow ? sheet : null} onSheet={setSheet} />
            <SidePanel />
          </aside>
          <main className="center" id="graph" tabIndex={-1}>
            <Toolbar />
            <Progress loading={api.pending > 0} />
            <Notices />
            <CanvasArea />
            <LegendBar />
            <TimelineStrip />
            <MatrixView />
          </main>
          <DetailPanel />
        </div>
      </div>
      <Briefing />
    </>
  );
}
