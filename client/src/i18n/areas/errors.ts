/** Strings of the interface's errors area, in English and Chinese (joined into the dictionaries by messages.ts). */
import type { AreaMessages } from './area';

export const en = {
  errorRateLimited: 'Too many requests were sent from this browser in a short time. Wait a minute, then try again.',

  // A request that failed or was refused, in the panel that waited for it: what failed, why, what to do.
  failedCoverage: 'The coverage could not be loaded.',
  failedPaths: 'The paths could not be found.',
  failedEntity: 'The details could not be loaded.',
  failedSearch: 'The search failed.',
  causeDown: 'The database did not answer, even after several tries. Try again in a moment.',
  causeNetwork: 'The atlas server cannot be reached. Check your connection, then try again.',
  causeRateLimited: 'Too many requests were sent in a short time. Wait a minute, then try again.',
  causeNotFound: 'It is not in the atlas (it may have been renamed or removed). Search for it by name.',
  causeBadInput: 'The server refused the request. Change what you asked for, then try again.',
  causeGeneric: 'Something unexpected went wrong. Try again.',
  coverageUnknown: 'The technology “{id}” is not in the atlas (it may have been renamed). Search for it by name.',
  pathEndUnknown: 'The {end} “{id}” is not in the atlas (it may have been renamed). Pick another entity.',
  pathStart: 'start of the path',
  pathEnd: 'end of the path',

  // Search text over the server's limit is refused in the box.
  searchTooLong: 'At most {max} characters ({count} typed). Shorten the text to search.',

  // Disabled controls say why.
  coverageTabDisabled: 'Pick a technology to trace its coverage',

  // A link with parts the atlas cannot read: which part, what was done instead, what to do.
  linkProblemsLabel: 'Problems with this link',
  linkLayout:
    'The link’s layout “{value}” is not one the atlas has, so the default layout is used. Pick one in the toolbar.',
  linkLang: 'The link’s language “{value}” is not en or zh, so your usual language is used. Switch it in the header.',
  linkLabels: 'The link’s labels setting “{value}” is not 0 or 1, so relationship labels are shown.',
  linkTab: 'The link’s tab “{value}” is not one the atlas has, so the start panel is shown.',
  linkVersion: 'The link’s data version “{value}” is malformed, so it was ignored.',
  linkHide: 'The link hides kinds the atlas does not have ({values}); they were ignored.',
  linkHrel: 'The link hides relationship types the atlas does not have ({values}); they were ignored.',
  linkPathOneEnd: 'The link’s path search names only one end. Pick the other in the Paths panel.',
  linkResultEnds: 'The link’s result names entities its view did not hold ({ids}); they were added to the canvas.',
  linkCovNotTechnology:
    'The link asks for the coverage of {name}, which is not a technology, so it is opened instead. Pick a technology to trace its coverage.',
  linkCovUnknown:
    'The link asks for the coverage of “{id}”, which is not in the atlas (it may have been renamed). Search for it by name.',
  linkPathUnknown:
    'The link’s path search names “{id}”, which is not in the atlas (it may have been renamed). Pick another entity.',
  linkMissing: 'Not found: {ids}. The rest of the link is opened; search for them by name.',
  linkAllMissing:
    'None of the link’s entities is in the atlas ({ids}). Search for them by name, or go back to the overview.',
} as const;

export const zh = {
  errorRateLimited: '此浏览器在短时间内发送的请求过多。请稍候一分钟再试。',

  failedCoverage: '无法加载管制范围。',
  failedPaths: '无法查找路径。',
  failedEntity: '无法加载详细信息。',
  failedSearch: '搜索失败。',
  causeDown: '数据库多次尝试后仍未响应。请稍后重试。',
  causeNetwork: '无法连接图谱服务器。请检查网络连接后重试。',
  causeRateLimited: '短时间内请求过多。请稍候一分钟再试。',
  causeNotFound: '图谱中没有该项（可能已更名或删除）。请按名称搜索。',
  causeBadInput: '服务器拒绝了该请求。请修改所查询的内容后重试。',
  causeGeneric: '出现意外错误。请重试。',
  coverageUnknown: '图谱中没有技术“{id}”（可能已更名）。请按名称搜索。',
  pathEndUnknown: '图谱中没有{end}“{id}”（可能已更名）。请选择其他实体。',
  pathStart: '路径起点',
  pathEnd: '路径终点',

  searchTooLong: '最多 {max} 个字符（已输入 {count} 个）。请缩短后再搜索。',

  coverageTabDisabled: '请选择一项技术以追踪其管制范围',

  linkProblemsLabel: '此链接的问题',
  linkLayout: '链接中的布局“{value}”不存在，已使用默认布局。请在工具栏中选择。',
  linkLang: '链接中的语言“{value}”不是 en 或 zh，已使用您常用的语言。可在页头切换。',
  linkLabels: '链接中的标签设置“{value}”不是 0 或 1，已显示关系标签。',
  linkTab: '链接中的标签页“{value}”不存在，已显示起始面板。',
  linkVersion: '链接中的数据版本“{value}”格式有误，已忽略。',
  linkHide: '链接隐藏了图谱中没有的类型（{values}），已忽略。',
  linkHrel: '链接隐藏了图谱中没有的关系类型（{values}），已忽略。',
  linkPathOneEnd: '链接中的路径查询只有一端。请在“路径”面板中选择另一端。',
  linkResultEnds: '链接中的结果包含其视图中没有的实体（{ids}），已添加到画布。',
  linkCovNotTechnology:
    '链接要求追踪{name}的管制范围，但它不是技术，因此改为打开该实体。请选择一项技术以追踪其管制范围。',
  linkCovUnknown: '链接要求追踪“{id}”的管制范围，但图谱中没有该项（可能已更名）。请按名称搜索。',
  linkPathUnknown: '链接中的路径查询包含“{id}”，但图谱中没有该项（可能已更名）。请选择其他实体。',
  linkMissing: '未找到：{ids}。已打开链接的其余部分；请按名称搜索。',
  linkAllMissing: '链接中的实体均不在图谱中（{ids}）。请按名称搜索，或返回概览。',
} satisfies AreaMessages<typeof en>;
