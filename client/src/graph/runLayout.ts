/**
 * Runs a layout plan's layout, on the page or in a worker (layoutJob.ts says which), and the passes after it: fixed
 * nodes put back, a draft spread out, overlapping labels cleared, and the view fitted.
 */
import type { Collection, Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import { compact } from './compact';
import { isDraft, layoutOptions, spreadFactor, type LayoutRequest } from './layout';
import { layoutJob, runsOffThread, type LayoutJob } from './layoutJob';
import type { LayoutPlan } from './layoutPlan';
import { layoutOffThread } from './offThread';
import { withSeededRandom, LAYOUT_SEED } from './seeded';
import { crowded, separate } from './separate';
import { FIT_PADDING, fitView, measureCanvas, needsFit, type Animate } from './viewport';

/** Views up to this many nodes get the post-pass that clears overlapping labels (it is meant for readable views). */
export const SEPARATE_MAX_NODES = 500;

/**
 * User Timing marks around a layout in the worker (visible in the browser's performance tools; bench:ui measures
 * the page's longest task between them): the job handed to the worker, and its answer received.
 */
export const WORKER_LAYOUT_MARKS = { posted: 'layout-worker:posted', answered: 'layout-worker:answered' } as const;

/** A layout under way, on the page (Cytoscape's) or in a worker: either can be stopped. */
export interface RunningLayout {
  readonly stop: () => void;
}

export interface LayoutHooks {
  readonly animate: Animate;
  /** Stops the running layout, if any, before a new one starts. */
  readonly stopRunning: () => void;
  /** A layout has started; `stopped` must be called when it stops. */
  readonly started: (layout: RunningLayout) => { readonly current: () => boolean; readonly stopped: () => void };
}

/**
 * Nudges apart the nodes whose body and label overlap another's (separate.ts). During an incremental layout only
 * the new nodes move (what is drawn stays where the reader saw it), and a drawn node that now overlaps another drawn
 * one (see `crowded`); pinned nodes never move. With `compactFor`, a fresh force layout is also pulled together
 * until it can be read at the zoom that fits it into the canvas (compact.ts).
 */
export function clearOverlaps(
  cy: Core,
  added: ReadonlySet<string> | null,
  compactFor?: { readonly width: number; readonly height: number },
): void {
  const nodes = cy.nodes();
  if (nodes.length > SEPARATE_MAX_NODES) return;
  const items = nodes.map((n) => ({
    id: n.id(),
    box: n.boundingBox({ includeLabels: true, includeOverlays: false }),
    locked: n.locked(),
    kept: n.locked() || n.selected(),
  }));
  // Drawn nodes stay unless they overlap another drawn node (their box may have grown since their layout).
  const mustMove = added === null ? new Set<string>() : crowded(items.filter((i) => !added.has(i.id)));
  const placing = items.map((i) => ({
    id: i.id,
    box: i.box,
    fixed: i.locked || (added !== null && !added.has(i.id) && !mustMove.has(i.id)),
  }));
  const moves = compactFor ? compact(placing, compactFor) : separate(placing);
  if (moves.size === 0) return;
  cy.batch(() => {
    for (const [id, move] of moves) {
      const node = cy.getElementById(id) as NodeSingular;
      const at = node.position();
      node.position({ x: at.x + move.dx, y: at.y + move.dy });
    }
  });
}

/**
 * fcose hands fixed nodes back slightly off where they were when it sizes nodes with their labels (it places the
 * label-inclusive box), so each incremental layout would drift the drawn picture. Puts every fixed node back exactly,
 * and moves the other laid-out nodes by the fixed nodes' mean drift so that they keep their place beside them.
 */
function restoreFixed(
  cy: Core,
  laidOut: Collection,
  fixed: readonly { readonly id: string; readonly position: Position }[],
): void {
  // A layout stopped because the elements changed may hold nodes removed since: only those still drawn count.
  const inLayout = new Set(
    laidOut
      .nodes()
      .filter((n) => n.inside())
      .map((n) => n.id()),
  );
  // Only fixed nodes that took part and whose recorded position is a real point (a node not yet placed has none).
  const known = fixed.filter(
    (f) =>
      inLayout.has(f.id) &&
      !cy.getElementById(f.id).empty() &&
      Number.isFinite((f.position as Partial<Position> | undefined)?.x) &&
      Number.isFinite((f.position as Partial<Position> | undefined)?.y),
  );
  const drifts = known.map((f) => {
    const at = (cy.getElementById(f.id) as NodeSingular).position();
    return { x: at.x - f.position.x, y: at.y - f.position.y };
  });
  if (drifts.length === 0) return;
  const dx = drifts.reduce((sum, d) => sum + d.x, 0) / drifts.length;
  const dy = drifts.reduce((sum, d) => sum + d.y, 0) / drifts.length;
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return;
  const fixedAt = new Map(known.map((f) => [f.id, f.position]));
  cy.batch(() => {
    laidOut.nodes().forEach((n) => {
      if (!n.inside()) return;
      const was = fixedAt.get(n.id());
      if (was) n.position({ ...was });
      else if (!n.locked()) n.position({ x: n.position().x - dx, y: n.position().y - dy });
    });
  });
}

/**
 * Scales a draft layout about its centre until each node has about DRAFT_CELL² of room (layout.ts): fcose's spectral
 * draft packs thousands of nodes into a blob that a fitted view shows close up, every label drawn over another and
 * every frame slow to draw. Spread out, the fitted view is zoomed out, labels appear as the reader zooms in, and
 * panning stays fluid (bench:ui).
 */
function spreadOut(eles: Collection): void {
  const nodes = eles.nodes();
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const factor = spreadFactor(box, nodes.length);
  if (factor <= 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  nodes.positions((node) => {
    const at = node.position();
    return node.locked() ? at : { x: cx + (at.x - cx) * factor, y: cy + (at.y - cy) * factor };
  });
}

/** What the canvas calls when its elements move: every layout, on the page or in a worker. */
function afterLayout(cy: Core, eles: Collection, plan: Extract<LayoutPlan, { kind: 'run' }>, hooks: LayoutHooks): void {
  restoreFixed(cy, eles, plan.request.fixed);
  if (isDraft(plan.request)) spreadOut(eles);
  // A fresh force layout of the whole picture is compacted to the canvas's shape; others keep their logic (a
  // hierarchy's ranks, concentric rings) and an incremental layout keeps the drawn nodes where they were.
  measureCanvas(cy);
  const view = { width: cy.width() - 2 * FIT_PADDING, height: cy.height() - 2 * FIT_PADDING };
  // (A canvas not laid out yet has no size to compact to.)
  const fresh = plan.request.name === 'fcose' && !plan.request.incremental && plan.scope === 'all';
  const compactTo = fresh && view.width > 0 && view.height > 0 ? view : undefined;
  clearOverlaps(cy, plan.request.incremental ? new Set(plan.newIds) : null, compactTo);
  const { fitAfter } = plan;
  const animate = fitAfter.animate ? hooks.animate : false;
  if (fitAfter.when === 'always') {
    fitView(cy, animate);
    return;
  }
  // Bring new nodes, labels included, into view if they settled outside it, or fill the view if the picture is
  // small. On readable views every node counts: the post-pass may have nudged a drawn one past the edge.
  const nodes = cy.nodes();
  const added = new Set(plan.newIds);
  const check = nodes.length <= SEPARATE_MAX_NODES ? nodes : nodes.filter((n) => added.has(n.id()));
  const placed = check.map((n) => n.boundingBox({ includeOverlays: false }));
  if (needsFit(cy.extent(), cy.elements().boundingBox(), placed)) fitView(cy, animate);
}

/** The layout job for drawn elements: each node's place and its size as the layout sees it (labels left out). */
export function jobOf(eles: Collection, request: LayoutRequest): LayoutJob {
  return layoutJob(
    eles.nodes().map((n) => {
      const size = n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
      return { id: n.id(), position: { ...n.position() }, width: size.w, height: size.h, locked: n.locked() };
    }),
    eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    request,
  );
}

/**
 * Keeps Cytoscape from drawing until `resume` (called once or more; only the first counts). Cytoscape draws nothing
 * while a batch is open, and the frame it was asked for is drawn when the batch ends. A large view's elements are
 * added before the worker places them: drawn at once, they were drawn where they start, in one task as long as the
 * first real frame (886 ms for 5,000 elements in bench:ui, while the layout ran), only to be drawn again a moment
 * later where the layout put them. Held, the canvas keeps its last frame until the answer is placed.
 */
function holdDrawing(cy: Core): { readonly resume: () => void } {
  cy.startBatch();
  let held = true;
  return {
    resume: () => {
      if (!held) return;
      held = false;
      if (!cy.destroyed()) cy.endBatch();
    },
  };
}

/**
 * A large force layout computed in a worker (layoutJob.ts says which): the page stays responsive meanwhile, and the
 * answer is placed with a preset layout, so the canvas sees the same layout events as for any other layout.
 */
function runInWorker(cy: Core, eles: Collection, plan: Extract<LayoutPlan, { kind: 'run' }>, hooks: LayoutHooks) {
  const job = layoutOffThread(jobOf(eles, plan.request));
  performance.mark(WORKER_LAYOUT_MARKS.posted);
  const drawing = holdDrawing(cy);
  const work: RunningLayout = {
    stop: () => {
      job.stop();
      drawing.resume();
    },
  };
  const tracking = hooks.started(work);
  job.positions.then(
    (positions) => {
      performance.mark(WORKER_LAYOUT_MARKS.answered);
      drawing.resume();
      if (!tracking.current() || cy.destroyed()) return;
      const place = eles.layout({
        name: 'preset',
        positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
        fit: false,
        animate: false,
      } as LayoutOptions);
      place.one('layoutstop', () => {
        if (!tracking.current()) return;
        tracking.stopped();
        afterLayout(cy, eles, plan, hooks);
      });
      place.run();
    },
    () => {
      drawing.resume();
      // The layout could not run at all: the nodes stay where they are, and the view shows them.
      if (!tracking.current() || cy.destroyed()) return;
      tracking.stopped();
      fitView(cy, false);
    },
  );
}

export function runLayout(cy: Core, plan: Extract<LayoutPlan, { kind: 'run' }>, hooks: LayoutHooks): void {
  cy.batch(() => {
    for (const [id, position] of plan.start) (cy.getElementById(id) as NodeSingular).position(position);
  });
  let eles = cy.elements();
  if (plan.scope === 'around-new') {
    const newSet = new Set(plan.newIds);
    const fresh = cy.nodes().filter((n) => newSet.has(n.id()));
    eles = fresh.union(fresh.neighborhood()).union(fresh.connectedEdges());
  }
  if (runsOffThread(plan.request)) {
    runInWorker(cy, eles, plan, hooks);
    return;
  }
  const options = layoutOptions({ ...plan.request, degree: (id) => cy.getElementById(id).degree(false) });
  const run = eles.layout(options);
  const tracking = hooks.started(run);
  run.one('layoutstop', () => {
    if (!tracking.current()) return;
    tracking.stopped();
    afterLayout(cy, eles, plan, hooks);
  });
  // The same graph gets the same picture on every visit (fcose draws its start from Math.random).
  withSeededRandom(LAYOUT_SEED, () => run.run());
}
