/**
 * SVG outlines of the node shapes Cytoscape draws, in a box from -1 to 1, so the legend, lists and search
 * results show each kind with the same shape and colour as the canvas.
 */
function ngon(sides: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / sides;
    return [Math.cos(a), Math.sin(a)];
  });
}

function star(): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    points.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return points;
}

const POLYGONS: Record<string, [number, number][]> = {
  triangle: [
    [0, -1],
    [1, 0.85],
    [-1, 0.85],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  pentagon: ngon(5),
  hexagon: ngon(6, 0),
  octagon: ngon(8, Math.PI / 8),
  star: star(),
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
  tag: [
    [-1, -0.8],
    [0.35, -0.8],
    [1, 0],
    [0.35, 0.8],
    [-1, 0.8],
  ],
  rectangle: [
    [-0.9, -0.9],
    [0.9, -0.9],
    [0.9, 0.9],
    [-0.9, 0.9],
  ],
};

const fmt = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** An SVG path `d` for the shape, scaled to `size` around the centre (size, size). */
export function shapePath(shape: string, size: number): string {
  const c = size;
  const s = size * 0.92;
  const polygon = POLYGONS[shape];
  if (polygon) {
    return `${polygon.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(c + x * s)},${fmt(c + y * s)}`).join(' ')} Z`;
  }
  switch (shape) {
    case 'round-rectangle': {
      const r = s * 0.35;
      const [x0, y0, x1, y1] = [c - s * 0.95, c - s * 0.75, c + s * 0.95, c + s * 0.75];
      return `M${fmt(x0 + r)},${fmt(y0)} L${fmt(x1 - r)},${fmt(y0)} Q${fmt(x1)},${fmt(y0)} ${fmt(x1)},${fmt(y0 + r)} L${fmt(x1)},${fmt(y1 - r)} Q${fmt(x1)},${fmt(y1)} ${fmt(x1 - r)},${fmt(y1)} L${fmt(x0 + r)},${fmt(y1)} Q${fmt(x0)},${fmt(y1)} ${fmt(x0)},${fmt(y1 - r)} L${fmt(x0)},${fmt(y0 + r)} Q${fmt(x0)},${fmt(y0)} ${fmt(x0 + r)},${fmt(y0)} Z`;
    }
    case 'round-octagon': {
      const pts = ngon(8, Math.PI / 8).map(([x, y]) => [c + x * s, c + y * s] as const);
      const mid = (a: readonly [number, number], b: readonly [number, number]) => [
        (a[0] + b[0]) / 2,
        (a[1] + b[1]) / 2,
      ];
      const parts: string[] = [];
      pts.forEach((p, i) => {
        const next = pts[(i + 1) % pts.length] ?? p;
        const m = mid(p, next);
        if (i === 0) {
          const prev = pts[pts.length - 1] ?? p;
          const m0 = mid(prev, p);
          parts.push(`M${fmt(m0[0] ?? 0)},${fmt(m0[1] ?? 0)}`);
        }
        parts.push(`Q${fmt(p[0])},${fmt(p[1])} ${fmt(m[0] ?? 0)},${fmt(m[1] ?? 0)}`);
      });
      return `${parts.join(' ')} Z`;
    }
    case 'barrel': {
      const [x0, y0, x1, y1] = [c - s * 0.8, c - s * 0.9, c + s * 0.8, c + s * 0.9];
      return `M${fmt(x0)},${fmt(y0)} L${fmt(x1)},${fmt(y0)} Q${fmt(c + s)},${fmt(c)} ${fmt(x1)},${fmt(y1)} L${fmt(x0)},${fmt(y1)} Q${fmt(c - s)},${fmt(c)} ${fmt(x0)},${fmt(y0)} Z`;
    }
    default: {
      // ellipse
      return `M${fmt(c - s)},${fmt(c)} A${fmt(s)},${fmt(s)} 0 1,0 ${fmt(c + s)},${fmt(c)} A${fmt(s)},${fmt(s)} 0 1,0 ${fmt(c - s)},${fmt(c)} Z`;
    }
  }
}
