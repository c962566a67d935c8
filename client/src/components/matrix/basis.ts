/** The matrix's words for a basis: a short label for the cell, always shown with its colour (never colour alone). */
import type { Basis } from '../../core/matrix/table';
import type { MessageKey } from '../../i18n/messages';

export const BASIS_SHORT: Record<Basis, MessageKey> = {
  NAMED: 'matrixBasisNAMED',
  CATEGORY: 'matrixBasisCATEGORY',
  GENERAL: 'matrixBasisGENERAL',
};

export const BASES: readonly Basis[] = ['NAMED', 'CATEGORY', 'GENERAL'];
