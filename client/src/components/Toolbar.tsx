/** Canvas tools: layouts, fit and zoom, labels, box select, undo/redo, export and the link to the view. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import type { DataFormat } from '../export/viewGraph';
import { LAYOUTS, type LayoutName } from '../state/types';
import { Icon, type IconName } from './Icon';
import { MenuButton } from './MenuButton';

const DATA_LABEL: Record<DataFormat, MessageKey> = {
  json: 'exportJson',
  csv: 'exportCsv',
  graphml: 'exportGraphml',
};

const LAYOUT_LABEL: Record<LayoutName, MessageKey> = {
  fcose: 'layoutFcose',
  dagre: 'layoutDagre',
  concentric: 'layoutConcentric',
};

function ToolButton({
  icon,
  label,
  onClick,
  disabled = false,
  pressed,
  testId,
  children,
}: {
  readonly icon: IconName;
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly pressed?: boolean;
  readonly testId?: string;
  readonly children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`tool${children ? ' with-text' : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
    >
      <Icon name={icon} />
      {children}
    </button>
  );
}

export interface ToolbarProps {
  readonly layout: LayoutName;
  readonly onLayout: (layout: LayoutName) => void;
  readonly onFit: () => void;
  readonly onZoom: (factor: number) => void;
  readonly onCenter: () => void;
  readonly edgeLabels: boolean;
  readonly onEdgeLabels: (on: boolean) => void;
  readonly boxSelect: boolean;
  readonly onBoxSelect: (on: boolean) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly hasSelection: boolean;
  readonly onExportPng: (scale?: number) => void;
  readonly onExportSvg: () => void;
  readonly onExportFacts: () => void;
  readonly onExportData: (format: DataFormat) => void;
  readonly onBriefing: () => void;
  readonly onCopyLink: () => void;
  readonly copied: boolean;
  readonly onClear: () => void;
  readonly empty: boolean;
}

export function Toolbar(props: ToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbarLabel')} data-testid="toolbar">
      <div className="tool-group segmented" role="group" aria-label={t('layout')}>
        {LAYOUTS.map((name) => (
          <button
            key={name}
            type="button"
            className="seg"
            aria-pressed={props.layout === name}
            data-layout={name}
            onClick={() => {
              props.onLayout(name);
            }}
          >
            {t(LAYOUT_LABEL[name])}
          </button>
        ))}
      </div>
      <div className="tool-group" role="group" aria-label={t('fit')}>
        <ToolButton icon="fit" label={t('fit')} onClick={props.onFit} disabled={props.empty} testId="fit" />
        <ToolButton
          icon="zoomIn"
          label={t('zoomIn')}
          onClick={() => {
            props.onZoom(1.3);
          }}
          disabled={props.empty}
        />
        <ToolButton
          icon="zoomOut"
          label={t('zoomOut')}
          onClick={() => {
            props.onZoom(1 / 1.3);
          }}
          disabled={props.empty}
        />
        <ToolButton
          icon="center"
          label={t('centerSelection')}
          onClick={props.onCenter}
          disabled={!props.hasSelection}
        />
      </div>
      <div className="tool-group" role="group" aria-label={t('edgeLabels')}>
        <ToolButton
          icon="labels"
          label={t('edgeLabels')}
          pressed={props.edgeLabels}
          onClick={() => {
            props.onEdgeLabels(!props.edgeLabels);
          }}
          testId="toggle-edge-labels"
        />
        <ToolButton
          icon="box"
          label={t('boxSelect')}
          pressed={props.boxSelect}
          onClick={() => {
            props.onBoxSelect(!props.boxSelect);
          }}
          testId="box-select"
        />
      </div>
      <div className="tool-group" role="group" aria-label={t('undo')}>
        <ToolButton icon="undo" label={t('undo')} onClick={props.onUndo} disabled={!props.canUndo} testId="undo" />
        <ToolButton icon="redo" label={t('redo')} onClick={props.onRedo} disabled={!props.canRedo} testId="redo" />
      </div>
      <div className="tool-group right" role="group" aria-label={t('exportMenu')}>
        <MenuButton
          label={t('exportMenu')}
          className="tool with-text"
          testId="export-menu"
          disabled={props.empty}
          align="right"
          items={[
            {
              key: 'png',
              label: t('exportPng'),
              onSelect: () => {
                props.onExportPng();
              },
              testId: 'export-png',
            },
            {
              key: 'png1',
              label: t('exportPng1'),
              onSelect: () => {
                props.onExportPng(1);
              },
              testId: 'export-png-1',
            },
            {
              key: 'png3',
              label: t('exportPng3'),
              onSelect: () => {
                props.onExportPng(3);
              },
              testId: 'export-png-3',
            },
            { key: 'svg', label: t('exportSvg'), onSelect: props.onExportSvg, testId: 'export-svg' },
            ...(['json', 'csv', 'graphml'] as const).map((format) => ({
              key: format,
              label: t(DATA_LABEL[format]),
              onSelect: () => {
                props.onExportData(format);
              },
              testId: `export-${format}`,
            })),
            {
              key: 'facts',
              label: t('exportFacts'),
              onSelect: props.onExportFacts,
              disabled: !props.hasSelection,
              testId: 'export-facts',
            },
          ]}
        >
          <Icon name="download" />
          <span>{t('exportMenu')}</span>
        </MenuButton>
        <button
          type="button"
          className="tool with-text"
          title={t('briefingOpenLabel')}
          aria-label={t('briefingOpenLabel')}
          disabled={props.empty}
          onClick={props.onBriefing}
          data-testid="briefing-open"
        >
          <span>{t('briefingOpen')}</span>
        </button>
        <ToolButton icon="link" label={t('copyLink')} onClick={props.onCopyLink} testId="copy-link">
          <span aria-live="polite">{props.copied ? t('linkCopied') : ''}</span>
        </ToolButton>
        <ToolButton icon="clear" label={t('clearView')} onClick={props.onClear} disabled={props.empty} testId="clear" />
      </div>
    </div>
  );
}
