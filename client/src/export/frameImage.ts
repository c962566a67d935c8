/**
 * Draws a framed image export from the graph's picture and the frame's layout (frameLayout.ts): a PNG on a
 * canvas, or an SVG that wraps the graph's SVG with text elements. The browser-facing half of the frame.
 */
import { shapePath } from '../graph/shapes';
import { frameLayout, type FrameContent, type FrameLayout, type Measure, type PlacedText } from './frameLayout';

const FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
const INK = '#1b1f24';
const MUTED = '#4a5562';
const BACKGROUND = '#ffffff';

function font(size: number, bold: boolean): string {
  return `${bold ? '600 ' : ''}${String(size)}px ${FONT}`;
}

/** Text widths as the browser sets them (a throwaway canvas), for the layout. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size) => {
    if (!context) return text.length * size * 0.6;
    context.font = font(size, false);
    return context.measureText(text).width;
  };
}

function textColor(text: PlacedText): string {
  return text.bold ? INK : MUTED;
}

/** The PNG of the graph inside the frame: `scale` is the PNG's output pixels per CSS pixel. */
export async function framedPng(picture: Blob, content: FrameContent, scale: number): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  const layout = frameLayout(bitmap.width, bitmap.height, content, canvasMeasure(), scale);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the export on.');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(bitmap, layout.image.x, layout.image.y);
  bitmap.close();
  for (const swatch of layout.swatches) {
    const half = swatch.size / 2;
    context.save();
    context.translate(swatch.x, swatch.y);
    const path = new Path2D(shapePath(swatch.shape, half));
    context.fillStyle = swatch.color;
    context.fill(path);
    context.lineWidth = Math.max(1, scale);
    context.strokeStyle = '#2b3440';
    context.stroke(path);
    context.restore();
  }
  for (const text of layout.texts) {
    context.font = font(text.size, text.bold);
    context.fillStyle = textColor(text);
    context.fillText(text.text, text.x, text.y);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The image could not be encoded.'));
    }, 'image/png');
  });
}

/** Text for XML: the five characters that could end an attribute or start markup are escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${String(c.codePointAt(0))};`);
}

/** The graph's SVG root size, from its width and height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/u.exec(svg)?.[0] ?? '';
  const number = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`, 'u').exec(root)?.[1] ?? 0);
  return { width: number('width'), height: number('height') };
}

/** The SVG document of a layout around the graph's SVG (its XML declaration and doctype dropped). */
export function framedSvgDocument(svg: string, layout: FrameLayout): string {
  const inner = svg
    .replace(/<\?xml[^>]*\?>/u, '')
    .replace(/<!DOCTYPE[^>]*>/iu, '')
    .trim();
  const swatches = layout.swatches.map(
    (s) =>
      `<path transform="translate(${String(s.x)} ${String(s.y)})" d="${shapePath(s.shape, s.size / 2)}" ` +
      `fill="${escapeXml(s.color)}" stroke="#2b3440" stroke-width="1"/>`,
  );
  const texts = layout.texts.map(
    (t) =>
      `<text x="${String(t.x)}" y="${String(t.y)}" font-size="${String(t.size)}"` +
      `${t.bold ? ' font-weight="600"' : ''} fill="${textColor(t)}">${escapeXml(t.text)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${String(layout.width)}" ` +
      `height="${String(layout.height)}" viewBox="0 0 ${String(layout.width)} ${String(layout.height)}">`,
    `<rect width="100%" height="100%" fill="${BACKGROUND}"/>`,
    `<g font-family="${escapeXml(FONT)}">`,
    ...texts,
    '</g>',
    ...swatches,
    `<g transform="translate(${String(layout.image.x)} ${String(layout.image.y)})">`,
    inner,
    '</g>',
    '</svg>',
  ].join('\n');
}

/** The graph's SVG inside the frame. */
export function framedSvg(svg: string, content: FrameContent): string {
  const { width, height } = svgSize(svg);
  return framedSvgDocument(svg, frameLayout(width, height, content, canvasMeasure(), 1));
}
