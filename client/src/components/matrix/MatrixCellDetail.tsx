/** One matrix cell explained: the basis, the path from the technology to the instrument as a cited chain, its sources. */
import { useMemo } from 'react';
import type { MatrixCell, MatrixRow } from '../../api/matrix';
import { openNode } from '../../app/navigation';
import { numberCitations, toChain } from '../../domain/chains';
import { useI18n } from '../../i18n/I18n';
import { nodeName, type NodeInfo } from '../../state/types';
import { ChainView, CitationList } from '../Chain';
import { Icon } from '../Icon';
import { BASIS_SHORT } from './basis';

export function MatrixCellDetail({
  row,
  cell,
  instrument,
  onClose,
}: {
  readonly row: MatrixRow;
  readonly cell: MatrixCell;
  readonly instrument: NodeInfo;
  readonly onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const numbered = useMemo(() => numberCitations([cell.path]), [cell.path]);
  const chain = toChain(cell.path, lang, numbered.numberOf);
  return (
    <section className="matrix-detail" aria-labelledby="matrix-detail-heading" data-testid="matrix-detail">
      <div className="matrix-detail-head">
        <h3 id="matrix-detail-heading">
          {t('matrixCellHeading', {
            instrument: nodeName(instrument, lang),
            technology: nodeName(row.technology, lang),
          })}
        </h3>
        <button type="button" className="btn" onClick={onClose} data-testid="matrix-detail-close">
          <Icon name="close" size={12} />
          {t('matrixCellClose')}
        </button>
      </div>
      <p>
        <span className={`basis-chip basis-${cell.basis.toLowerCase()}`}>{t(BASIS_SHORT[cell.basis])}</span>{' '}
        {t('hops', { count: cell.path.length })}
      </p>
      {chain && <ChainView chain={chain} scope="matrix" onNode={openNode} />}
      <CitationList citations={numbered.citations} scope="matrix" />
    </section>
  );
}
