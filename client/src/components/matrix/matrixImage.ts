/**
 * The coverage matrix drawn as a PNG: the technology names down the left, the instruments' names slanted across the
 * top, each covered cell filled with its basis colour and its basis word, gap rows marked. Drawn on a 2D canvas from
 * the table the view shows (its filters and sorts), so the picture is what the analyst sees.
 */
import type { MatrixTable } from '../../core/matrix/table';
import { cellOf, type Basis } from '../../core/matrix/table';
import type { Lang } from '../../state/types';
import { nodeName } from '../../state/types';

const FILL: Record<Basis, string> = { NAMED: '#1f6f43', CATEGORY: '#6fae7f', GENERAL: '#f2d27a' };
const INK: Record<Basis, string> = { NAMED: '#fff', CATEGORY: '#0b2b17', GENERAL: '#4a3800' };

export interface MatrixImageText {
  readonly title: string;
  readonly basis: Record<Basis, string>;
  readonly gap: string;
}

export function drawMatrix(table: MatrixTable, lang: Lang, text: MatrixImageText): Promise<Blob | null> {
  const cell = 54;
  const rowH = 22;
  const left = 240;
  const top = 190;
  const rows = table.groups.flatMap((g) => [
    { category: g.category, row: null },
    ...g.rows.map((row) => ({ category: g.category, row })),
  ]);
  const width = left + table.columns.length * cell + 20;
  const height = top + rows.length * rowH + 20;
  const canvas = document.createElement('canvas');
  const scale = 2;
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  const font = lang === 'zh' ? '"Noto Sans SC", "Microsoft YaHei", sans-serif' : 'system-ui, sans-serif';
  ctx.fillStyle = '#1b2430';
  ctx.font = `600 15px ${font}`;
  ctx.fillText(text.title, 10, 22);
  ctx.font = `11px ${font}`;
  table.columns.forEach((column, i) => {
    ctx.save();
    ctx.translate(left + i * cell + cell / 2, top - 6);
    ctx.rotate(-Math.PI / 4);
    ctx.fillText(nodeName(column, lang).slice(0, 32), 0, 0);
    ctx.restore();
  });
  rows.forEach(({ category, row }, r) => {
    const y = top + r * rowH;
    if (!row) {
      ctx.fillStyle = '#eef1f5';
      ctx.fillRect(0, y, width, rowH);
      ctx.fillStyle = '#1b2430';
      ctx.font = `600 11px ${font}`;
      ctx.fillText(nodeName(category, lang).slice(0, 60), 6, y + 15);
      ctx.font = `11px ${font}`;
      return;
    }
    ctx.fillStyle = row.gap ? '#b3261e' : '#1b2430';
    const name = nodeName(row.technology, lang).slice(0, 34);
    ctx.fillText(row.gap ? `${name} · ${text.gap}` : name, 14, y + 15);
    table.columns.forEach((column, i) => {
      const found = cellOf(row, column.id);
      const x = left + i * cell;
      ctx.strokeStyle = '#d5dbe3';
      ctx.strokeRect(x, y, cell, rowH);
      if (!found) return;
      ctx.fillStyle = FILL[found.basis];
      ctx.fillRect(x + 1, y + 1, cell - 2, rowH - 2);
      ctx.fillStyle = INK[found.basis];
      ctx.fillText(text.basis[found.basis].slice(0, 8), x + 4, y + 15);
    });
  });
  return new Promise((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
}
