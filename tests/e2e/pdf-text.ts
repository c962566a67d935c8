/** Reads the text of a PDF with pdf.js (pdfjs-dist's legacy build runs in Node), for checking printed briefings. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: parts.join('') };
}

/** Text without any whitespace, so that words broken across lines still match. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}
