/** The interface language: from the link, else the one remembered from the last visit, else the browser's. */
import type { Lang } from '../state/types';

export const LANG_STORAGE_KEY = 'atlas.lang';

export function rememberedLang(storage: Pick<Storage, 'getItem'> | undefined, browserLang: string | undefined): Lang {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  if (stored === 'en' || stored === 'zh') return stored;
  return browserLang?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function rememberLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private modes may refuse storage; the URL still carries the language.
  }
}

/** The BCP 47 tag for <html lang>, so screen readers pronounce the page correctly. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-Hans' : 'en';
}
