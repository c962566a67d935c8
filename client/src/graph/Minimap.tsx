/**
 * The minimap of a large view: every drawn node as a dot in its kind's colour and the visible part of the canvas as
 * a rectangle; pressing or dragging on it moves the view there. It draws from node positions (no picture of the
 * graph), at most once a frame, so it stays cheap on thousands of nodes. Shown from MINIMAP_MIN_NODES drawn nodes,
 * with a button to hide it; never on narrow screens (styles/canvas.css); never in image exports, which draw the
 * graph alone.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { fitTransform, fromMap, panToCentre, toMap, union, type MapTransform } from './minimapGeometry';

/** Views with at least this many drawn nodes get a minimap (the start page's overview has fewer). */
export const MINIMAP_MIN_NODES = 70;
const WIDTH = 180;
const HEIGHT = 120;

export interface MinimapText {
  readonly label: string;
  readonly show: string;
  readonly hide: string;
}

function draw(cy: Core, canvas: HTMLCanvasElement): MapTransform | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * ratio) {
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  const nodes = cy.nodes();
  const extent = cy.extent();
  const bounds = nodes.length > 0 ? union(nodes.boundingBox({}), extent) : extent;
  const t = fitTransform(bounds, WIDTH, HEIGHT);
  nodes.forEach((n) => {
    const p = toMap(t, n.position());
    ctx.fillStyle = String(n.data('color') ?? '#6b7785');
    ctx.fillRect(p.x - 1.5, p.y - 1.5, 3, 3);
  });
  const a = toMap(t, { x: extent.x1, y: extent.y1 });
  const b = toMap(t, { x: extent.x2, y: extent.y2 });
  ctx.fillStyle = 'rgba(11, 87, 208, 0.08)';
  ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
  ctx.strokeStyle = '#0b57d0';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(a.x, a.y, b.x - a.x, b.y - a.y);
  return t;
}

export function Minimap({
  cy,
  nodeCount,
  text,
}: {
  readonly cy: Core | null;
  readonly nodeCount: number;
  readonly text: MinimapText;
}) {
  const [open, setOpen] = useState(true);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const transform = useRef<MapTransform | null>(null);
  const large = nodeCount >= MINIMAP_MIN_NODES;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!cy || !canvas || !open || !large) return undefined;
    let frame = 0;
    const redraw = () => {
      frame = 0;
      if (!cy.destroyed()) transform.current = draw(cy, canvas);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(redraw);
    };
    cy.on('render viewport', schedule);
    schedule();
    return () => {
      cy.removeListener('render viewport', schedule);
      cancelAnimationFrame(frame);
    };
  }, [cy, open, large]);

  if (!large) return null;

  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const t = transform.current;
    if (!cy || !t) return;
    const box = event.currentTarget.getBoundingClientRect();
    const point = fromMap(t, { x: event.clientX - box.left, y: event.clientY - box.top });
    cy.pan(panToCentre(point, cy.zoom(), cy.width(), cy.height()));
  };

  return (
    <div className="minimap" data-testid="minimap">
      <button
        type="button"
        className="minimap-toggle"
        aria-pressed={open}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {open ? text.hide : text.show}
      </button>
      {open && (
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={text.label}
          style={{ width: WIDTH, height: HEIGHT }}
          data-testid="minimap-map"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            moveTo(event);
          }}
          onPointerMove={(event) => {
            if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
          }}
        />
      )}
    </div>
  );
}
