/** Canvas tools: layouts, fit and zoom, labels, box select, undo/redo, export and the link to the view. */
import { canvas } from '../../app/canvas';
import { openBriefing } from '../../app/exports';
import { selectGraph, selectSelectedNodes } from '../../core/selectors';
import { atlas, useAtlas } from '../../core/store';
import { canRedo, canUndo, clear, redo, undo, viewAction } from '../../core/view/actions';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages';
import { LAYOUTS, type LayoutName } from '../../state/types';
import { OverviewButton } from '../results/OverviewButton';
import { SavedViewsMenu } from '../savedviews/SavedViewsMenu';
import { CopyLink } from './CopyLink';
import { ExportMenu } from './ExportMenu';
import { ToolButton } from './ToolButton';

const LAYOUT_LABEL: Record<LayoutName, MessageKey> = {
  fcose: 'layoutFcose',
  dagre: 'layoutDagre',
  concentric: 'layoutConcentric',
};

export function Toolbar() {
  const { t } = useI18n();
  const layout = useAtlas((s) => s.history.present.layout);
  const edgeLabels = useAtlas((s) => s.history.present.edgeLabels);
  const boxSelect = useAtlas((s) => s.boxSelect);
  const undoable = useAtlas(canUndo);
  const redoable = useAtlas(canRedo);
  const hasSelection = useAtlas((s) => selectSelectedNodes(s).length > 0);
  const empty = useAtlas((s) => selectGraph(s).nodes.length === 0);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbarLabel')} data-testid="toolbar">
      <div className="tool-group segmented" role="group" aria-label={t('layout')}>
        {LAYOUTS.map((name) => (
          <button
            key={name}
            type="button"
            className="seg"
            aria-pressed={layout === name}
            data-layout={name}
            onClick={() => {
              atlas.setState(viewAction({ type: 'setLayout', layout: name }));
            }}
          >
            {t(LAYOUT_LABEL[name])}
          </button>
        ))}
      </div>
      <div className="tool-group" role="group" aria-label={t('fit')}>
        <ToolButton icon="fit" label={t('fit')} onClick={() => canvas.current?.fit()} disabled={empty} testId="fit" />
        <ToolButton icon="zoomIn" label={t('zoomIn')} onClick={() => canvas.current?.zoomBy(1.3)} disabled={empty} />
        <ToolButton
          icon="zoomOut"
          label={t('zoomOut')}
          onClick={() => canvas.current?.zoomBy(1 / 1.3)}
          disabled={empty}
        />
        <ToolButton
          icon="center"
          label={t('centerSelection')}
          onClick={() => {
            const [first] = atlas.getState().history.present.selection;
            if (first) canvas.current?.center(first);
          }}
          disabled={!hasSelection}
        />
      </div>
      <div className="tool-group" role="group" aria-label={t('edgeLabels')}>
        <ToolButton
          icon="labels"
          label={t('edgeLabels')}
          pressed={edgeLabels}
          onClick={() => {
            atlas.setState(viewAction({ type: 'setEdgeLabels', on: !edgeLabels }));
          }}
          testId="toggle-edge-labels"
        />
        <ToolButton
          icon="box"
          label={t('boxSelect')}
          pressed={boxSelect}
          onClick={() => {
            atlas.setState({ boxSelect: !boxSelect });
          }}
          testId="box-select"
        />
      </div>
      <div className="tool-group" role="group" aria-label={t('undo')}>
        {(
          [
            ['undo', undo, undoable],
            ['redo', redo, redoable],
          ] as const
        ).map(([name, update, enabled]) => (
          <ToolButton
            key={name}
            icon={name}
            label={t(name)}
            onClick={() => {
              atlas.setState(update);
            }}
            disabled={!enabled}
            testId={name}
          />
        ))}
      </div>
      <div className="tool-group right" role="group" aria-label={t('exportMenu')}>
        <ExportMenu empty={empty} hasSelection={hasSelection} />
        <button
          type="button"
          className="tool with-text"
          title={t('briefingOpenLabel')}
          disabled={empty}
          onClick={openBriefing}
          data-testid="briefing-open"
        >
          <span>{t('briefingOpen')}</span>
        </button>
        <CopyLink />
        <SavedViewsMenu />
        <OverviewButton />
        <ToolButton
          icon="clear"
          label={t('clearView')}
          onClick={() => {
            atlas.setState(clear);
          }}
          disabled={empty}
          testId="clear"
        />
      </div>
    </div>
  );
}
