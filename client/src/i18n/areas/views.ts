/** Strings of the interface's views area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {
  // Results that replace each other, and the way back
  pinResult: 'Pin this result',
  resultPinned: 'Pinned',
  pinResultHint: 'A pinned result stays on the canvas when you trace or search again.',
  backToOverview: 'Back to overview',
  atOverview: 'The canvas already shows the overview.',

  // Node size
  sizeBy: 'Node size',
  sizeNone: 'All the same',
  sizeDegree: 'Relationships drawn',
  sizeTotal: 'All relationships',
  sizeSources: 'Sources citing it',
  sizeRule: 'Size: {measure}, {min} → {max}',

  // The Outline table
  outlineColDegree: 'Relations (drawn/all)',
  outlineColSources: 'Sources',
  outlineFilterLabel: 'Filter the entities',
  outlineFilterText: 'Filter',
  outlineAllKinds: 'All kinds',
  outlineShown: '{shown} of {total}',
  outlineNoMatch: 'No entity in view matches the filter.',

  // Saved views
  savedViews: 'Saved views',
  savedViewName: 'Name',
  saveView: 'Save current view',
  savedViewNeedsName: 'Give the view a name first.',
  savedViewsEmpty: 'No saved views yet. Views are kept in this browser.',
  savedViewsUnreadable: 'The saved views in this browser could not be read and were set aside.',
  savedViewsNotStored: 'This browser did not let the view be stored (storage full or turned off).',
  savedViewOpen: 'Open “{name}”',
  savedViewLinkText: 'Link',
  savedViewLink: 'Link to “{name}”',
  savedViewRenameText: 'Rename',
  savedViewRename: 'Rename “{name}”',
  savedViewNewName: 'New name for “{name}”',
  savedViewRenameDone: 'Save',
  savedViewCancel: 'Cancel',
  savedViewDeleteText: 'Delete',
  savedViewDelete: 'Delete “{name}”',
} as const;

export const zh = {
  pinResult: '固定此结果',
  resultPinned: '已固定',
  pinResultHint: '固定的结果在再次追溯或搜索时仍留在画布上。',
  backToOverview: '返回概览',
  atOverview: '画布已显示概览。',

  sizeBy: '节点大小',
  sizeNone: '统一大小',
  sizeDegree: '画出的关系数',
  sizeTotal: '全部关系数',
  sizeSources: '引用来源数',
  sizeRule: '大小:{measure},{min} → {max}',

  outlineColDegree: '关系(图中/全部)',
  outlineColSources: '来源',
  outlineFilterLabel: '筛选实体',
  outlineFilterText: '筛选',
  outlineAllKinds: '全部类别',
  outlineShown: '显示 {shown}，共 {total}',
  outlineNoMatch: '图中没有符合筛选条件的实体。',

  savedViews: '已存视图',
  savedViewName: '名称',
  saveView: '保存当前视图',
  savedViewNeedsName: '请先为视图命名。',
  savedViewsEmpty: '尚无已存视图。视图保存在此浏览器中。',
  savedViewsUnreadable: '无法读取此浏览器中的已存视图,已将其搁置。',
  savedViewsNotStored: '此浏览器未允许保存视图(存储已满或已关闭)。',
  savedViewOpen: '打开“{name}”',
  savedViewLinkText: '链接',
  savedViewLink: '链接:“{name}”',
  savedViewRenameText: '重命名',
  savedViewRename: '重命名“{name}”',
  savedViewNewName: '“{name}”的新名称',
  savedViewRenameDone: '保存',
  savedViewCancel: '取消',
  savedViewDeleteText: '删除',
  savedViewDelete: '删除“{name}”',
} satisfies AreaMessages<typeof en>;
