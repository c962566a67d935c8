/** Strings of the interface's screens area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {} as const;

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- empty until the area has strings
export const zh = {} satisfies AreaMessages<typeof en>;
