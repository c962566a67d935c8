/**
 * Every string of the user interface, in English and Chinese. The Chinese dictionary is typed against the
 * English one, so a missing translation is a type error. `{name}` placeholders are filled by `format`; a message
 * that depends on a count has a form per plural category (see `Plural`).
 */
import type { Lang } from '#domain';
import * as canvas from './areas/canvas';
import * as habits from './areas/habits';
import * as views from './areas/views';
import * as screens from './areas/screens';
import * as errors from './areas/errors';
import * as exports from './areas/exports';
import * as time from './areas/time';
import * as matrix from './areas/matrix';

const en = {
  appTitle: 'Dual-Use AI Atlas',
  appTagline: 'Who controls the export of AI chips, models and cloud — and how controls are circumvented.',
  skipToGraph: 'Skip to the graph',
  switchTo: '中文',
  switchToLabel: 'Switch the interface and the data to Chinese',

  // Start page
  startHeading: 'Explore the atlas',
  startIntro:
    'A cited knowledge graph of the export control of dual-use AI technology: technologies, the regimes, treaties and measures that cover them, the agencies behind them, and the routes used to get around them. Every fact links to its source in the UNIDO expert report.',
  suggestedQuestions: 'Suggested questions',
  qCoverageChip: 'Which regimes cover the NVIDIA H100 chip, and why?',
  qCoverageChipHint: 'Traces coverage from the chip to every regime, treaty and measure.',
  qCircumvention: 'How are chip export controls circumvented?',
  qCircumventionHint: 'Circumvention routes, what they evade and what counters them.',
  qImplements: 'Which bodies implement which treaties and regimes?',
  qImplementsHint: 'Agencies, treaties and regimes joined by implements and administers.',
  qResolutions: 'Which UN resolutions address military AI?',
  qResolutionsHint: 'Resolutions, who adopted them and what they address.',
  qPaths: 'How is the Wassenaar Arrangement linked to US chip controls?',
  qPathsHint: 'The shortest chains of relationships between the two.',
  statsLine: '{entities} and {relationships}',
  entityCount: { one: '{count} entity', other: '{count} entities' },
  relationshipCount: { one: '{count} relationship', other: '{count} relationships' },
  statsOverview: 'The canvas shows the {shown} best-connected entities.',
  missingFromLink: {
    one: '{count} entity in this link is no longer in the atlas.',
    other: '{count} entities in this link are no longer in the atlas.',
  },
  tips: 'Tips',
  tipDoubleClick: 'Double-click a node to expand it; shift-drag or the box tool selects several.',
  tipKeyboard: 'Press / to search, Z/Y with Ctrl to undo and redo, and use the Outline tab to browse by keyboard.',

  // Search
  searchLabel: 'Search the atlas',
  searchPlaceholder: 'Search: H100, 芯片, Wassenaar…',
  searchNoResults: 'No entity matches “{text}”.',
  searchSearching: 'Searching…',
  searchResults: { one: '{count} result', other: '{count} results' },
  searchHint: 'Use ↑ ↓ to move, Enter to open, Esc to close.',
  alsoKnownAs: 'also',

  // Tabs
  tabsLabel: 'Side panels',
  tabExplore: 'Start',
  tabCoverage: 'Coverage',
  tabPaths: 'Paths',
  tabOutline: 'Outline',

  // Toolbar
  toolbarLabel: 'Graph tools',
  layout: 'Layout',
  layoutFcose: 'Force',
  layoutDagre: 'Hierarchy',
  layoutConcentric: 'Concentric',
  relayout: 'Lay out again',
  fit: 'Fit to screen',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  centerSelection: 'Centre on the selection',
  edgeLabels: 'Relationship labels',
  boxSelect: 'Box select',
  undo: 'Undo',
  redo: 'Redo',
  exportMenu: 'Export',
  exportPng: 'Image (PNG)',
  exportSvg: 'Image (SVG)',
  exportFacts: 'Facts with citations (Markdown)',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  clearView: 'Clear',

  // Canvas
  canvasLabel: 'Graph of {entities} and {relationships}',
  emptyCanvas: 'Nothing to show yet. Search for an entity or open a suggested question.',
  allFiltered: 'All entities in this view are hidden by the legend filters.',
  doubleClickExpand: 'Double-click to expand',

  // Legend
  legend: 'Legend',
  legendHint: 'Click a kind to show or hide it',
  showKind: 'Show {kind}',
  hideKind: 'Hide {kind}',
  relationshipTypes: 'Relationships',
  showAll: 'Show all',

  // Selection and node actions
  expand: 'Expand',
  expandAll: 'All relationships',
  expandMenu: 'Expand by relationship',
  expandCount: '{visible} of {total} shown',
  collapse: 'Collapse',
  hide: 'Hide',
  pin: 'Pin',
  unpin: 'Unpin',
  traceCoverage: 'Trace coverage',
  pathsFromHere: 'Paths from here',
  pathsBetween: 'Paths between these two',
  showingOf: 'Showing {shown} of {total} neighbours of {name}.',
  hubSampled: 'A hub with more than {cap} relationships was sampled, so some neighbours may be missing.',
  loadMore: 'Load {more} more',
  dismiss: 'Dismiss',

  // Detail panel
  details: 'Details',
  detailEmpty: 'Select a node or a relationship to see its facts and sources.',
  kind: 'Kind',
  summary: 'Summary',
  noteCorrection: 'Note',
  aliases: 'Also known as',
  properties: 'Properties',
  sources: 'Sources',
  noSources: 'No source recorded.',
  relations: 'Relationships',
  noRelations: 'No relationships.',
  // The report's sections are headings, not numbers: “§ Preface”, “章节：序言”.
  section: '§ {section}',
  footnote: 'footnote {n}',
  supplementary: 'supplementary source',
  openSource: 'Open the source',
  translationByAtlas: 'Translation by the atlas',
  showOriginal: 'Original (中文)',
  originalQuote: 'original',
  website: 'Website',
  selectedCount: '{count} selected',
  selectedEntities: 'Selected entities',
  relationship: 'Relationship',
  from: 'From',
  to: 'To',
  inView: 'in view',
  addToView: 'Add to the view and select',

  // Coverage
  coverageHeading: 'What covers {name}?',
  coverageNone: 'No regime, treaty or measure in the atlas covers {name}.',
  coveragePick: 'Pick a technology to trace its coverage.',
  coverageFinding: 'Finding',
  findingGeneralOnly:
    'No instrument is said to control {name} or its category; it may fall within general measures only.',
  findingMeasuresOnly:
    'No regime or treaty is said to control {name} or its category; only the control measures below are.',
  coveredBy: 'Covered by',
  coveredByIntro: 'A source says each of these controls {name} itself or a category it belongs to.',
  mayFallWithin: 'May fall within',
  mayFallWithinIntro:
    'Reached only through a control measure of general scope: no source says these control {name} or its category.',
  canvasKey: 'On the canvas:',
  basisNAMED: 'named',
  basisCATEGORY: 'category',
  basisGENERAL: 'general measure only',
  reasonNamed: 'Named: the source places {tech} itself under {instrument}.',
  reasonNamedVia: 'Named: the source places {tech} itself under {measure}, employed by {instrument}.',
  reasonCategory: 'Category: the source places {category} under {instrument}, {link}.',
  reasonCategoryVia: 'Category: the source places {category} under {measure}, employed by {instrument}, {link}.',
  linkExample: 'with {tech} as one example',
  linkSubtype: 'with {tech} as one subtype',
  linkBroader: 'a broader category that includes {tech}',
  reasonGeneral: 'Only through the general measure {measure}.',
  reasonGeneralSelf: 'Only through the general measure {measure} itself.',
  appliedBy: 'Applied by',
  appliedByNone: 'The atlas does not say who applies it.',
  roleEMPLOYS: 'employs it',
  roleADMINISTERS: 'administers it',
  roleENFORCES: 'enforces it',
  roleIMPLEMENTS: 'implements it',
  roleMEMBER_OF: 'is a member',
  roleADOPTED_BY: 'adopted it',
  roleViaEMPLOYS: 'employs {via}, which employs it',
  roleViaADMINISTERS: 'administers {via}, which employs it',
  roleViaENFORCES: 'enforces {via}, which employs it',
  roleViaIMPLEMENTS: 'implements {via}, which employs it',
  roleViaMEMBER_OF: 'is a member of {via}, which employs it',
  roleViaADOPTED_BY: 'adopted {via}, which employs it',
  showAllPaths: 'Highlight all',
  citations: 'Citations',
  citation: 'Citation {n}',
  hops: { one: '{count} step', other: '{count} steps' },

  // Paths
  pathsHeading: 'Paths between two entities',
  pathsIntro: 'Find the shortest chains of relationships between any two entities.',
  pathFrom: 'From',
  pathTo: 'To',
  pathMaxLength: 'At most',
  pathsFind: 'Find paths',
  pathsNone: 'No path of at most {n} steps joins these two entities.',
  pathsNoneFiltered: 'No path of at most {n} steps joins these two entities through the relationship types chosen.',
  pathsSkippedHubsLabel: 'Hubs not searched through',
  pathsSkippedHubs:
    'Paths never run through a hub (an entity with more than {cap} relationships), so paths through these may be missing: ',
  listSeparator: ', ',
  pathsFound: { one: 'The shortest path', other: '{count} shortest paths' },
  pathTypes: 'Relationship types',
  pathTypesUsed: '{used} of {total} used',
  pathTypesNote:
    'Citation links (cites, was published by) are off: they say where a fact is written, not how two things relate. Paths through them are shown only when no other path exists.',
  pathTypesCitationsOn:
    'Citation links are on: paths through them show where facts are written, not how things relate.',
  pathTypesHidden: 'hidden in the legend',
  pathTypesHiddenNote: 'Types hidden in the legend are left out of the search too.',
  pathTypesReset: 'Reset',
  onlyThroughCitations: 'Only through citations',
  throughCitations: 'Through citations',
  onlyThroughCitationsNote:
    'No path joins these two without citation links, so these run through them: they show where the two are written about, not how they relate.',
  pathN: 'Path {n}',
  pickEntity: 'Pick an entity',
  swap: 'Swap',

  // Outline
  outlineHeading: 'Outline of the current graph',
  outlineIntro: 'The same graph as the canvas, as tables. Selecting a row selects it on the canvas.',
  outlineNodes: 'Entities',
  outlineEdges: 'Relationships',
  colKind: 'Kind',
  colName: 'Name',
  colFrom: 'From',
  colRelation: 'Relationship',
  colTo: 'To',
  outlineEmpty: 'The graph is empty.',

  // States
  loading: 'Loading…',
  loadingGraph: 'Loading the graph…',
  errorDown: 'The atlas cannot reach its database right now. Your view is kept; please try again in a moment.',
  errorNetwork: 'The atlas server cannot be reached. Check your connection, then try again.',
  errorNotFound: 'That entity is not in the atlas (it may have been renamed).',
  errorBadInput: 'That request could not be understood.',
  errorGeneric: 'Something went wrong while loading. Please try again.',
  retry: 'Retry',
  exportFailed: 'The export failed: {reason}',
  exportNothing: 'Select one or more entities first.',

  // Facts export
  factsTitle: 'Selected facts — Dual-Use AI Atlas',
  factsGenerated: 'Exported {date} from {url}',
  factsSources: 'Sources',
  factsRelations: 'Relationships',
  factsProperties: 'Properties',

  // Exports of the view, briefing and permalinks
  exportPng1: 'Image (PNG, 1×)',
  exportPng3: 'Image (PNG, 3×, for print)',
  exportJson: 'Data (JSON, with sources)',
  exportCsv: 'Data (CSV: nodes and edges)',
  exportGraphml: 'Data (GraphML, for Gephi or yEd)',
  briefingOpen: 'Briefing',
  briefingOpenLabel: 'Build a briefing on the selected entities, or on the whole view when nothing is selected',
  briefingHeading: 'Briefing',
  briefingTitleLabel: 'Title',
  briefingMarkdown: 'Download Markdown',
  briefingPrint: 'Print / Save as PDF',
  briefingClose: 'Back to the graph',
  briefingLoading: 'Preparing the briefing…',
  briefingFailed: 'The briefing could not be prepared. Please try again.',
  briefingDownloadFailed: 'The Markdown file could not be prepared. Please try again.',
  briefingAsOf: 'As of {date}',
  briefingVersion: 'data version {version}',
  briefingDiagramAlt: 'Diagram of the entities in this briefing and their relationships',
  briefingDiagramPending: 'The diagram appears when the graph has been drawn.',
  briefingFootnoteRef: 'Footnote {n}',
  briefingFootnotes: 'Sources',
  briefingSupplementary: '(supplementary source)',
  linkVersionChanged:
    'This link was made with data version {link}; the data is now version {current}, so the view may differ.',
  ...canvas.en,
  ...habits.en,
  ...views.en,
  ...screens.en,
  ...errors.en,
  ...exports.en,
  ...time.en,
  ...matrix.en,
} as const;

export type MessageKey = keyof typeof en;
/** The Chinese dictionary has the English one's keys, and a count-dependent message where the English has one. */
export type Messages = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };

const zh: Messages = {
  appTitle: '两用人工智能图谱',
  appTagline: '谁管制人工智能芯片、模型和云服务的出口——以及管制如何被规避。',
  skipToGraph: '跳到图谱',
  switchTo: 'English',
  switchToLabel: '将界面和数据切换为英文',

  startHeading: '探索图谱',
  startIntro:
    '一个有出处的知识图谱，关于两用人工智能技术的出口管制：技术、覆盖它们的管制机制、条约和措施、背后的机构，以及规避管制的途径。每一条事实都链接到工发组织专家报告中的出处。',
  suggestedQuestions: '推荐问题',
  qCoverageChip: '哪些机制管制英伟达 H100 芯片？为什么？',
  qCoverageChipHint: '从芯片追溯到每一个覆盖它的机制、条约和措施。',
  qCircumvention: '芯片出口管制如何被规避？',
  qCircumventionHint: '规避途径、它们规避了什么，以及如何应对。',
  qImplements: '哪些机构执行哪些条约和机制？',
  qImplementsHint: '以“执行实施”和“主管”关系相连的机构、条约和机制。',
  qResolutions: '哪些联合国决议涉及军事人工智能？',
  qResolutionsHint: '决议、通过它们的机构，以及它们涉及的问题。',
  qPaths: '瓦森纳安排与美国芯片管制有何关联？',
  qPathsHint: '两者之间最短的关系链。',
  statsLine: '{entities}，{relationships}',
  entityCount: { other: '{count} 个实体' },
  relationshipCount: { other: '{count} 条关系' },
  statsOverview: '画布显示连接最多的 {shown} 个实体。',
  missingFromLink: { other: '此链接中的 {count} 个实体已不在图谱中。' },
  tips: '提示',
  tipDoubleClick: '双击节点可展开；按住 Shift 拖动或使用框选工具可选择多个节点。',
  tipKeyboard: '按 / 搜索，Ctrl+Z / Ctrl+Y 撤销和重做；“大纲”标签页支持键盘浏览。',

  searchLabel: '搜索图谱',
  searchPlaceholder: '搜索：芯片、H100、瓦森纳…',
  searchNoResults: '没有与“{text}”匹配的实体。',
  searchSearching: '正在搜索…',
  searchResults: { other: '{count} 个结果' },
  searchHint: '用 ↑ ↓ 移动，回车打开，Esc 关闭。',
  alsoKnownAs: '又名',

  tabsLabel: '侧边面板',
  tabExplore: '开始',
  tabCoverage: '管制覆盖',
  tabPaths: '路径',
  tabOutline: '大纲',

  toolbarLabel: '图谱工具',
  layout: '布局',
  layoutFcose: '力导向',
  layoutDagre: '层次',
  layoutConcentric: '同心圆',
  relayout: '重新布局',
  fit: '适应屏幕',
  zoomIn: '放大',
  zoomOut: '缩小',
  centerSelection: '居中显示所选',
  edgeLabels: '关系标签',
  boxSelect: '框选',
  undo: '撤销',
  redo: '重做',
  exportMenu: '导出',
  exportPng: '图片（PNG）',
  exportSvg: '图片（SVG）',
  exportFacts: '带出处的事实（Markdown）',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  clearView: '清空',

  canvasLabel: '包含 {entities}和 {relationships}的图谱',
  emptyCanvas: '暂无内容。请搜索实体或打开一个推荐问题。',
  allFiltered: '此视图中的所有实体都被图例筛选隐藏了。',
  doubleClickExpand: '双击展开',

  legend: '图例',
  legendHint: '点击类别以显示或隐藏',
  showKind: '显示{kind}',
  hideKind: '隐藏{kind}',
  relationshipTypes: '关系',
  showAll: '全部显示',

  expand: '展开',
  expandAll: '全部关系',
  expandMenu: '按关系展开',
  expandCount: '已显示 {visible} / {total}',
  collapse: '收起',
  hide: '隐藏',
  pin: '固定',
  unpin: '取消固定',
  traceCoverage: '追溯管制覆盖',
  pathsFromHere: '从此处查找路径',
  pathsBetween: '查找两者之间的路径',
  showingOf: '显示{name}的 {total} 个相邻实体中的 {shown} 个。',
  hubSampled: '一个关系超过 {cap} 条的枢纽实体已抽样展开，部分相邻实体可能未列出。',
  loadMore: '再加载 {more} 个',
  dismiss: '关闭',

  details: '详情',
  detailEmpty: '选择一个节点或一条关系，查看其事实和出处。',
  kind: '类别',
  summary: '摘要',
  noteCorrection: '说明',
  aliases: '又名',
  properties: '属性',
  sources: '出处',
  noSources: '未记录出处。',
  relations: '关系',
  noRelations: '没有关系。',
  section: '章节：{section}',
  footnote: '脚注 {n}',
  supplementary: '补充来源',
  openSource: '打开出处',
  translationByAtlas: '本图谱的译文',
  showOriginal: '原文（中文）',
  originalQuote: '原文',
  website: '网站',
  selectedCount: '已选择 {count} 项',
  selectedEntities: '所选实体',
  relationship: '关系',
  from: '起点',
  to: '终点',
  inView: '已在图中',
  addToView: '加入图中并选中',

  coverageHeading: '哪些机制覆盖{name}？',
  coverageNone: '图谱中没有覆盖{name}的机制、条约或措施。',
  coveragePick: '选择一项技术以追溯其管制覆盖。',
  coverageFinding: '发现',
  findingGeneralOnly: '没有任何文书被指明管制{name}或其所属类别；它可能仅属于一般性措施的范围。',
  findingMeasuresOnly: '没有任何机制或条约被指明管制{name}或其所属类别；被指明的只有下列管制措施。',
  coveredBy: '受…管制',
  coveredByIntro: '出处称以下各项管制{name}本身或其所属的类别。',
  mayFallWithin: '可能属于…范围',
  mayFallWithinIntro: '仅经由适用范围宽泛的管制措施关联：没有出处称以下各项管制{name}或其所属类别。',
  canvasKey: '画布上：',
  basisNAMED: '明确指明',
  basisCATEGORY: '所属类别',
  basisGENERAL: '仅经一般性措施',
  reasonNamed: '明确指明：出处称{instrument}管制{tech}本身。',
  reasonNamedVia: '明确指明：{instrument}采用{measure}，出处称该措施管制{tech}本身。',
  reasonCategory: '所属类别：{instrument}管制{category}，{link}。',
  reasonCategoryVia: '所属类别：{instrument}采用{measure}，该措施管制{category}，{link}。',
  linkExample: '{tech}是其实例',
  linkSubtype: '{tech}是其子类',
  linkBroader: '{tech}属于这一更宽泛的类别',
  reasonGeneral: '仅经由一般性措施“{measure}”。',
  reasonGeneralSelf: '仅经由一般性措施“{measure}”本身。',
  appliedBy: '实施方',
  appliedByNone: '图谱未记录由谁实施。',
  roleEMPLOYS: '采用',
  roleADMINISTERS: '主管',
  roleENFORCES: '执行',
  roleIMPLEMENTS: '实施',
  roleMEMBER_OF: '是其成员',
  roleADOPTED_BY: '通过了它',
  roleViaEMPLOYS: '采用{via}，后者采用本措施',
  roleViaADMINISTERS: '主管{via}，后者采用本措施',
  roleViaENFORCES: '执行{via}，后者采用本措施',
  roleViaIMPLEMENTS: '实施{via}，后者采用本措施',
  roleViaMEMBER_OF: '是{via}的成员，后者采用本措施',
  roleViaADOPTED_BY: '通过了{via}，后者采用本措施',
  showAllPaths: '全部高亮',
  citations: '引用',
  citation: '引用 {n}',
  hops: { other: '{count} 步' },

  pathsHeading: '两个实体之间的路径',
  pathsIntro: '查找任意两个实体之间最短的关系链。',
  pathFrom: '起点',
  pathTo: '终点',
  pathMaxLength: '最多',
  pathsFind: '查找路径',
  pathsNone: '没有不超过 {n} 步的路径连接这两个实体。',
  pathsNoneFiltered: '在所选的关系类型中，没有不超过 {n} 步的路径连接这两个实体。',
  pathsSkippedHubsLabel: '未经过的枢纽实体',
  pathsSkippedHubs: '路径从不经过枢纽实体（关系超过 {cap} 条的实体），因此经过以下实体的路径可能未列出：',
  listSeparator: '、',
  pathsFound: { other: '{count} 条最短路径' },
  pathTypes: '关系类型',
  pathTypesUsed: '已用 {used}/{total}',
  pathTypesNote:
    '引用类关系（引用、由…发布）默认关闭：它们说明事实写在哪里，而不说明两者如何相关。只有在没有其他路径时，才显示经由它们的路径。',
  pathTypesCitationsOn: '引用类关系已开启：经由它们的路径只说明事实写在哪里，而不说明两者如何相关。',
  pathTypesHidden: '已在图例中隐藏',
  pathTypesHiddenNote: '图例中隐藏的关系类型也不参与路径查找。',
  pathTypesReset: '重置',
  onlyThroughCitations: '仅通过引用',
  throughCitations: '经由引用',
  onlyThroughCitationsNote:
    '除经由引用类关系外，没有路径连接这两者，因此以下路径经由引用：它们只说明两者在哪里被提及，而不说明两者如何相关。',
  pathN: '路径 {n}',
  pickEntity: '选择一个实体',
  swap: '交换',

  outlineHeading: '当前图谱大纲',
  outlineIntro: '与画布相同的图谱，以表格呈现。选择一行即在画布上选中。',
  outlineNodes: '实体',
  outlineEdges: '关系',
  colKind: '类别',
  colName: '名称',
  colFrom: '起点',
  colRelation: '关系',
  colTo: '终点',
  outlineEmpty: '图谱为空。',

  loading: '正在加载…',
  loadingGraph: '正在加载图谱…',
  errorDown: '图谱暂时无法连接数据库。您的视图已保留，请稍后重试。',
  errorNetwork: '无法连接图谱服务器。请检查网络连接后重试。',
  errorNotFound: '图谱中没有该实体（可能已更名）。',
  errorBadInput: '无法理解该请求。',
  errorGeneric: '加载时出错，请重试。',
  retry: '重试',
  exportFailed: '导出失败：{reason}',
  exportNothing: '请先选择一个或多个实体。',

  factsTitle: '所选事实——两用人工智能图谱',
  factsGenerated: '导出于 {date}，来源 {url}',
  factsSources: '出处',
  factsRelations: '关系',
  factsProperties: '属性',

  exportPng1: '图片（PNG，1×）',
  exportPng3: '图片（PNG，3×，适合打印）',
  exportJson: '数据（JSON，含出处）',
  exportCsv: '数据（CSV：节点和关系）',
  exportGraphml: '数据（GraphML，供 Gephi 或 yEd 使用）',
  briefingOpen: '简报',
  briefingOpenLabel: '为所选实体生成简报；未选择时为整个视图生成',
  briefingHeading: '简报',
  briefingTitleLabel: '标题',
  briefingMarkdown: '下载 Markdown',
  briefingPrint: '打印 / 另存为 PDF',
  briefingClose: '返回图谱',
  briefingLoading: '正在生成简报…',
  briefingFailed: '简报生成失败，请重试。',
  briefingDownloadFailed: 'Markdown 文件生成失败，请重试。',
  briefingAsOf: '截至 {date}',
  briefingVersion: '数据版本 {version}',
  briefingDiagramAlt: '本简报中的实体及其关系示意图',
  briefingDiagramPending: '图谱绘制完成后将显示示意图。',
  briefingFootnoteRef: '脚注 {n}',
  briefingFootnotes: '出处',
  briefingSupplementary: '（补充来源）',
  linkVersionChanged: '此链接生成时的数据版本为 {link}，当前数据版本为 {current}，视图可能有所不同。',
  ...canvas.zh,
  ...habits.zh,
  ...views.zh,
  ...screens.zh,
  ...errors.zh,
  ...exports.zh,
  ...time.zh,
  ...matrix.zh,
} satisfies Record<string, string | Plural>;

export const MESSAGES: Record<'en' | 'zh', Messages> = { en, zh };

/**
 * A message that depends on a count (the `count` parameter): one form per plural category the language has, as
 * Intl.PluralRules names them ("1 step", "2 steps"); `other` is the form every language has. Chinese needs only it.
 */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of a message for a count, in a language's plural rules. */
export function pluralForm(message: Plural, count: number, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/** A message's text for the given parameters: the form for `count` when it depends on one, placeholders filled. */
export function message(
  messages: Messages,
  key: MessageKey,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const m: string | Plural = messages[key];
  const text = typeof m === 'string' ? m : pluralForm(m, Number(params.count), lang);
  return format(text, params);
}

export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}
