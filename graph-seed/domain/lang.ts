/**
 * The interface language and the one mapping to the API's spelling of it. The explorer speaks 'en' | 'zh' (as in
 * URLs and HTML), the GraphQL API an enum 'EN' | 'ZH'; everything converts through these two functions.
 */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The GraphQL enum `Lang`. */
export type ApiLang = 'EN' | 'ZH';

export function apiLang(lang: Lang): ApiLang {
  return lang === 'zh' ? 'ZH' : 'EN';
}

/** The API's language as the interface's; anything but 'ZH' (including a missing argument) reads as English. */
export function fromApiLang(lang: string | null | undefined): Lang {
  return lang === 'ZH' ? 'zh' : 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** The text in `lang`, else in the other language; null when neither is given (or both are empty). */
export function inLang(lang: Lang, en: string | null | undefined, zh: string | null | undefined): string | null {
  return (lang === 'zh' ? zh || en : en || zh) || null;
}
