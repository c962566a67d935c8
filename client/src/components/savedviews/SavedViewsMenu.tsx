/**
 * Saved views in the toolbar: a button that opens a panel to save the current view under a name, and to open,
 * share (its link), rename or delete the views saved in this browser.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { openView } from '../../core/view/actions';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { decodeView, encodeView } from '../../state/url';
import { Icon } from '../Icon';
import { addView, cleanName, deleteView, readSaved, renameView, writeSaved, type SavedView } from './saved';
import { SavedViewItem } from './SavedViewItem';

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function SavedViewsMenu() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(() => readSaved(window.localStorage));
  const [name, setName] = useState('');
  const [failed, setFailed] = useState(false);
  const seedVersion = useAtlas((s) => s.stats?.seedVersion ?? null);
  const panelId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const panelRef = useRef<HTMLElement>(null);

  // Opened, the name field takes focus; Escape anywhere in the panel closes it and gives focus back to the button.
  useEffect(() => {
    if (!open) return undefined;
    nameRef.current?.focus();
    const panel = panelRef.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    panel?.addEventListener('keydown', onKey);
    return () => panel?.removeEventListener('keydown', onKey);
  }, [open]);

  const store = (views: readonly SavedView[]) => {
    setFailed(!writeSaved(window.localStorage, views));
    setSaved({ views, unreadable: false });
  };
  const save = () => {
    const clean = cleanName(name);
    if (!clean) return;
    const state = atlas.getState();
    const search = encodeView(state.history.present, state.stats?.seedVersion ?? state.linkSeed);
    store(addView(saved.views, { id: newId(), name: clean, search, savedAt: new Date().toISOString() }));
    setName('');
  };
  const openSaved = (view: SavedView) => {
    const lang = atlas.getState().history.present.lang;
    atlas.setState(openView(decodeView(view.search, lang).view));
    setOpen(false);
  };

  return (
    <div className="saved-views">
      <button
        ref={buttonRef}
        type="button"
        className="tool with-text"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="saved-views"
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        <Icon name="bookmark" />
        <span>{t('savedViews')}</span>
      </button>
      {open && (
        <section
          id={panelId}
          className="saved-views-panel"
          aria-label={t('savedViews')}
          data-testid="saved-views-panel"
          ref={panelRef}
        >
          <form
            className="saved-views-form"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <label>
              <span>{t('savedViewName')}</span>
              <input
                ref={nameRef}
                value={name}
                maxLength={80}
                data-testid="saved-view-name"
                onChange={(event) => {
                  setName(event.target.value);
                }}
              />
            </label>
            <button
              type="submit"
              disabled={!cleanName(name)}
              title={cleanName(name) ? undefined : t('savedViewNeedsName')}
            >
              {t('saveView')}
            </button>
          </form>
          {saved.unreadable && (
            <p className="saved-views-note" role="status">
              {t('savedViewsUnreadable')}
            </p>
          )}
          {failed && (
            <p className="saved-views-note" role="alert">
              {t('savedViewsNotStored')}
            </p>
          )}
          {saved.views.length === 0 ? (
            <p className="saved-views-empty">{t('savedViewsEmpty')}</p>
          ) : (
            <ul className="saved-views-list" data-testid="saved-views-list">
              {saved.views.map((view) => (
                <SavedViewItem
                  key={view.id}
                  view={view}
                  seedVersion={seedVersion}
                  onOpen={openSaved}
                  onRename={(id, newName) => {
                    store(renameView(saved.views, id, newName, new Date().toISOString()));
                  }}
                  onDelete={(id) => {
                    store(deleteView(saved.views, id));
                  }}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
