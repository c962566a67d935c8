/**
 * The explorer: a left column (search, start page, coverage, paths, outline), the canvas with its toolbar and
 * legend in the middle, and the detail panel on the right. State and behaviour live in useExplorer; the canvas
 * is driven through GraphCanvas's props and handle.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ApiProvider, useApiRunnerState } from './api/ApiRunner';
import { fetchEntity } from './api/client';
import { EXPAND_CAP, useExplorer } from './app/useExplorer';
import { CoveragePanel } from './components/CoveragePanel';
import { DetailPanel } from './components/DetailPanel';
import { ErrorBanner } from './components/ErrorBanner';
import { Icon } from './components/Icon';
import { Legend } from './components/Legend';
import { OutlineView } from './components/OutlineView';
import { PathsPanel } from './components/PathsPanel';
import { SearchBox } from './components/SearchBox';
import { StartPage } from './components/StartPage';
import { Toolbar } from './components/Toolbar';
import { BriefingView } from './briefing/BriefingView';
import { BRIEFING_HASH, briefingIds } from './briefing/model';
import { factsMarkdown, type FactEntity } from './domain/facts';
import { fetchExportEntities } from './export/fetchView';
import { permalink } from './export/permalink';
import { VersionNotice } from './export/VersionNotice';
import { exportFiles, toExportGraph, type DataFormat } from './export/viewGraph';
import { toElements } from './graph/elements';
import { GraphCanvas, type GraphCanvasHandle } from './graph/GraphCanvas';
import { I18nProvider, makeI18n } from './i18n/I18n';
import type { MessageKey } from './i18n/messages';
import type { NodeInfo, Panel } from './state/types';

declare global {
  interface Window {
    /** Exposed for end-to-end tests and debugging. */
    __atlasCy?: Core;
  }
}

/** Views at least this large switch to Cytoscape's WebGL renderer when the browser has WebGL 2 on a GPU. */
export const WEBGL_MIN_ELEMENTS = 2000;

/** WebGL 2 on a real GPU: software WebGL (SwiftShader, llvmpipe) draws large graphs slower than the canvas. */
function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

function fileStamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

type TabId = Panel['type'];
const TABS: readonly { id: TabId; label: MessageKey }[] = [
  { id: 'start', label: 'tabExplore' },
  { id: 'coverage', label: 'tabCoverage' },
  { id: 'paths', label: 'tabPaths' },
  { id: 'outline', label: 'tabOutline' },
];

export function App() {
  const api = useApiRunnerState();
  return (
    <ApiProvider value={api}>
      <Explorer api={api} />
    </ApiProvider>
  );
}

function Explorer({ api }: { readonly api: ReturnType<typeof useApiRunnerState> }) {
  const explorer = useExplorer(api);
  const { view, graph, data, actions } = explorer;
  const i18n = useMemo(() => makeI18n(view.lang), [view.lang]);
  const { t } = i18n;
  const canvas = useRef<GraphCanvasHandle>(null);
  const [boxSelect, setBoxSelect] = useState(false);
  const [copied, setCopied] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [webglSupported] = useState(webglAvailable);
  const [webgl, setWebgl] = useState(false);
  // The briefing's entities while it is open (frozen when opened); `#briefing` keeps it open across a reload.
  const [briefing, setBriefing] = useState<readonly string[] | null>(() => {
    if (window.location.hash !== BRIEFING_HASH) return null;
    const ids = briefingIds(view.selection, view.nodes);
    return ids.length > 0 ? ids : null;
  });

  const pinned = useMemo(() => new Set(view.pinned), [view.pinned]);
  const visible = useMemo(() => new Set(graph.nodes.map((n) => n.id)), [graph.nodes]);
  const elements = useMemo(
    () => toElements(graph.nodes, graph.edges, { lang: view.lang, pinned }),
    [graph.nodes, graph.edges, view.lang, pinned],
  );
  if (!webgl && webglSupported && elements.length >= WEBGL_MIN_ELEMENTS) setWebgl(true);

  const selection = view.selection;
  const selectedNodes = selection.filter((id) => visible.has(id));
  const selectedNode = selectedNodes.length === 1 ? (selectedNodes[0] ?? null) : null;

  const onReady = useCallback((cy: Core) => {
    window.__atlasCy = cy;
  }, []);

  const selectAndCenter = useCallback(
    (ids: readonly string[]) => {
      actions.select(ids);
      const [first] = ids;
      if (first) window.setTimeout(() => canvas.current?.center(first), 0);
    },
    [actions],
  );

  /** A node named in a panel: selected (and added to the view when it is not drawn yet). */
  const openNode = useCallback(
    (node: NodeInfo) => {
      if (visible.has(node.id)) {
        selectAndCenter([node.id]);
        return;
      }
      actions.open({ id: node.id, kind: node.kind as never, nameEn: node.nameEn, nameZh: node.nameZh });
    },
    [visible, selectAndCenter, actions],
  );

  const exportFacts = useCallback(() => {
    const ids = selection.filter((id) => id in data.nodes);
    if (ids.length === 0) {
      setExportError(t('exportNothing'));
      return;
    }
    const lang = view.lang;
    void api.run(async (signal) => {
      const entities = await Promise.all(ids.map((id) => fetchEntity(id, lang, signal)));
      const facts: FactEntity[] = entities
        .filter((e): e is NonNullable<typeof e> => e !== null)
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          nameEn: e.nameEn,
          nameZh: e.nameZh,
          summary: e.summary,
          note: e.note,
          aliases: e.aliases,
          url: e.url,
          properties: e.properties,
          sources: e.sources,
          relations: e.relations.map((r) => ({
            id: r.id,
            type: r.type,
            direction: r.direction,
            other: r.other,
            note: r.note,
            sources: r.sources,
          })),
        }));
      const markdown = factsMarkdown(facts, lang, {
        url: window.location.href,
        date: new Date().toISOString().slice(0, 10),
      });
      download(`atlas-facts-${fileStamp()}.md`, new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    });
  }, [selection, data.nodes, view.lang, api, t]);

  const exportPng = useCallback(
    (scale = 2) => {
      const handle = canvas.current;
      if (!handle) return;
      handle.png(scale).then(
        (blob) => {
          download(`atlas-${fileStamp()}${scale === 2 ? '' : `-${String(scale)}x`}.png`, blob);
        },
        (error: unknown) => {
          setExportError(t('exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
        },
      );
    },
    [t],
  );

  const stats = explorer.stats;
  const exportData = useCallback(
    (format: DataFormat) => {
      const { nodes, edges } = graph;
      const lang = view.lang;
      void api.run(async (signal) => {
        const entities = await fetchExportEntities(
          nodes.map((n) => n.id),
          signal,
        );
        const exportGraph = toExportGraph({
          nodes,
          edges,
          entities,
          version: stats?.seedVersion,
          loadedAt: stats?.loadedAt,
        });
        exportFiles(format, exportGraph, lang, fileStamp()).forEach((file, i) => {
          // Several files one after the other, so that the browser does not take them for a burst.
          window.setTimeout(() => {
            download(file.name, new Blob([file.text], { type: file.type }));
          }, i * 300);
        });
      });
    },
    [graph, view.lang, stats, api],
  );

  const openBriefing = useCallback(() => {
    const ids = briefingIds(
      selection,
      graph.nodes.map((n) => n.id),
    );
    if (ids.length === 0) return;
    setBriefing(ids);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${BRIEFING_HASH}`);
  }, [selection, graph.nodes]);

  const closeBriefing = useCallback(() => {
    setBriefing(null);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  }, []);

  const captureDiagram = useCallback(async (): Promise<Blob | null> => {
    const cy = window.__atlasCy;
    const layout = document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout');
    if (!canvas.current || !cy || cy.nodes().length === 0 || layout !== 'idle') return null;
    return canvas.current.png(1.5);
  }, []);

  const exportSvg = useCallback(() => {
    try {
      const svg = canvas.current?.svg();
      if (svg) download(`atlas-${fileStamp()}.svg`, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    } catch (error) {
      setExportError(t('exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }, [t]);

  const copyLink = useCallback(() => {
    const done = () => {
      setCopied(true);
      window.setTimeout(() => {
        setCopied(false);
      }, 2000);
    };
    navigator.clipboard.writeText(permalink(window.location.href, stats?.seedVersion)).then(done, done);
  }, [stats?.seedVersion]);

  // Undo/redo from the keyboard anywhere but in text fields.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        actions.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [actions]);

  const panel = view.panel;
  const tabFor = (id: TabId): Panel | null => {
    switch (id) {
      case 'start':
        return { type: 'start' };
      case 'outline':
        return { type: 'outline' };
      case 'paths':
        return {
          type: 'paths',
          from: explorer.paths?.from ?? selectedNodes[0] ?? null,
          to: explorer.paths?.to ?? selectedNodes[1] ?? null,
        };
      case 'coverage': {
        const tech =
          explorer.coverage?.tech ??
          (selectedNode && data.nodes[selectedNode]?.kind === 'TECHNOLOGY' ? selectedNode : null);
        return tech ? { type: 'coverage', tech } : null;
      }
    }
  };
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not([disabled])')];
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length];
    next?.focus();
    next?.click();
  };

  const emptyView = graph.nodes.length === 0;
  const loading = api.pending > 0;
  const noticeNode = explorer.notice ? data.nodes[explorer.notice.nodeId] : undefined;

  return (
    <I18nProvider lang={view.lang}>
      <div className="app" data-lang={view.lang}>
        <a href="#graph" className="skip-link">
          {t('skipToGraph')}
        </a>
        <header className="app-header">
          <div className="brand">
            <Icon name="globe" size={22} />
            <div>
              <h1>{t('appTitle')}</h1>
              <p className="tagline">{t('appTagline')}</p>
            </div>
          </div>
          <button
            type="button"
            className="btn lang-switch"
            lang={view.lang === 'en' ? 'zh-Hans' : 'en'}
            aria-label={t('switchToLabel')}
            data-testid="lang-switch"
            onClick={() => {
              actions.setLang(view.lang === 'en' ? 'zh' : 'en');
            }}
          >
            <Icon name="globe" />
            {t('switchTo')}
          </button>
        </header>
        <ErrorBanner failure={api.failure} onRetry={api.retry} onDismiss={api.dismiss} />
        <div className="workspace">
          <aside className="left-column" aria-label={t('tabsLabel')}>
            <SearchBox
              label={t('searchLabel')}
              placeholder={t('searchPlaceholder')}
              onPick={actions.open}
              globalShortcut
              testId="main-search"
            />
            <div className="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
              {TABS.map((tab) => {
                const target = tabFor(tab.id);
                const selected = panel.type === tab.id;
                return (
                  <button
                    key={tab.id}
                    type="button"
                    role="tab"
                    id={`tab-${tab.id}`}
                    aria-selected={selected}
                    aria-controls="side-panel"
                    tabIndex={selected ? 0 : -1}
                    disabled={!target}
                    data-testid={`tab-${tab.id}`}
                    onClick={() => {
                      if (target) actions.setPanel(target);
                    }}
                  >
                    {t(tab.label)}
                  </button>
                );
              })}
            </div>
            <div className="side-panel" id="side-panel" role="tabpanel" aria-labelledby={`tab-${panel.type}`}>
              {panel.type === 'start' && (
                <StartPage
                  stats={explorer.stats}
                  shown={graph.nodes.length}
                  overview={view.overview}
                  onRecipe={actions.runRecipe}
                />
              )}
              {panel.type === 'coverage' && (
                <CoveragePanel
                  tech={panel.tech}
                  techNode={data.nodes[panel.tech]}
                  coverage={explorer.coverage}
                  focused={explorer.focusedPath}
                  onFocus={actions.setFocusedPath}
                  onNode={openNode}
                />
              )}
              {panel.type === 'paths' && (
                <PathsPanel
                  from={panel.from ? (data.nodes[panel.from] ?? null) : null}
                  to={panel.to ? (data.nodes[panel.to] ?? null) : null}
                  paths={explorer.paths}
                  focused={explorer.focusedPath}
                  onFocus={actions.setFocusedPath}
                  onChange={(from, to) => {
                    // Both ends chosen: find the paths at once.
                    if (from && to) actions.findPaths(from, to);
                    else actions.setPanel({ type: 'paths', from, to });
                  }}
                  onFind={actions.findPaths}
                  onNode={openNode}
                  remember={actions.remember}
                  filter={explorer.pathFilter}
                  hiddenRelTypes={view.hiddenRelTypes}
                  onFilter={actions.setPathFilter}
                />
              )}
              {panel.type === 'outline' && (
                <OutlineView
                  nodes={graph.nodes}
                  edges={graph.edges}
                  selection={selection}
                  onSelect={(ids, additive) => {
                    selectAndCenter(additive ? [...selection.filter((s) => !ids.includes(s)), ...ids] : ids);
                  }}
                />
              )}
            </div>
          </aside>

          <main className="center" id="graph" tabIndex={-1}>
            <Toolbar
              layout={view.layout}
              onLayout={actions.setLayout}
              onFit={() => canvas.current?.fit()}
              onZoom={(f) => canvas.current?.zoomBy(f)}
              onCenter={() => {
                const [first] = selection;
                if (first) canvas.current?.center(first);
              }}
              edgeLabels={view.edgeLabels}
              onEdgeLabels={(on) => {
                actions.act({ type: 'setEdgeLabels', on });
              }}
              boxSelect={boxSelect}
              onBoxSelect={setBoxSelect}
              canUndo={explorer.canUndo}
              canRedo={explorer.canRedo}
              onUndo={actions.undo}
              onRedo={actions.redo}
              hasSelection={selectedNodes.length > 0}
              onExportPng={exportPng}
              onExportSvg={exportSvg}
              onExportFacts={exportFacts}
              onExportData={exportData}
              onBriefing={openBriefing}
              onCopyLink={copyLink}
              copied={copied}
              onClear={actions.clear}
              empty={emptyView}
            />
            <div className={`progress${loading ? ' active' : ''}`} aria-hidden="true" />
            <p className="visually-hidden" role="status" aria-live="polite">
              {loading ? t('loading') : ''}
            </p>
            <div className="notices">
              {explorer.notice && (
                <div className="notice" role="status" data-testid="expand-notice">
                  <span>
                    {t('showingOf', {
                      shown: explorer.notice.shown,
                      total: explorer.notice.total ?? `${explorer.notice.shown}+`,
                      name: noticeNode ? (view.lang === 'zh' ? noticeNode.nameZh : noticeNode.nameEn) : '',
                    })}
                  </span>
                  <button
                    type="button"
                    className="btn small primary"
                    onClick={actions.loadMore}
                    data-testid="load-more"
                  >
                    {t('loadMore', {
                      more: explorer.notice.total
                        ? Math.min(EXPAND_CAP, explorer.notice.total - explorer.notice.shown)
                        : EXPAND_CAP,
                    })}
                  </button>
                  <button type="button" className="icon-btn" aria-label={t('dismiss')} onClick={actions.dismissNotice}>
                    <Icon name="close" size={12} />
                  </button>
                </div>
              )}
              <VersionNotice current={stats?.seedVersion} />
              {explorer.missingFromLink.length > 0 && (
                <div className="notice info" role="status">
                  {t('missingFromLink', { count: explorer.missingFromLink.length })}
                </div>
              )}
              {exportError && (
                <div className="notice warn" role="alert">
                  <span>{exportError}</span>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('dismiss')}
                    onClick={() => {
                      setExportError(null);
                    }}
                  >
                    <Icon name="close" size={12} />
                  </button>
                </div>
              )}
            </div>
            <div className="canvas-area">
              <GraphCanvas
                ref={canvas}
                elements={elements}
                layout={view.layout}
                relayoutKey={explorer.relayoutKey}
                anchors={explorer.anchors}
                selection={selection}
                highlight={explorer.highlight}
                edgeLabels={view.edgeLabels}
                boxSelect={boxSelect}
                webgl={webgl}
                ariaLabel={t('canvasLabel', { nodes: graph.nodes.length, edges: graph.edges.length })}
                ariaDescription={t('tipKeyboard')}
                tooltipHint={t('doubleClickExpand')}
                onSelectionChange={actions.select}
                onExpand={(id) => {
                  actions.expand(id);
                }}
                onKeyCommand={(command) => {
                  if (command === 'expand' && selectedNode) actions.expand(selectedNode);
                  if (command === 'hide') actions.hide(selectedNodes);
                  if (command === 'escape') actions.select([]);
                }}
                onReady={onReady}
              />
              {emptyView && !explorer.loadingView && (
                <div className="canvas-empty" data-testid="canvas-empty">
                  <p>{view.nodes.length > 0 ? t('allFiltered') : t('emptyCanvas')}</p>
                </div>
              )}
              {emptyView && explorer.loadingView && (
                <div className="canvas-empty">
                  <p role="status">{t('loadingGraph')}</p>
                </div>
              )}
            </div>
            <Legend
              kindCounts={graph.kindCounts}
              hiddenKinds={view.hiddenKinds}
              onToggleKind={(kind) => {
                actions.act({ type: 'toggleKind', kind });
              }}
              relTypeCounts={graph.relTypeCounts}
              hiddenRelTypes={view.hiddenRelTypes}
              onToggleRelType={(relType) => {
                actions.act({ type: 'toggleRelType', relType });
              }}
              onShowAll={() => {
                actions.act({ type: 'setHiddenKinds', kinds: [] });
                actions.act({ type: 'setHiddenRelTypes', relTypes: [] });
              }}
            />
          </main>

          <DetailPanel
            selection={selection}
            data={data}
            visible={visible}
            edges={graph.edges}
            pinned={pinned}
            onOpenNode={openNode}
            onSelect={selectAndCenter}
            onExpand={actions.expand}
            onCollapse={actions.collapse}
            onHide={actions.hide}
            onPin={actions.pin}
            onTraceCoverage={actions.traceCoverage}
            onPathsFrom={(id) => {
              actions.setPanel({ type: 'paths', from: id, to: null });
            }}
            onPathsBetween={actions.findPaths}
            onExportFacts={exportFacts}
          />
        </div>
      </div>
      {briefing && (
        <BriefingView
          ids={briefing}
          lang={view.lang}
          capture={captureDiagram}
          onDownload={download}
          onClose={closeBriefing}
        />
      )}
    </I18nProvider>
  );
}
