/**
 * The toolbar's export menu: the canvas as PNG (three sizes) or SVG, an image with a title, legend and source
 * lines (the image export form), the view's data, the selection's facts.
 */
import { useState } from 'react';
import { exportData, exportFacts, exportPng, exportSvg } from '../../app/exports';
import { DEFAULT_FRAME, type FrameOptions } from '../../export/frameContent';
import { ImageExportDialog } from '../../export/ImageExportDialog';
import type { DataFormat } from '../../export/viewGraph';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages';
import { Icon } from '../Icon';
import { MenuButton } from '../MenuButton';

const DATA_LABEL: Record<DataFormat, MessageKey> = {
  json: 'exportJson',
  csv: 'exportCsv',
  graphml: 'exportGraphml',
};

export function ExportMenu({ empty, hasSelection }: { readonly empty: boolean; readonly hasSelection: boolean }) {
  const { t } = useI18n();
  const [framing, setFraming] = useState(false);
  // Kept while the page is open, so a second export reuses the title and choices.
  const [frame, setFrame] = useState<FrameOptions>(DEFAULT_FRAME);
  return (
    <>
      <MenuButton
        label={t('exportMenu')}
        className="tool with-text"
        testId="export-menu"
        disabled={empty}
        align="right"
        items={[
          {
            key: 'png',
            label: t('exportPng'),
            onSelect: () => {
              exportPng();
            },
            testId: 'export-png',
          },
          {
            key: 'png1',
            label: t('exportPng1'),
            onSelect: () => {
              exportPng(1);
            },
            testId: 'export-png-1',
          },
          {
            key: 'png3',
            label: t('exportPng3'),
            onSelect: () => {
              exportPng(3);
            },
            testId: 'export-png-3',
          },
          {
            key: 'svg',
            label: t('exportSvg'),
            onSelect: () => {
              exportSvg();
            },
            testId: 'export-svg',
          },
          {
            key: 'framed',
            label: t('exportFramed'),
            onSelect: () => {
              setFraming(true);
            },
            testId: 'export-framed',
          },
          ...(['json', 'csv', 'graphml'] as const).map((format) => ({
            key: format,
            label: t(DATA_LABEL[format]),
            onSelect: () => {
              exportData(format);
            },
            testId: `export-${format}`,
          })),
          {
            key: 'facts',
            label: t('exportFacts'),
            onSelect: exportFacts,
            disabled: !hasSelection,
            testId: 'export-facts',
          },
        ]}
      >
        <Icon name="download" />
        <span>{t('exportMenu')}</span>
      </MenuButton>
      {framing && (
        <ImageExportDialog
          options={frame}
          onChange={setFrame}
          onClose={() => {
            setFraming(false);
          }}
        />
      )}
    </>
  );
}
