/**
 * The graph's public vocabulary: entity kinds and relationship types with the kinds allowed at each end.
 * The validator, the loader, the GraphQL enum and the data dictionary (graph-seed/README.md) all read from here,
 * so a new type is added in exactly one place.
 */

export const ENTITY_KINDS = [
  'TECHNOLOGY',
  'APPLICATION',
  'TREATY',
  'REGIME',
  'CONTROL_MEASURE',
  'CIRCUMVENTION',
  'AGENCY',
  'ORGANIZATION',
  'RESOLUTION',
  'DOCUMENT',
  'EVENT',
  'CONCEPT',
  'JURISDICTION',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Neo4j label for each kind; every entity also carries the shared `Entity` label. */
export const KIND_LABEL: Record<EntityKind, string> = {
  TECHNOLOGY: 'Technology',
  APPLICATION: 'Application',
  TREATY: 'Treaty',
  REGIME: 'Regime',
  CONTROL_MEASURE: 'ControlMeasure',
  CIRCUMVENTION: 'Circumvention',
  AGENCY: 'Agency',
  ORGANIZATION: 'Organization',
  RESOLUTION: 'Resolution',
  DOCUMENT: 'Document',
  EVENT: 'Event',
  CONCEPT: 'Concept',
  JURISDICTION: 'Jurisdiction',
};

/** The id prefix each kind uses (`<prefix>:<slug>`), so an id says what it names. */
export const KIND_ID_PREFIX: Record<EntityKind, string> = {
  TECHNOLOGY: 'tech',
  APPLICATION: 'app',
  TREATY: 'treaty',
  REGIME: 'regime',
  CONTROL_MEASURE: 'measure',
  CIRCUMVENTION: 'circ',
  AGENCY: 'agency',
  ORGANIZATION: 'org',
  RESOLUTION: 'res',
  DOCUMENT: 'doc',
  EVENT: 'event',
  CONCEPT: 'concept',
  JURISDICTION: 'jur',
};

export interface RelationTypeSpec {
  /** Reads "<from> <verb> <to>", e.g. "NVIDIA H100 is an example of GPU". */
  readonly verb: { readonly en: string; readonly zh: string };
  /** The same relationship read from its target: "GPU has example NVIDIA H100". */
  readonly inverse: { readonly en: string; readonly zh: string };
  readonly meaning: string;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
}

const INSTRUMENT: readonly EntityKind[] = ['CONTROL_MEASURE', 'REGIME', 'TREATY'];

export const RELATION_TYPES = {
  SUBTYPE_OF: {
    verb: { en: 'is a subtype of', zh: '是…的子类' },
    inverse: { en: 'has subtype', zh: '包含子类' },
    meaning: 'A narrower category of a broader one (e.g. GPUs are a kind of AI chip hardware).',
    from: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'CONTROL_MEASURE', 'CIRCUMVENTION'],
    to: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'CONTROL_MEASURE', 'CIRCUMVENTION'],
  },
  EXAMPLE_OF: {
    verb: { en: 'is an example of', zh: '是…的实例' },
    inverse: { en: 'has example', zh: '实例包括' },
    meaning: 'A concrete, named product, model or case of a category (e.g. NVIDIA H100 of GPUs).',
    from: ['TECHNOLOGY', 'APPLICATION'],
    to: ['TECHNOLOGY', 'APPLICATION'],
  },
  USED_FOR: {
    verb: { en: 'is used for', zh: '用于' },
    inverse: { en: 'uses', zh: '使用' },
    meaning: 'A technology has this military or civilian use.',
    from: ['TECHNOLOGY'],
    to: ['APPLICATION'],
  },
  DEVELOPED_BY: {
    verb: { en: 'is developed or provided by', zh: '由…开发或提供' },
    inverse: { en: 'develops or provides', zh: '开发或提供' },
    meaning: 'The company or body behind a product, model or service.',
    from: ['TECHNOLOGY'],
    to: ['ORGANIZATION', 'AGENCY'],
  },
  CONTROLLED_BY: {
    verb: { en: 'is controlled by', zh: '受…管制' },
    inverse: { en: 'controls', zh: '管制' },
    meaning: 'A technology falls within the scope of a control measure, regime or treaty.',
    from: ['TECHNOLOGY'],
    to: INSTRUMENT,
  },
  EXEMPTS: {
    verb: { en: 'exempts', zh: '豁免' },
    inverse: { en: 'is exempted by', zh: '被…豁免' },
    meaning: 'A regime or measure expressly leaves this technology or category outside its scope.',
    from: INSTRUMENT,
    to: ['TECHNOLOGY', 'CONCEPT'],
  },
  EMPLOYS: {
    verb: { en: 'employs', zh: '采用' },
    inverse: { en: 'is employed by', zh: '被…采用' },
    meaning: 'A regime, jurisdiction or agency uses this control measure.',
    from: ['REGIME', 'TREATY', 'JURISDICTION', 'AGENCY'],
    to: ['CONTROL_MEASURE'],
  },
  TARGETS: {
    verb: { en: 'targets', zh: '针对' },
    inverse: { en: 'is targeted by', zh: '被…针对' },
    meaning: 'A measure is aimed at these end uses, end users, companies or states.',
    from: ['CONTROL_MEASURE'],
    to: ['APPLICATION', 'ORGANIZATION', 'JURISDICTION', 'CONCEPT'],
  },
  ADMINISTERS: {
    verb: { en: 'administers', zh: '主管' },
    inverse: { en: 'is administered by', zh: '由…主管' },
    meaning: 'An agency runs a regime, control measure or initiative.',
    from: ['AGENCY'],
    to: ['REGIME', 'CONTROL_MEASURE', 'ORGANIZATION'],
  },
  ENFORCES: {
    verb: { en: 'enforces', zh: '执行' },
    inverse: { en: 'is enforced by', zh: '由…执行' },
    meaning: 'An agency investigates and enforces compliance with a regime or measure.',
    from: ['AGENCY'],
    to: ['REGIME', 'CONTROL_MEASURE'],
  },
  IMPLEMENTS: {
    verb: { en: 'implements', zh: '执行实施' },
    inverse: { en: 'is implemented by', zh: '由…实施' },
    meaning: 'An international body carries out or verifies a treaty, regime or resolution.',
    from: ['AGENCY'],
    to: ['TREATY', 'REGIME', 'RESOLUTION'],
  },
  ADOPTED_BY: {
    verb: { en: 'was adopted by', zh: '由…通过' },
    inverse: { en: 'adopted', zh: '通过' },
    meaning: 'A resolution, decision, law or regulation was adopted or enacted by this body or jurisdiction.',
    from: ['RESOLUTION', 'REGIME', 'TREATY'],
    to: ['AGENCY', 'JURISDICTION'],
  },
  ADOPTED_AS: {
    verb: { en: 'was adopted as', zh: '通过后成为' },
    inverse: { en: 'was adopted from', zh: '源自草案' },
    meaning: 'A draft resolution became this adopted resolution.',
    from: ['RESOLUTION'],
    to: ['RESOLUTION'],
  },
  ADDRESSES: {
    verb: { en: 'addresses', zh: '涉及' },
    inverse: { en: 'is addressed by', zh: '被…涉及' },
    meaning: 'A resolution, document, event, body or instrument deals with this issue, technology or use.',
    from: ['RESOLUTION', 'DOCUMENT', 'EVENT', 'TREATY', 'REGIME', 'AGENCY', 'ORGANIZATION'],
    to: ['CONCEPT', 'TECHNOLOGY', 'APPLICATION'],
  },
  RAISES: {
    verb: { en: 'raises', zh: '引发' },
    inverse: { en: 'is raised by', zh: '由…引发' },
    meaning: 'A technology, use or practice gives rise to this concern or issue.',
    from: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'CIRCUMVENTION'],
    to: ['CONCEPT'],
  },
  EVADES: {
    verb: { en: 'evades', zh: '规避' },
    inverse: { en: 'is evaded by', zh: '被…规避' },
    meaning: 'A circumvention method gets around this measure or regime.',
    from: ['CIRCUMVENTION'],
    to: ['CONTROL_MEASURE', 'REGIME'],
  },
  EXPLOITS: {
    verb: { en: 'exploits', zh: '利用' },
    inverse: { en: 'is exploited by', zh: '被…利用' },
    meaning: 'A circumvention method relies on this technology, place or gap.',
    from: ['CIRCUMVENTION'],
    to: ['TECHNOLOGY', 'JURISDICTION', 'CONCEPT', 'ORGANIZATION'],
  },
  COUNTERED_BY: {
    verb: { en: 'is countered by', zh: '由…应对' },
    inverse: { en: 'counters', zh: '应对' },
    meaning: 'A control measure is designed to close this circumvention route.',
    from: ['CIRCUMVENTION'],
    to: ['CONTROL_MEASURE'],
  },
  ILLUSTRATED_BY: {
    verb: { en: 'is illustrated by', zh: '例证为' },
    inverse: { en: 'illustrates', zh: '例证了' },
    meaning: 'A case the report gives for a method, concern or trend.',
    from: ['CIRCUMVENTION', 'CONCEPT', 'CONTROL_MEASURE'],
    to: ['ORGANIZATION', 'EVENT', 'TECHNOLOGY', 'DOCUMENT', 'APPLICATION'],
  },
  MEMBER_OF: {
    verb: { en: 'is a member of', zh: '是…的成员' },
    inverse: { en: 'has member', zh: '成员包括' },
    meaning: 'A company, state or body belongs to an alliance, bloc, regime or organization.',
    from: ['ORGANIZATION', 'JURISDICTION', 'AGENCY'],
    to: ['ORGANIZATION', 'JURISDICTION', 'REGIME', 'AGENCY', 'TREATY'],
  },
  PART_OF: {
    verb: { en: 'is part of', zh: '隶属于' },
    inverse: { en: 'includes', zh: '下设' },
    meaning: 'An organ or unit belongs to a larger body or system.',
    from: ['AGENCY', 'JURISDICTION', 'EVENT'],
    to: ['AGENCY', 'JURISDICTION', 'EVENT'],
  },
  LAUNCHED_BY: {
    verb: { en: 'was launched by', zh: '由…发起' },
    inverse: { en: 'launched', zh: '发起' },
    meaning: 'An initiative, alliance or event was founded or co-founded by this body or company.',
    from: ['ORGANIZATION', 'EVENT', 'AGENCY'],
    to: ['AGENCY', 'ORGANIZATION', 'JURISDICTION'],
  },
  ORGANIZED_BY: {
    verb: { en: 'was organized by', zh: '由…举办' },
    inverse: { en: 'organized', zh: '举办' },
    meaning: 'A meeting, debate or conference was convened or hosted by this body.',
    from: ['EVENT'],
    to: ['AGENCY', 'ORGANIZATION', 'JURISDICTION'],
  },
  PUBLISHED_BY: {
    verb: { en: 'was published by', zh: '由…发布' },
    inverse: { en: 'published', zh: '发布' },
    meaning: 'The author or issuing body of a document or resolution text.',
    from: ['DOCUMENT', 'RESOLUTION'],
    to: ['AGENCY', 'ORGANIZATION', 'JURISDICTION'],
  },
  CITES: {
    verb: { en: 'cites', zh: '引用' },
    inverse: { en: 'is cited by', zh: '被…引用' },
    meaning: 'A document cites another work (the report cites each footnote source).',
    from: ['DOCUMENT', 'RESOLUTION'],
    to: ['DOCUMENT', 'RESOLUTION', 'TREATY', 'REGIME', 'AGENCY'],
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** The report itself: the DOCUMENT every non-supplementary quote is checked against. */
export const REPORT_DOCUMENT_ID = 'doc:unido-report';
