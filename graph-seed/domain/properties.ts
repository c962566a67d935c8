/**
 * What the seed's property keys are called, in English and Chinese, and how their few coded values read: the one
 * table the detail panel, the facts sheet and the exports show instead of a raw key such as `participatingStates`.
 */
import type { Lang } from './lang';

type Label = { readonly en: string; readonly zh: string };

export const PROPERTY_LABELS = {
  accessed: { en: 'Accessed', zh: '访问日期' },
  adopted: { en: 'Adopted', zh: '通过日期' },
  category: { en: 'Category', zh: '类别' },
  citation: { en: 'Citation', zh: '引用' },
  date: { en: 'Date', zh: '日期' },
  documentNumber: { en: 'Federal Register document number', zh: '联邦公报文件编号' },
  domain: { en: 'Domain', zh: '领域' },
  eccns: { en: 'Export control classification numbers', zh: '出口管制分类编号' },
  first: { en: 'First of its kind', zh: '首次' },
  footnotes: { en: 'Footnotes', zh: '脚注数' },
  founded: { en: 'Founded', zh: '成立年份' },
  language: { en: 'Language', zh: '语言' },
  misuse: { en: 'Misuse', zh: '滥用' },
  month: { en: 'Month', zh: '月份' },
  number: { en: 'Number', zh: '编号' },
  officialGazette: { en: 'Official gazette', zh: '政府公报' },
  officialJournal: { en: 'Official Journal', zh: '官方公报' },
  participatingStates: { en: 'Participating states', zh: '参加国数目' },
  period: { en: 'Period', zh: '期间' },
  place: { en: 'Place', zh: '地点' },
  publicLaw: { en: 'Public law', zh: '公法编号' },
  published: { en: 'Published', zh: '发布日期' },
  reportCategory: { en: 'Report category', zh: '报告类别' },
  scale: { en: 'Scale', zh: '规模' },
  scope: { en: 'Scope', zh: '范围' },
  session: { en: 'Session', zh: '届会' },
  startYear: { en: 'Start year', zh: '起始年份' },
  symbol: { en: 'Document symbol', zh: '文件编号' },
  validFrom: { en: 'Valid from', zh: '有效期自' },
  validTo: { en: 'Valid until', zh: '有效期至' },
  year: { en: 'Year', zh: '年份' },
} as const satisfies Record<string, Label>;

/** Coded values that read better as words: the `domain` of use, yes/no flags and the document language. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  domain: {
    military: { en: 'Military', zh: '军用' },
    civilian: { en: 'Civilian', zh: '民用' },
    dual: { en: 'Dual use', zh: '军民两用' },
  },
  language: { zh: { en: 'Chinese', zh: '中文' }, en: { en: 'English', zh: '英文' } },
};

const BOOLEAN: Readonly<Record<string, Label>> = { true: { en: 'Yes', zh: '是' }, false: { en: 'No', zh: '否' } };

/** Splits a camelCase key into words ("startYear" → "Start year"): the fallback for a key the table lacks. */
function keyWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function hasPropertyLabel(key: string): boolean {
  return Object.hasOwn(PROPERTY_LABELS, key);
}

/** The key's label in `lang`; a key the table does not know is spelt out in words rather than shown raw. */
export function propertyLabel(key: string, lang: Lang): string {
  return hasPropertyLabel(key) ? PROPERTY_LABELS[key as keyof typeof PROPERTY_LABELS][lang] : keyWords(key);
}

/** The value as a reader sees it: coded values and yes/no in `lang`, anything else as it is. */
export function propertyValue(key: string, value: string, lang: Lang): string {
  const coded = Object.hasOwn(VALUE_LABELS, key) ? VALUE_LABELS[key] : undefined;
  const label =
    coded && Object.hasOwn(coded, value) ? coded[value] : Object.hasOwn(BOOLEAN, value) ? BOOLEAN[value] : undefined;
  return label ? label[lang] : value;
}
