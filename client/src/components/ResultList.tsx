/**
 * The result list shared by Coverage and Paths: numbered results, each with a title that draws it alone on the
 * canvas (pressed while it is), a line of facts and a body; and "show all", which draws them all again.
 */
import type { ReactNode } from 'react';
import { focusPath } from '../core/paths/actions';
import { atlas, useAtlas } from '../core/store';
import { useI18n } from '../i18n/I18n';

/** The actions above a list: what the list holds (optional), and "show all". */
export function ResultActions({ children }: { readonly children?: ReactNode }) {
  const { t } = useI18n();
  const none = useAtlas((s) => s.focusedPath === null);
  return (
    <div className="panel-actions">
      {children}
      <button
        type="button"
        className="btn small"
        aria-pressed={none}
        onClick={() => {
          atlas.setState(focusPath(null));
        }}
      >
        {t('showAllPaths')}
      </button>
    </div>
  );
}

export function ResultList({ testId, children }: { readonly testId?: string; readonly children: ReactNode }) {
  return (
    <ol className="result-list" data-testid={testId}>
      {children}
    </ol>
  );
}

export interface ResultItemProps {
  /** Position in the API's answer: what the canvas focus refers to. */
  readonly index: number;
  readonly className?: string;
  readonly testId: string;
  /** data-* attributes that tests and styles read. */
  readonly data?: Readonly<Record<`data-${string}`, string | boolean>>;
  readonly title: ReactNode;
  readonly meta: ReactNode;
  readonly children?: ReactNode;
}

export function ResultItem({ index, className, testId, data, title, meta, children }: ResultItemProps) {
  const focused = useAtlas((s) => s.focusedPath === index);
  return (
    <li
      className={`result${className ? ` ${className}` : ''}${focused ? ' focused' : ''}`}
      data-testid={testId}
      {...data}
    >
      <div className="result-head">
        <button
          type="button"
          className="result-title"
          aria-pressed={focused}
          onClick={() => {
            atlas.setState(focusPath(focused ? null : index));
          }}
        >
          {title}
        </button>
        <span className="result-meta">{meta}</span>
      </div>
      {children}
    </li>
  );
}
