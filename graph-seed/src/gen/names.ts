/**
 * Bilingual names for synthetic entities: an English name with its Chinese rendering, built from small word lists
 * per kind, plus a model-style code so that names are unique and searchable by prefix, acronym and code.
 */
import type { EntityKind } from '#domain';

type Word = readonly [en: string, zh: string];

const QUALIFIERS: readonly Word[] = [
  ['Quantum', '量子'],
  ['Neural', '神经'],
  ['Adaptive', '自适应'],
  ['Autonomous', '自主'],
  ['Secure', '安全'],
  ['Distributed', '分布式'],
  ['Advanced', '先进'],
  ['Strategic', '战略'],
  ['Integrated', '集成'],
  ['Cognitive', '认知'],
  ['Orbital', '轨道'],
  ['Maritime', '海上'],
  ['Cyber', '网络'],
  ['Photonic', '光子'],
  ['Generative', '生成式'],
  ['Federated', '联邦'],
  ['Tactical', '战术'],
  ['Civil', '民用'],
  ['Regional', '区域'],
  ['Open', '开放'],
];

const NOUNS: Record<EntityKind, readonly Word[]> = {
  TECHNOLOGY: [
    ['Processor', '处理器'],
    ['Accelerator', '加速器'],
    ['Language Model', '语言模型'],
    ['Lidar', '激光雷达'],
    ['Chip', '芯片'],
    ['Sensor', '传感器'],
    ['Vision System', '视觉系统'],
    ['Training Cluster', '训练集群'],
  ],
  APPLICATION: [
    ['Surveillance', '监控'],
    ['Navigation', '导航'],
    ['Target Recognition', '目标识别'],
    ['Logistics', '物流'],
    ['Diagnostics', '诊断'],
    ['Translation', '翻译'],
  ],
  TREATY: [
    ['Convention', '公约'],
    ['Treaty', '条约'],
    ['Protocol', '议定书'],
  ],
  REGIME: [
    ['Arrangement', '安排'],
    ['Export Control Regulation', '出口管制条例'],
    ['Control List', '管制清单'],
  ],
  CONTROL_MEASURE: [
    ['Licensing Requirement', '许可要求'],
    ['End-Use Control', '最终用途管制'],
    ['Entity Listing', '实体清单'],
    ['Investment Screening', '投资审查'],
  ],
  CIRCUMVENTION: [
    ['Transshipment', '转运'],
    ['Shell Company Scheme', '空壳公司手段'],
    ['Cloud Access Route', '云访问途径'],
  ],
  AGENCY: [
    ['Bureau', '局'],
    ['Commission', '委员会'],
    ['Ministry', '部'],
    ['Office', '办公室'],
  ],
  ORGANIZATION: [
    ['Systems', '系统公司'],
    ['Technologies', '科技公司'],
    ['Semiconductor', '半导体公司'],
    ['Alliance', '联盟'],
    ['Foundation', '基金会'],
  ],
  RESOLUTION: [
    ['Resolution', '决议'],
    ['Decision', '决定'],
  ],
  DOCUMENT: [
    ['Report', '报告'],
    ['Filing', '文件'],
    ['White Paper', '白皮书'],
    ['Guidance', '指南'],
  ],
  EVENT: [
    ['Summit', '峰会'],
    ['Conference', '会议'],
    ['Open Debate', '公开辩论'],
  ],
  CONCEPT: [
    ['Risk', '风险'],
    ['Principle', '原则'],
    ['Dilemma', '困境'],
    ['Governance Gap', '治理缺口'],
  ],
  JURISDICTION: [
    ['Republic', '共和国'],
    ['Federation', '联邦'],
    ['Union', '联盟'],
    ['Territory', '领地'],
  ],
};

const KIND_ZH: Record<EntityKind, string> = {
  TECHNOLOGY: '技术',
  APPLICATION: '用途',
  TREATY: '条约',
  REGIME: '管制制度',
  CONTROL_MEASURE: '管制措施',
  CIRCUMVENTION: '规避手段',
  AGENCY: '机构',
  ORGANIZATION: '组织',
  RESOLUTION: '决议',
  DOCUMENT: '文件',
  EVENT: '事件',
  CONCEPT: '概念',
  JURISDICTION: '法域',
};

export interface SyntheticNames {
  readonly en: string;
  readonly zh: string;
  /** Lower-case ASCII words joined by hyphens, for the id. */
  readonly slug: string;
  readonly acronym: string;
  readonly shortZh: string;
  readonly summaryEn: string;
  readonly summaryZh: string;
}

function pick<T>(items: readonly T[], u: number): T {
  const item = items[Math.floor(u * items.length)];
  if (item === undefined) throw new Error('empty word list');
  return item;
}

/** The names of synthetic entity `index` of `kind`, from three uniform draws. */
export function syntheticNames(kind: EntityKind, index: number, draw: () => number): SyntheticNames {
  const first = pick(QUALIFIERS, draw());
  const second = pick(QUALIFIERS, draw());
  const noun = pick(NOUNS[kind], draw());
  const words = first === second ? [first, noun] : [first, second, noun];
  const code = index.toString(36).toUpperCase();
  const en = `${words.map(([word]) => word).join(' ')} ${code}`;
  const zh = `${words.map(([, word]) => word).join('')}${code}`;
  const acronym = `${words.map(([word]) => word.replace(/[^A-Za-z]/gu, '').slice(0, 1)).join('')}-${code}`;
  return {
    en,
    zh,
    slug: `${words.map(([word]) => word.toLowerCase().replace(/[^a-z0-9]+/gu, '-')).join('-')}-${code.toLowerCase()}`,
    acronym,
    shortZh: `${first[1]}${noun[1]}${code}`,
    summaryEn: `A synthetic ${kind.toLowerCase().replace('_', ' ')} generated for scale tests: ${en}.`,
    summaryZh: `为规模测试生成的合成${KIND_ZH[kind]}：${zh}。`,
  };
}
