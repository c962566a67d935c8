/** How an entity is named to a reader: its name in the reader's language, else in the other one, else its id. */
import { inLang, type Lang } from './lang';

export interface Named {
  readonly nameEn: string;
  readonly nameZh: string;
  /** The last resort when both names are empty; omitted where the caller has no id to show. */
  readonly id?: string;
}

export function entityName(node: Named, lang: Lang): string {
  return inLang(lang, node.nameEn, node.nameZh) ?? node.id ?? '';
}
