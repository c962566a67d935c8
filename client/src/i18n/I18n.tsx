/** Gives components the current language and a translate function. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { kindStyle } from '../graph/kinds';
import { relationLabel as vocabularyLabel, relationSpec, type Direction, type Lang } from '#domain';
import { message, MESSAGES, type MessageKey } from './messages';

export interface I18n {
  readonly lang: Lang;
  /** A message with its placeholders filled; one that depends on a count takes the form for `params.count`. */
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** The translated name of an entity kind. */
  readonly kindLabel: (kind: string) => string;
  /** How a relationship reads from its subject (OUT) or its object (IN), e.g. "is controlled by" / "controls". */
  readonly relLabel: (type: string, direction?: 'OUT' | 'IN') => string;
}

export function makeI18n(lang: Lang): I18n {
  const messages = MESSAGES[lang];
  return {
    lang,
    t: (key, params) => message(messages, key, lang, params),
    kindLabel: (kind) => kindStyle(kind).label[lang],
    relLabel: (type, direction = 'OUT') => relationLabel(type, direction, lang),
  };
}

/** The domain's label; a type the vocabulary does not know reads as words ("UNKNOWN_TYPE" → "unknown type"). */
export function relationLabel(type: string, direction: Direction, lang: Lang): string {
  if (!relationSpec(type)) return type.toLowerCase().replace(/_/g, ' ');
  return vocabularyLabel(type, direction, lang);
}

/** The parameters of a message that counts entities and relationships ("1 entity", "3 relationships"). */
export function graphCounts(
  t: I18n['t'],
  entities: number,
  relationships: number,
): { entities: string; relationships: string } {
  return {
    entities: t('entityCount', { count: entities }),
    relationships: t('relationshipCount', { count: relationships }),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ lang, children }: { readonly lang: Lang; readonly children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
