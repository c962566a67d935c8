/**
 * The toolbar's exports: the canvas as PNG or SVG (bare, or framed with a title, a legend and the source and
 * version lines), the view's data (JSON, CSV, GraphML), the selected entities' facts as Markdown, the link to the
 * view, and the briefing. A failure becomes the export notice.
 */
import { fetchEntity } from '../api/client';
import { BRIEFING_HASH, briefingIds } from '../briefing/model';
import { selectGraph } from '../core/selectors';
import { run } from '../core/runner';
import { atlas } from '../core/store';
import { factsMarkdown } from '../domain/facts';
import { fetchExportEntities } from '../export/fetchView';
import { frameContent, type FrameOptions } from '../export/frameContent';
import type { FrameContent } from '../export/frameLayout';
import { framedPng, framedSvg } from '../export/frameImage';
import { exportFiles, toExportGraph, type DataFormat } from '../export/viewGraph';
import { makeI18n } from '../i18n/I18n';
import { canvas } from './canvas';
import { download, fileStamp } from './download';

function t() {
  return makeI18n(atlas.getState().history.present.lang).t;
}

function failed(error: unknown): void {
  atlas.setState({
    exportError: t()('exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
  });
}

export function dismissExportError(): void {
  atlas.setState({ exportError: null });
}

/** The frame's content for the view as it is: the kinds drawn, the data version, today's date. */
function currentFrame(options: FrameOptions): FrameContent {
  const state = atlas.getState();
  const kinds = selectGraph(state).nodes.map((n) => n.kind);
  const i18n = makeI18n(state.history.present.lang);
  const date = new Date().toISOString().slice(0, 10);
  return frameContent(options, kinds, i18n, { version: state.stats?.seedVersion, date });
}

/** The canvas as a PNG; with `frame`, inside a frame with the chosen title, legend and source lines. */
export function exportPng(scale = 2, frame?: FrameOptions): void {
  const handle = canvas.current;
  if (!handle) return;
  handle
    .png(scale)
    .then((blob) => (frame ? framedPng(blob, currentFrame(frame), scale) : blob))
    .then((blob) => {
      download(`atlas-${fileStamp()}${scale === 2 ? '' : `-${String(scale)}x`}.png`, blob);
    }, failed);
}

/** The canvas as an SVG; with `frame`, inside a frame with the chosen title, legend and source lines. */
export function exportSvg(frame?: FrameOptions): void {
  try {
    const svg = canvas.current?.svg();
    if (!svg) return;
    const text = frame ? framedSvg(svg, currentFrame(frame)) : svg;
    download(`atlas-${fileStamp()}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  } catch (error) {
    failed(error);
  }
}

export function exportFacts(): void {
  const { history, data } = atlas.getState();
  const { selection, lang } = history.present;
  const ids = selection.filter((id) => id in data.nodes);
  if (ids.length === 0) {
    atlas.setState({ exportError: t()('exportNothing') });
    return;
  }
  void run(async (signal) => {
    const entities = await Promise.all(ids.map((id) => fetchEntity(id, lang, signal)));
    const facts = entities.filter((e) => e !== null);
    const markdown = factsMarkdown(facts, lang, {
      url: window.location.href,
      date: new Date().toISOString().slice(0, 10),
    });
    download(`atlas-facts-${fileStamp()}.md`, new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  });
}

export function exportData(format: DataFormat): void {
  const state = atlas.getState();
  const { nodes, edges } = selectGraph(state);
  const lang = state.history.present.lang;
  const { stats } = state;
  void run(async (signal) => {
    const entities = await fetchExportEntities(
      nodes.map((n) => n.id),
      signal,
    );
    const graph = toExportGraph({ nodes, edges, entities, version: stats?.seedVersion, loadedAt: stats?.loadedAt });
    exportFiles(format, graph, lang, fileStamp()).forEach((file, i) => {
      // Several files one after the other, so that the browser does not take them for a burst.
      window.setTimeout(() => {
        download(file.name, new Blob([file.text], { type: file.type }));
      }, i * 300);
    });
  });
}

/** The briefing on the selected entities (else the whole view); `#briefing` keeps it open across a reload. */
export function openBriefing(): void {
  const state = atlas.getState();
  const ids = briefingIds(
    state.history.present.selection,
    selectGraph(state).nodes.map((n) => n.id),
  );
  if (ids.length === 0) return;
  atlas.setState({ briefing: ids });
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${BRIEFING_HASH}`);
}

export function closeBriefing(): void {
  atlas.setState({ briefing: null });
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

/**
 * The briefing's diagram: the briefing's entities and the relations among them as the canvas draws them (not the
 * rest of the canvas), or null while the canvas has nothing to draw or is still drawing it.
 */
export async function captureDiagram(): Promise<Blob | null> {
  const ids = atlas.getState().briefing;
  return (await canvas.current?.settledPng(1.5, ids ?? undefined)) ?? null;
}
