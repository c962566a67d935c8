/**
 * A layout handed to a Web Worker: which layouts go off the main thread, and the plain data they need (no Cytoscape
 * objects and no functions cross to the worker). Pure, so it is unit-tested; layoutCompute.ts runs the job and
 * offThread.ts carries it to the worker and back.
 */
import type { Position } from 'cytoscape';
import { shouldAnimate, sizesNodesAlike, type LayoutRequest } from './layout';

/** A node as the worker lays it out: its place, its size as the layout sees it, and whether it may move. */
export interface JobNode {
  readonly id: string;
  readonly position: Position;
  readonly width: number;
  readonly height: number;
  readonly locked: boolean;
}

export interface JobEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** The request without its degree function: the worker counts degrees from the edges it is given. */
export type JobRequest = Omit<LayoutRequest, 'degree'>;

export interface LayoutJob {
  readonly nodes: readonly JobNode[];
  readonly edges: readonly JobEdge[];
  readonly request: JobRequest;
}

/** The worker's answer: each node's new place, or why it could not lay them out. */
export type LayoutAnswer =
  | { readonly ok: true; readonly positions: Readonly<Record<string, Position>> }
  | { readonly ok: false; readonly message: string };

/**
 * Large force layouts run in a worker, so the page keeps answering while they compute (a 5,000-element layout takes
 * hundreds of milliseconds). Only those whose result does not depend on drawn labels qualify: from DRAFT_MIN_NODES
 * nodes fcose sizes every node alike and leaves labels out, which a worker without a page can reproduce exactly.
 * Smaller layouts and animated ones stay on the main thread, where they are quick.
 */
export function runsOffThread(request: LayoutRequest): boolean {
  return sizesNodesAlike(request) && !shouldAnimate(request.nodeCount, request.edgeCount);
}

/** The job for the given nodes and edges: edges to nodes outside the job are left out, as a layout would. */
export function layoutJob(nodes: readonly JobNode[], edges: readonly JobEdge[], request: LayoutRequest): LayoutJob {
  const ids = new Set(nodes.map((n) => n.id));
  const { degree: _degree, ...plain } = request;
  return {
    nodes: nodes.map((n) => ({ ...n, position: { x: n.position.x, y: n.position.y } })),
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    request: { ...plain, fixed: plain.fixed.map((f) => ({ id: f.id, position: { ...f.position } })) },
  };
}

/** Reads a worker's answer defensively: anything but the expected shape is a failure, never a half-applied layout. */
export function readAnswer(data: unknown, expected: readonly string[]): LayoutAnswer {
  if (typeof data !== 'object' || data === null) return { ok: false, message: 'The layout worker sent nothing.' };
  const answer = data as Partial<{ ok: boolean; positions: unknown; message: unknown }>;
  if (answer.ok !== true) {
    return { ok: false, message: typeof answer.message === 'string' ? answer.message : 'The layout failed.' };
  }
  if (typeof answer.positions !== 'object' || answer.positions === null) {
    return { ok: false, message: 'The layout worker sent no positions.' };
  }
  const positions = answer.positions as Record<string, Partial<Position> | undefined>;
  for (const id of expected) {
    const at = positions[id];
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) {
      return { ok: false, message: `The layout worker sent no position for ${id}.` };
    }
  }
  return { ok: true, positions: positions as Record<string, Position> };
}
