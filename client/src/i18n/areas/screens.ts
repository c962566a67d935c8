/** Strings of the interface's screens area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {
  tabDetails: 'Details',
} as const;

export const zh = {
  tabDetails: '详情',
} satisfies AreaMessages<typeof en>;
