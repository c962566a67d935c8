/**
 * The right-hand panel: everything the atlas knows about the selected entity or relationship, with the actions on
 * it, or the list of several selected entities. Which of these it shows follows from the selection in the store.
 */
import { selectSelection } from '../../core/selectors';
import { useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { EdgeDetail } from './EdgeDetail';
import { MultiDetail } from './MultiDetail';
import { NodeDetail } from './NodeDetail';

export function DetailPanel() {
  const { t } = useI18n();
  const { nodes, edges } = useAtlas(selectSelection);
  const [firstNode] = nodes;
  const [firstEdge] = edges;

  let body;
  if (nodes.length > 1) body = <MultiDetail nodes={nodes} />;
  else if (firstNode) body = <NodeDetail key={firstNode.id} id={firstNode.id} />;
  else if (firstEdge) body = <EdgeDetail key={firstEdge.id} edge={firstEdge} />;
  else body = <p className="empty detail-empty">{t('detailEmpty')}</p>;

  return (
    <aside className="detail-panel" id="detail-panel" aria-label={t('details')} data-testid="detail-panel">
      {body}
    </aside>
  );
}
