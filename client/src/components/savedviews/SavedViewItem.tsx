/** One saved view in the list: open it, its link to share, rename it in place, or delete it. */
import { useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import { cleanName, savedLink, type SavedView } from './saved';

export function SavedViewItem({
  view,
  seedVersion,
  onOpen,
  onRename,
  onDelete,
}: {
  readonly view: SavedView;
  readonly seedVersion: string | null;
  readonly onOpen: (view: SavedView) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (id: string) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const link = savedLink(window.location.href, view, seedVersion);
  if (editing !== null) {
    const clean = cleanName(editing);
    return (
      <li className="saved-view" data-saved-view={view.name}>
        <form
          className="saved-view-rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (!clean) return;
            onRename(view.id, clean);
            setEditing(null);
          }}
        >
          <input
            aria-label={t('savedViewNewName', { name: view.name })}
            value={editing}
            maxLength={80}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the field the user just asked for
            autoFocus
            onChange={(event) => {
              setEditing(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setEditing(null);
              }
            }}
          />
          <button type="submit" disabled={!clean}>
            {t('savedViewRenameDone')}
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(null);
            }}
          >
            {t('savedViewCancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-view" data-saved-view={view.name}>
      <button
        type="button"
        className="link-btn saved-view-open"
        title={t('savedViewOpen', { name: view.name })}
        onClick={() => {
          onOpen(view);
        }}
      >
        {view.name}
      </button>
      <span className="saved-view-actions">
        <a href={link} className="saved-view-link" aria-label={t('savedViewLink', { name: view.name })}>
          {t('savedViewLinkText')}
        </a>
        <button
          type="button"
          className="link-btn"
          aria-label={t('savedViewRename', { name: view.name })}
          onClick={() => {
            setEditing(view.name);
          }}
        >
          {t('savedViewRenameText')}
        </button>
        <button
          type="button"
          className="link-btn danger"
          aria-label={t('savedViewDelete', { name: view.name })}
          onClick={() => {
            onDelete(view.id);
          }}
        >
          {t('savedViewDeleteText')}
        </button>
      </span>
    </li>
  );
}
