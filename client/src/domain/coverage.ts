/**
 * How strong each coverage claim is, in words. The API says on which basis an instrument covers a technology (NAMED:
 * a source says it controls the technology itself; CATEGORY: a broader category; GENERAL: reached only through a
 * control measure of general scope). This module groups the items into "covered by" (NAMED, CATEGORY) and "may fall
 * within" (GENERAL), states the finding when the groups say something by themselves (nothing covers the technology,
 * only general measures reach it, or no regime or treaty is said to control it), and writes the one-line reason of
 * each item and the role of each actor that applies an instrument. Pure, so that every sentence can be tested.
 */
import { relationLabel } from '../i18n/I18n';
import { message, MESSAGES, type MessageKey } from '../i18n/messages';
import { nodeName, type Lang, type NodeInfo } from '../state/types';

export type CoverageBasis = 'NAMED' | 'CATEGORY' | 'GENERAL';

const BASIS_RANK: Readonly<Record<CoverageBasis, number>> = { NAMED: 0, CATEGORY: 1, GENERAL: 2 };

export interface CoverageNode extends NodeInfo {
  /** GENERAL or SPECIFIC on control measures; null or absent on everything else. */
  readonly scope?: string | null;
  readonly scopeNote?: string | null;
}

export interface CoverageActorLike {
  readonly role: string;
  readonly entity: NodeInfo;
  readonly path: { readonly length: number; readonly nodes: readonly NodeInfo[] };
}

/** The parts of a coverage item these functions read (the API's Coverage type satisfies it). */
export interface CoverageItemLike {
  readonly basis: CoverageBasis;
  readonly instrument: NodeInfo;
  readonly path: {
    readonly length: number;
    readonly nodes: readonly CoverageNode[];
    readonly edges: readonly { readonly type: string }[];
  };
  readonly appliedBy: readonly CoverageActorLike[];
}

/** An item with its position in the API's answer, which is how the canvas highlight and focus refer to it. */
export interface Indexed<T> {
  readonly item: T;
  readonly index: number;
}

/**
 * - `none`: nothing in the atlas covers the technology;
 * - `generalOnly`: only general measures reach it (no instrument is said to control it or its category);
 * - `measuresOnly`: what is said to control it or its category are control measures, never a regime or treaty.
 */
export type CoverageFinding = 'none' | 'generalOnly' | 'measuresOnly';

export interface CoverageGroups<T> {
  /** NAMED, then CATEGORY; shortest path first within each. */
  readonly covered: readonly Indexed<T>[];
  /** GENERAL, shortest path first. */
  readonly general: readonly Indexed<T>[];
  readonly finding: CoverageFinding | null;
}

export function isCovered(basis: CoverageBasis): boolean {
  return basis !== 'GENERAL';
}

/**
 * Splits the items into "covered by" and "may fall within", strongest basis and shortest path first. The API
 * already answers in that order; sorting again (stably) keeps the view right if it ever does not.
 */
export function groupCoverage<T extends CoverageItemLike>(items: readonly T[]): CoverageGroups<T> {
  const ordered = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        BASIS_RANK[a.item.basis] - BASIS_RANK[b.item.basis] ||
        a.item.path.length - b.item.path.length ||
        a.index - b.index,
    );
  const covered = ordered.filter((x) => isCovered(x.item.basis));
  const general = ordered.filter((x) => !isCovered(x.item.basis));
  let finding: CoverageFinding | null = null;
  if (items.length === 0) finding = 'none';
  else if (covered.length === 0) finding = 'generalOnly';
  else if (covered.every((x) => x.item.instrument.kind === 'CONTROL_MEASURE')) finding = 'measuresOnly';
  return { covered, general, finding };
}

export const FINDING_MESSAGE: Readonly<Record<CoverageFinding, MessageKey>> = {
  none: 'coverageNone',
  generalOnly: 'findingGeneralOnly',
  measuresOnly: 'findingMeasuresOnly',
};

/** The general measure a GENERAL item goes through: the path's measure marked GENERAL (else its last measure). */
export function generalMeasure(item: CoverageItemLike): CoverageNode {
  const nodes = item.path.nodes;
  return (
    nodes.findLast((n) => n.scope === 'GENERAL') ??
    nodes.findLast((n) => n.kind === 'CONTROL_MEASURE') ??
    item.instrument
  );
}

function say(lang: Lang, key: MessageKey, params: Readonly<Record<string, string>>): string {
  return message(MESSAGES[lang], key, lang, params);
}

/** How the technology reaches the category that is controlled, read from the technology. */
function categoryLink(edgeTypes: readonly string[]): MessageKey {
  if (edgeTypes.length === 1 && edgeTypes[0] === 'EXAMPLE_OF') return 'linkExample';
  if (edgeTypes.length === 1 && edgeTypes[0] === 'SUBTYPE_OF') return 'linkSubtype';
  return 'linkBroader';
}

/**
 * One line that says why the item is in its group, e.g. "Named: the source says Export restrictions on
 * semiconductors controls NVIDIA H100 itself." or "Only through the general measure Control lists."
 */
export function coverageReason(item: CoverageItemLike, lang: Lang): string {
  const { nodes, edges } = item.path;
  const name = (n: NodeInfo) => nodeName(n, lang);
  const tech = nodes[0] ?? item.instrument;
  const instrument = name(item.instrument);

  if (item.basis === 'GENERAL') {
    const measure = generalMeasure(item);
    return measure.id === item.instrument.id
      ? say(lang, 'reasonGeneralSelf', { measure: name(measure) })
      : say(lang, 'reasonGeneral', { measure: name(measure) });
  }

  // The path reads technology (→ broader technology …) →CONTROLLED_BY→ X (←EMPLOYS← instrument, when X is a measure).
  const controlled = edges.findIndex((e) => e.type === 'CONTROLLED_BY');
  const controller = controlled >= 0 ? nodes[controlled + 1] : undefined;
  const measure = controller && controller.id !== item.instrument.id ? name(controller) : null;
  const category = controlled > 0 ? nodes[controlled] : undefined;

  if (item.basis === 'NAMED' || !category) {
    const params = { instrument, measure: measure ?? '', tech: name(tech) };
    return say(lang, measure ? 'reasonNamedVia' : 'reasonNamed', params);
  }
  const link = say(lang, categoryLink(edges.slice(0, controlled).map((e) => e.type)), { tech: name(tech) });
  const params = { instrument, measure: measure ?? '', category: name(category), link };
  return say(lang, measure ? 'reasonCategoryVia' : 'reasonCategory', params);
}

const ROLE_KEYS: Readonly<Record<string, readonly [direct: MessageKey, via: MessageKey]>> = {
  EMPLOYS: ['roleEMPLOYS', 'roleViaEMPLOYS'],
  ADMINISTERS: ['roleADMINISTERS', 'roleViaADMINISTERS'],
  ENFORCES: ['roleENFORCES', 'roleViaENFORCES'],
  IMPLEMENTS: ['roleIMPLEMENTS', 'roleViaIMPLEMENTS'],
  MEMBER_OF: ['roleMEMBER_OF', 'roleViaMEMBER_OF'],
  ADOPTED_BY: ['roleADOPTED_BY', 'roleViaADOPTED_BY'],
};

/**
 * What an actor does with the instrument, as a verb phrase that follows its name: "administers it", or, when the
 * actor reaches the instrument through a regime or treaty that employs it (a two-step path), "is a member of the
 * Wassenaar Arrangement, which employs it".
 */
export function actorRole(actor: CoverageActorLike, lang: Lang): string {
  const via = actor.path.length === 2 ? actor.path.nodes[1] : undefined;
  const keys = ROLE_KEYS[actor.role];
  if (!keys) {
    // A role this client does not know yet: the vocabulary's verb still reads correctly.
    const verb = relationLabel(actor.role, 'OUT', lang);
    return via ? `${verb} ${nodeName(via, lang)}` : verb;
  }
  return via ? say(lang, keys[1], { via: nodeName(via, lang) }) : say(lang, keys[0], {});
}
