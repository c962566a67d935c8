/** Strings of the interface's canvas area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {
  minimapLabel: 'Minimap of the whole view: press or drag to move the view there',
  minimapShow: 'Show minimap',
  minimapHide: 'Hide minimap',
} as const;

export const zh = {
  minimapLabel: '整个视图的缩略图：点击或拖动可将视图移到该处',
  minimapShow: '显示缩略图',
  minimapHide: '隐藏缩略图',
} satisfies AreaMessages<typeof en>;
