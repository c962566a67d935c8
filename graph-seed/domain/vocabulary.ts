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
  /** What a relationship of this type asserts, and what it must not be used for. */
  readonly meaning: string;
  /** Domain: the kinds allowed at the `from` end. */
  readonly from: readonly EntityKind[];
  /** Range: the kinds allowed at the `to` end. */
  readonly to: readonly EntityKind[];
  /** Both ends must be of the same kind (a taxonomy never crosses kinds). */
  readonly sameKind?: boolean;
}

/** The instruments that can control a technology: a measure, a regime (law, regulation, arrangement) or a treaty. */
const INSTRUMENT: readonly EntityKind[] = ['CONTROL_MEASURE', 'REGIME', 'TREATY'];

export const RELATION_TYPES = {
  SUBTYPE_OF: {
    verb: { en: 'is a subtype of', zh: '是…的子类' },
    inverse: { en: 'has subtype', zh: '包含子类' },
    meaning:
      'A narrower category is a kind of a broader category of the same kind (GPUs are a kind of AI chip hardware; ' +
      'neutral jurisdictions are a kind of State). Not for parts, members or named instances (PART_OF, MEMBER_OF, ' +
      'EXAMPLE_OF), and never between kinds.',
    from: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'CONTROL_MEASURE', 'CIRCUMVENTION', 'JURISDICTION'],
    to: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'CONTROL_MEASURE', 'CIRCUMVENTION', 'JURISDICTION'],
    sameKind: true,
  },
  EXAMPLE_OF: {
    verb: { en: 'is an example of', zh: '是…的实例' },
    inverse: { en: 'has example', zh: '实例包括' },
    meaning:
      'A concrete, named product, model, service or case is an instance of a category of the same kind (NVIDIA ' +
      'H100 of GPUs). The instance inherits nothing else: a use or a control stated of the category stays on the ' +
      'category unless a source states it of the instance.',
    from: ['TECHNOLOGY', 'APPLICATION'],
    to: ['TECHNOLOGY', 'APPLICATION'],
    sameKind: true,
  },
  USED_FOR: {
    verb: { en: 'is used for', zh: '用于' },
    inverse: { en: 'uses', zh: '使用' },
    meaning:
      'A source states that this technology is, or can be, used for this military, civilian or dual use. That a ' +
      'technology "may be restricted" in a use is not a statement of use.',
    from: ['TECHNOLOGY'],
    to: ['APPLICATION'],
  },
  DEVELOPED_BY: {
    verb: { en: 'is developed or provided by', zh: '由…开发或提供' },
    inverse: { en: 'develops or provides', zh: '开发或提供' },
    meaning:
      'The company or body that created, makes, maintains or provides this named product, model or service. A ' +
      'category of technology (lithography machines, GPUs) has no single developer.',
    from: ['TECHNOLOGY'],
    to: ['ORGANIZATION', 'AGENCY'],
  },
  CONTROLLED_BY: {
    verb: { en: 'is controlled by', zh: '受…管制' },
    inverse: { en: 'controls', zh: '管制' },
    meaning:
      'A source states that this technology, or the category it names, falls within the scope of this control ' +
      'measure, regime or treaty: its export or transfer needs a licence or is restricted. That AI depends on a ' +
      'technology, or that the two are mentioned together, is not enough.',
    from: ['TECHNOLOGY'],
    to: INSTRUMENT,
  },
  EXEMPTS: {
    verb: { en: 'exempts', zh: '豁免' },
    inverse: { en: 'is exempted by', zh: '被…豁免' },
    meaning: 'A measure, regime or treaty expressly leaves this technology or category of items outside its scope.',
    from: INSTRUMENT,
    to: ['TECHNOLOGY'],
  },
  EMPLOYS: {
    verb: { en: 'employs', zh: '采用' },
    inverse: { en: 'is employed by', zh: '被…采用' },
    meaning:
      'A jurisdiction applies this control measure, or a regime or treaty provides for it as one of its tools. ' +
      'An agency that runs or enforces a measure is linked by ADMINISTERS or ENFORCES instead.',
    from: ['JURISDICTION', 'REGIME', 'TREATY'],
    to: ['CONTROL_MEASURE'],
  },
  TARGETS: {
    verb: { en: 'targets', zh: '针对' },
    inverse: { en: 'is targeted by', zh: '被…针对' },
    meaning:
      'A measure is designed to stop items reaching this end use, end user or destination, or to weaken this ' +
      'capability. A route that a measure closes is not its target (that is the circumvention COUNTERED_BY it).',
    from: ['CONTROL_MEASURE'],
    to: ['APPLICATION', 'ORGANIZATION', 'JURISDICTION', 'CONCEPT'],
  },
  ADMINISTERS: {
    verb: { en: 'administers', zh: '主管' },
    inverse: { en: 'is administered by', zh: '由…主管' },
    meaning:
      'An agency runs this regime or measure: it issues its regulations, keeps its lists or decides its licences ' +
      '(BIS administers the Entity List).',
    from: ['AGENCY'],
    to: ['REGIME', 'CONTROL_MEASURE'],
  },
  ENFORCES: {
    verb: { en: 'enforces', zh: '执行' },
    inverse: { en: 'is enforced by', zh: '由…执行' },
    meaning: 'An agency inspects, investigates and penalises breaches of this regime or measure.',
    from: ['AGENCY'],
    to: ['REGIME', 'CONTROL_MEASURE'],
  },
  IMPLEMENTS: {
    verb: { en: 'implements', zh: '执行实施' },
    inverse: { en: 'is implemented by', zh: '由…实施' },
    meaning:
      'An international organization carries out or verifies compliance with this treaty, regime or resolution ' +
      '(the OPCW implements the Chemical Weapons Convention).',
    from: ['AGENCY'],
    to: ['TREATY', 'REGIME', 'RESOLUTION'],
  },
  ADOPTED_BY: {
    verb: { en: 'was adopted by', zh: '由…通过' },
    inverse: { en: 'adopted', zh: '通过' },
    meaning:
      'A resolution, law, regulation or treaty was formally adopted or enacted by this body or jurisdiction. A ' +
      'document a body only issues or endorses is PUBLISHED_BY it.',
    from: ['RESOLUTION', 'REGIME', 'TREATY'],
    to: ['AGENCY', 'JURISDICTION'],
  },
  ADOPTED_AS: {
    verb: { en: 'was adopted as', zh: '通过后成为' },
    inverse: { en: 'was adopted from', zh: '源自草案' },
    meaning: 'A draft resolution became this adopted resolution.',
    from: ['RESOLUTION'],
    to: ['RESOLUTION'],
    sameKind: true,
  },
  ADDRESSES: {
    verb: { en: 'addresses', zh: '涉及' },
    inverse: { en: 'is addressed by', zh: '被…涉及' },
    meaning:
      'A source states that this resolution, document, meeting, body or instrument deals with this issue, ' +
      'technology or use (discusses, warns of, promotes or defines it). Whether an instrument controls a ' +
      'technology is CONTROLLED_BY, not ADDRESSES.',
    from: ['RESOLUTION', 'DOCUMENT', 'EVENT', 'TREATY', 'REGIME', 'AGENCY', 'ORGANIZATION'],
    to: ['CONCEPT', 'TECHNOLOGY', 'APPLICATION'],
  },
  RAISES: {
    verb: { en: 'raises', zh: '引发' },
    inverse: { en: 'is raised by', zh: '由…引发' },
    meaning:
      'A source states that this technology, use, practice or issue gives rise to this concern, risk or question.',
    from: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'CIRCUMVENTION'],
    to: ['CONCEPT'],
  },
  EVADES: {
    verb: { en: 'evades', zh: '规避' },
    inverse: { en: 'is evaded by', zh: '被…规避' },
    meaning:
      'A source states that this circumvention method gets around this measure or regime (or says so of what the ' +
      'measure controls). Not inferred from the method being a circumvention in general.',
    from: ['CIRCUMVENTION'],
    to: ['CONTROL_MEASURE', 'REGIME'],
  },
  EXPLOITS: {
    verb: { en: 'exploits', zh: '利用' },
    inverse: { en: 'is exploited by', zh: '被…利用' },
    meaning: 'A circumvention method relies on or operates through this technology, place, kind of actor or gap.',
    from: ['CIRCUMVENTION'],
    to: ['TECHNOLOGY', 'JURISDICTION', 'CONCEPT', 'ORGANIZATION'],
  },
  COUNTERED_BY: {
    verb: { en: 'is countered by', zh: '由…应对' },
    inverse: { en: 'counters', zh: '应对' },
    meaning:
      'A source states that this control measure is designed to close or prevent this circumvention route (the ' +
      'measure names the route, or the source pairs them).',
    from: ['CIRCUMVENTION'],
    to: ['CONTROL_MEASURE'],
  },
  ILLUSTRATED_BY: {
    verb: { en: 'is illustrated by', zh: '例证为' },
    inverse: { en: 'illustrates', zh: '例证了' },
    meaning:
      'A concrete case (a company, event, document, technology, use or measure) that a source gives as an instance ' +
      'of this method, concern or trend. Not for the object a measure controls (CONTROLLED_BY).',
    from: ['CIRCUMVENTION', 'CONCEPT', 'CONTROL_MEASURE'],
    to: ['ORGANIZATION', 'EVENT', 'TECHNOLOGY', 'DOCUMENT', 'APPLICATION', 'CONTROL_MEASURE'],
  },
  MEMBER_OF: {
    verb: { en: 'is a member of', zh: '是…的成员' },
    inverse: { en: 'has member', zh: '成员包括' },
    meaning:
      'A company, State or body belongs to this alliance, bloc, organization or regime as a member, participating ' +
      'State or party.',
    from: ['ORGANIZATION', 'JURISDICTION', 'AGENCY'],
    to: ['ORGANIZATION', 'JURISDICTION', 'REGIME', 'AGENCY', 'TREATY'],
  },
  PART_OF: {
    verb: { en: 'is part of', zh: '隶属于' },
    inverse: { en: 'includes', zh: '下设' },
    meaning:
      'An organ, office, subsidiary body or session is a component of a larger body, government, regime or treaty ' +
      'framework (BIS of the Department of Commerce; a group of experts set up under a treaty). Groups of States ' +
      'are SUBTYPE_OF, members MEMBER_OF.',
    from: ['AGENCY', 'EVENT'],
    to: ['AGENCY', 'JURISDICTION', 'EVENT', 'REGIME', 'TREATY'],
  },
  LAUNCHED_BY: {
    verb: { en: 'was launched by', zh: '由…发起' },
    inverse: { en: 'launched', zh: '发起' },
    meaning: 'An initiative, alliance, body or event was founded or co-founded by this body, company or State.',
    from: ['ORGANIZATION', 'EVENT', 'AGENCY'],
    to: ['AGENCY', 'ORGANIZATION', 'JURISDICTION'],
  },
  ORGANIZED_BY: {
    verb: { en: 'was organized by', zh: '由…举办' },
    inverse: { en: 'organized', zh: '举办' },
    meaning:
      'A meeting, debate, conference or series of meetings was convened or hosted by this body or State, or held ' +
      'under this treaty by its parties.',
    from: ['EVENT'],
    to: ['AGENCY', 'ORGANIZATION', 'JURISDICTION', 'TREATY'],
  },
  PUBLISHED_BY: {
    verb: { en: 'was published by', zh: '由…发布' },
    inverse: { en: 'published', zh: '发布' },
    meaning:
      'The author or issuing body of this document or resolution text (bibliographic: says where a fact is written).',
    from: ['DOCUMENT', 'RESOLUTION'],
    to: ['AGENCY', 'ORGANIZATION', 'JURISDICTION'],
  },
  CITES: {
    verb: { en: 'cites', zh: '引用' },
    inverse: { en: 'is cited by', zh: '被…引用' },
    meaning:
      'A document cites this work or instrument as a source (the report cites each footnote source); ' +
      'bibliographic: it says where a fact is written, not how two things relate.',
    from: ['DOCUMENT', 'RESOLUTION'],
    to: ['DOCUMENT', 'RESOLUTION', 'TREATY', 'REGIME'],
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * How far a CONTROL_MEASURE reaches, a required field of every measure. GENERAL: an instrument that applies to
 * items of every kind by a mechanism (control lists, licensing and end-use controls, entity lists, re-export and
 * transit controls, enforcement, investment screening, coordination); reaching a technology only through such a
 * measure says little about that technology. SPECIFIC: a measure aimed at named technologies (chips and
 * chip-making equipment, model weights, cloud compute).
 */
export const MEASURE_SCOPES = ['GENERAL', 'SPECIFIC'] as const;

export type MeasureScope = (typeof MEASURE_SCOPES)[number];

/** The report itself: the DOCUMENT every non-supplementary quote is checked against. */
export const REPORT_DOCUMENT_ID = 'doc:unido-report';
