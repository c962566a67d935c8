/** Strings of the interface's exports area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {
  exportFramed: 'Image with title and legend…',
  exportFrameHeading: 'Export an image',
  exportFrameTitle: 'Title (optional)',
  exportFrameLegend: 'Legend of the kinds shown',
  exportFrameSource: 'Source line and data version',
  exportFramePng: 'Download PNG',
  exportFrameSvg: 'Download SVG',
  exportFrameCancel: 'Cancel',
  exportFrameNote: 'Selected and hovered entities are drawn plain in the image.',
  exportSourceLine:
    'Source: The Export of Dual-Use Artificial Intelligence Technologies (UNIDO expert report) and the documents it cites',
  exportVersionLine: 'Dual-Use AI Atlas, data version {version}, {date}',
  exportVersionUnknown: 'unknown',
} as const;

export const zh = {
  exportFramed: '带标题和图例的图片…',
  exportFrameHeading: '导出图片',
  exportFrameTitle: '标题（可选）',
  exportFrameLegend: '所示类别的图例',
  exportFrameSource: '来源说明和数据版本',
  exportFramePng: '下载 PNG',
  exportFrameSvg: '下载 SVG',
  exportFrameCancel: '取消',
  exportFrameNote: '图片中选中和悬停的实体按普通样式绘制。',
  exportSourceLine: '来源：《出口军民两用的人工智能技术问题》（联合国工业发展组织专家报告）及其引用的文献',
  exportVersionLine: '两用人工智能图谱，数据版本 {version}，{date}',
  exportVersionUnknown: '未知',
} satisfies AreaMessages<typeof en>;
