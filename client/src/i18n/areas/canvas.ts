/** Strings of the interface's canvas area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {
  minimapLabel: 'Minimap of the whole view: press or drag to move the view there',
  minimapShow: 'Show minimap',
  minimapHide: 'Hide minimap',
  drawCapped:
    'Drawing {drawn} of the {total} entities in this view, so that the picture stays fluid: the first ones, and what is selected or pinned.',
  drawMore: 'Draw {more} more elements',
} as const;

export const zh = {
  minimapLabel: '整个视图的缩略图：点击或拖动可将视图移到该处',
  minimapShow: '显示缩略图',
  minimapHide: '隐藏缩略图',
  drawCapped: '此视图共有 {total} 个实体，为保持画面流畅，只绘制其中 {drawn} 个：最先加入的，以及已选中或已固定的。',
  drawMore: '再绘制 {more} 个元素',
} satisfies AreaMessages<typeof en>;
