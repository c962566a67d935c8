/**
 * The image export form, opened from the export menu: an optional title, whether to draw the legend of the kinds
 * shown and the source and data-version lines, then PNG or SVG. A native modal <dialog>: it takes focus, keeps
 * it, closes on Esc, and hands focus back to the export menu's button.
 */
import { useEffect, useId, useRef } from 'react';
import { exportPng, exportSvg } from '../app/exports';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import type { FrameOptions } from './frameContent';

/** The form's checkboxes: what the frame draws besides the title. */
const CHECKS: readonly { readonly key: 'legend' | 'source'; readonly label: MessageKey }[] = [
  { key: 'legend', label: 'exportFrameLegend' },
  { key: 'source', label: 'exportFrameSource' },
];

export function ImageExportDialog({
  options,
  onChange,
  onClose,
}: {
  readonly options: FrameOptions;
  readonly onChange: (options: FrameOptions) => void;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      document.querySelector<HTMLElement>('[data-testid="export-menu"]')?.focus();
    };
  }, []);

  const done = (run: () => void) => () => {
    run();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="export-frame-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      data-testid="export-frame-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          done(() => {
            exportPng(2, options);
          })();
        }}
      >
        <h2 id={headingId}>{t('exportFrameHeading')}</h2>
        <label className="export-frame-field">
          <span>{t('exportFrameTitle')}</span>
          <input
            type="text"
            value={options.title}
            maxLength={200}
            onChange={(event) => {
              onChange({ ...options, title: event.target.value });
            }}
            data-testid="export-frame-title"
          />
        </label>
        {CHECKS.map(({ key, label }) => (
          <label key={key} className="export-frame-check">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => {
                onChange({ ...options, [key]: event.target.checked });
              }}
              data-testid={`export-frame-${key}`}
            />
            {t(label)}
          </label>
        ))}
        <p className="export-frame-note">{t('exportFrameNote')}</p>
        <div className="export-frame-actions">
          <button type="submit" className="btn primary" data-testid="export-frame-png">
            {t('exportFramePng')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={done(() => {
              exportSvg(options);
            })}
            data-testid="export-frame-svg"
          >
            {t('exportFrameSvg')}
          </button>
          <button type="button" className="btn" onClick={onClose} data-testid="export-frame-cancel">
            {t('exportFrameCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
