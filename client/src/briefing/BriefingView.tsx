/**
 * The briefing builder: a full-window view of a footnoted briefing on the chosen entities — an editable title, the
 * data version and date, the diagram (a PNG of the canvas), each entity's facts with numbered footnote markers and
 * the footnote list — with a Markdown download and a print stylesheet (briefing.css) for "Save as PDF".
 * Rendered in a portal on <body>, so that printing can hide everything else, as a modal <dialog> (useModal.ts):
 * it takes the focus, keeps Tab inside, closes on Escape and gives the focus back to what opened it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { isAbort } from '../api/errors';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18n';
import type { Lang } from '../state/types';
import { fetchBriefing } from './api';
import { BriefingMatrix, briefingMatrixMarkdown } from './BriefingMatrix';
import './briefing.css';
import { useModal } from './useModal';
import { BriefingFootnotes } from './BriefingFootnotes';
import { footnoteAnchor, markdownFileName, requestedTitle, type Briefing } from './model';

export interface BriefingViewProps {
  readonly ids: readonly string[];
  readonly lang: Lang;
  /** The day the briefing is as of (null: today). */
  readonly asOf: string | null;
  /** A PNG of the canvas, or null while the canvas has nothing to draw yet. */
  readonly capture: () => Promise<Blob | null>;
  readonly onDownload: (name: string, blob: Blob) => void;
  readonly onClose: () => void;
}

type Loaded =
  | { readonly key: string; readonly briefing: Briefing; readonly error?: undefined }
  | { readonly key: string; readonly error: true; readonly briefing?: undefined };

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('read failed'));
    };
    reader.readAsDataURL(blob);
  });
}

/** The canvas as a data URL, retried while the canvas is still loading (e.g. after a reload). */
function useDiagram(capture: () => Promise<Blob | null>): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const cancelled = () => controller.signal.aborted;
    let timer = 0;
    const attempt = (left: number) => {
      capture().then(
        async (blob) => {
          if (cancelled()) return;
          if (blob) {
            const url = await blobToDataUrl(blob);
            if (!cancelled()) setImage(url);
          } else if (left > 0) {
            timer = window.setTimeout(() => {
              attempt(left - 1);
            }, 500);
          }
        },
        () => undefined,
      );
    };
    // Let the canvas settle (a layout may be running) before the picture is taken.
    timer = window.setTimeout(() => {
      attempt(30);
    }, 300);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [capture]);
  return image;
}

export function BriefingView({ ids, lang, asOf, capture, onDownload, onClose }: BriefingViewProps) {
  const { t } = useI18n();
  const [withMatrix, setWithMatrix] = useState(false);
  const headingId = useId();
  const [edited, setEdited] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const image = useDiagram(capture);
  const key = `${lang}|${asOf ?? ''}|${ids.join(',')}|${String(attempt)}`;

  useEffect(() => {
    const controller = new AbortController();
    fetchBriefing(ids, lang, null, asOf, controller.signal).then(
      (briefing) => {
        setLoaded({ key, briefing });
      },
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ key, error: true });
      },
    );
    return () => {
      controller.abort();
    };
  }, [ids, lang, asOf, key]);

  const dialog = useRef<HTMLDialogElement>(null);
  useModal(dialog, onClose);

  const current = loaded?.key === key ? loaded : null;
  const briefing = current?.briefing ?? null;
  const title = edited ?? briefing?.title ?? '';

  const downloadMarkdown = () => {
    setDownloading(true);
    setDownloadFailed(false);
    fetchBriefing(ids, lang, requestedTitle(edited), asOf)
      .then(async (b) => {
        const matrix = withMatrix ? `\n${await briefingMatrixMarkdown(ids, asOf, lang, t)}` : '';
        const markdown = b.markdown + matrix;
        onDownload(markdownFileName(b.title), new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
      })
      .catch(() => {
        setDownloadFailed(true);
      })
      .finally(() => {
        setDownloading(false);
      });
  };

  return createPortal(
    <dialog
      ref={dialog}
      className="briefing-root"
      tabIndex={-1}
      aria-labelledby={headingId}
      lang={lang === 'zh' ? 'zh-Hans' : 'en'}
      data-testid="briefing-view"
    >
      <div className="briefing-bar no-print">
        <label className="briefing-title-field">
          <span>{t('briefingTitleLabel')}</span>
          <input
            type="text"
            value={title}
            maxLength={200}
            disabled={!briefing}
            onChange={(event) => {
              setEdited(event.target.value);
            }}
            data-testid="briefing-title-input"
          />
        </label>
        <label className="briefing-matrix-option">
          <input
            type="checkbox"
            checked={withMatrix}
            onChange={(event) => {
              setWithMatrix(event.target.checked);
            }}
            data-testid="briefing-include-matrix"
          />
          {t('briefingIncludeMatrix')}
        </label>
        <button
          type="button"
          className="btn"
          disabled={!briefing || downloading}
          onClick={downloadMarkdown}
          data-testid="briefing-markdown"
        >
          <Icon name="download" />
          {t('briefingMarkdown')}
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={!briefing}
          onClick={() => {
            window.print();
          }}
          data-testid="briefing-print"
        >
          {t('briefingPrint')}
        </button>
        <button type="button" className="btn" onClick={onClose} data-testid="briefing-close">
          <Icon name="close" size={12} />
          {t('briefingClose')}
        </button>
      </div>
      {downloadFailed && (
        <p className="briefing-error no-print" role="alert">
          {t('briefingDownloadFailed')}
        </p>
      )}
      <article className="briefing-doc">
        <h1 id={headingId} data-testid="briefing-heading">
          {briefing ? title || briefing.title : t('briefingHeading')}
        </h1>
        {!current && (
          <p role="status" data-testid="briefing-loading">
            {t('briefingLoading')}
          </p>
        )}
        {current?.error && (
          <div className="briefing-error" role="alert" data-testid="briefing-error">
            <p>{t('briefingFailed')}</p>
            <button
              type="button"
              className="btn primary no-print"
              onClick={() => {
                setAttempt((n) => n + 1);
              }}
            >
              {t('retry')}
            </button>
          </div>
        )}
        {briefing && (
          <>
            <p className="briefing-meta" data-testid="briefing-meta">
              {t('briefingAsOf', { date: briefing.asOf })}
              {briefing.seedVersion ? ` · ${t('briefingVersion', { version: briefing.seedVersion.slice(0, 12) })}` : ''}
              {briefing.dataDate ? ` · ${t('briefingDataDate', { date: briefing.dataDate })}` : ''}
            </p>
            <p className="briefing-source-line" data-testid="briefing-source-line">
              {briefing.sourceLine}
            </p>
            <figure className="briefing-diagram">
              {image ? (
                <img src={image} alt={t('briefingDiagramAlt')} data-testid="briefing-diagram" />
              ) : (
                <p className="briefing-muted">{t('briefingDiagramPending')}</p>
              )}
            </figure>
            {briefing.sections.map((section) => (
              <section key={section.id} className="briefing-section" data-entity={section.id}>
                <h2>
                  {section.name}
                  {section.otherName && section.otherName !== section.name && (
                    <span className="briefing-other-name" lang={lang === 'zh' ? 'en' : 'zh-Hans'}>
                      {' '}
                      ({section.otherName})
                    </span>
                  )}
                </h2>
                <ul>
                  {section.facts.map((fact, i) => (
                    <li key={`${fact.kind}-${fact.relationId ?? ''}-${String(i)}`} className="briefing-fact">
                      {fact.text}
                      {fact.footnotes.map((n) => (
                        <sup key={n}>
                          <a
                            href={`#${footnoteAnchor(n)}`}
                            className="fn-ref"
                            aria-label={t('briefingFootnoteRef', { n })}
                          >
                            [{n}]
                          </a>
                        </sup>
                      ))}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {withMatrix && <BriefingMatrix ids={ids} asOf={asOf} />}
            <BriefingFootnotes briefing={briefing} lang={lang} />
          </>
        )}
      </article>
    </dialog>,
    document.body,
  );
}
