/** Reads the text of a PDF with pdf.js (pdfjs-dist's legacy build runs in Node), for checking printed briefings. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The number of pages, the whole text, and each page's text (`perPage[0]` is page 1). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string; perPage: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const perPage: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
    }
    perPage.push(parts.join(''));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: perPage.join(''), perPage };
}

/**
 * CJK radicals that PDF text extraction can return for the ideographs they look like (a font maps both to one
 * glyph): 民 comes back as ⺠. NFKC keeps them apart, so they are mapped back here.
 */
const RADICALS: Readonly<Record<string, string>> = {
  '⺠': '民',
  '⻔': '门',
  '⻓': '长',
  '⻋': '车',
  '⻅': '见',
  '⻛': '风',
  '⻢': '马',
  '⻬': '齐',
  '⻚': '页',
  '⻄': '西',
  '⻜': '飞',
  '⻝': '食',
  '⻨': '麦',
  '⻩': '黄',
  '⻰': '龙',
  '⻳': '龟',
  戶: '户',
};

/** Text without any whitespace, so that words broken across lines still match. */
export function squeeze(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2e80-\u2eff戶]/gu, (c) => RADICALS[c] ?? c)
    .replace(/\s+/gu, '');
}
