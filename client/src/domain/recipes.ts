/**
 * The start page's suggested questions, as data: what each one opens. Entities are named by id and, should
 * an id not exist (the seed is edited over time), by a search text, so a suggestion never breaks.
 */
import type { EntityKind } from '../api/gql/graphql';
import type { MessageKey } from '../i18n/messages';
import type { LayoutName } from '../state/types';

export interface EntityRef {
  readonly id: string;
  readonly search: string;
  readonly kinds?: readonly EntityKind[];
}

export type RecipeAction =
  | { readonly type: 'coverage'; readonly tech: EntityRef }
  | {
      readonly type: 'neighborhood';
      /** Roots given by reference, or every entity of some kinds (the best connected first). */
      readonly roots: readonly EntityRef[];
      readonly rootKinds?: readonly EntityKind[];
      readonly relationTypes?: readonly string[];
      readonly depth?: number;
    }
  | { readonly type: 'paths'; readonly from: EntityRef; readonly to: EntityRef };

export interface Recipe {
  readonly id: string;
  readonly title: MessageKey;
  readonly hint: MessageKey;
  readonly action: RecipeAction;
  readonly layout?: LayoutName;
}

export const RECIPES: readonly Recipe[] = [
  {
    id: 'coverage-h100',
    title: 'qCoverageChip',
    hint: 'qCoverageChipHint',
    action: { type: 'coverage', tech: { id: 'tech:nvidia-h100', search: 'H100', kinds: ['TECHNOLOGY'] } },
  },
  {
    id: 'circumvention',
    title: 'qCircumvention',
    hint: 'qCircumventionHint',
    action: {
      type: 'neighborhood',
      roots: [
        { id: 'measure:semiconductor-export-restrictions', search: 'semiconductor export', kinds: ['CONTROL_MEASURE'] },
        { id: 'circ:export-control-circumvention', search: 'circumvention', kinds: ['CIRCUMVENTION'] },
      ],
      relationTypes: ['EVADES', 'COUNTERED_BY', 'SUBTYPE_OF'],
      depth: 1,
    },
  },
  {
    id: 'implements',
    title: 'qImplements',
    hint: 'qImplementsHint',
    layout: 'dagre',
    action: {
      type: 'neighborhood',
      roots: [],
      rootKinds: ['TREATY', 'REGIME'],
      relationTypes: ['IMPLEMENTS', 'ADMINISTERS', 'ENFORCES'],
      depth: 1,
    },
  },
  {
    id: 'resolutions',
    title: 'qResolutions',
    hint: 'qResolutionsHint',
    action: {
      type: 'neighborhood',
      roots: [],
      rootKinds: ['RESOLUTION'],
      relationTypes: ['ADDRESSES', 'ADOPTED_BY', 'ADOPTED_AS'],
      depth: 1,
    },
  },
  {
    id: 'paths-wassenaar',
    title: 'qPaths',
    hint: 'qPathsHint',
    action: {
      type: 'paths',
      from: { id: 'regime:wassenaar', search: 'Wassenaar', kinds: ['REGIME'] },
      to: { id: 'regime:us-ecra', search: 'Export Control Reform Act', kinds: ['REGIME'] },
    },
  },
];
