/**
 * Autocomplete search in English and Chinese, following the ARIA combobox pattern: the input owns a listbox
 * of results grouped by kind; ↑/↓ move, Enter opens, Esc closes then clears, Home/End jump.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SEARCH_TEXT_MAX_LENGTH } from '#domain';
import { searchQuery, type SearchHit } from '../api/client';
import { failureKind } from '../api/errors';
import type { EntityKind } from '../api/gql/graphql';
import { useI18n } from '../i18n/I18n';
import { nodeName } from '../state/types';
import { FailureLine } from './FailureLine';
import { Icon } from './Icon';
import { KindIcon } from './KindIcon';

export interface SearchBoxProps {
  readonly label: string;
  readonly placeholder?: string;
  readonly onPick: (hit: SearchHit) => void;
  readonly kinds?: readonly EntityKind[];
  /** Show the label visually (else it is for screen readers only). */
  readonly showLabel?: boolean;
  /** "/" anywhere on the page focuses this box. */
  readonly globalShortcut?: boolean;
  readonly testId?: string;
}

interface Group {
  readonly kind: string;
  readonly hits: readonly SearchHit[];
}

/** Results grouped by kind, groups ordered by their best-ranked hit, hits keeping the API's ranking. */
export function groupByKind(hits: readonly SearchHit[]): Group[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.kind) ?? [];
    list.push(hit);
    groups.set(hit.kind, list);
  }
  return [...groups.entries()].map(([kind, list]) => ({ kind, hits: list }));
}

const DEBOUNCE_MS = 180;

/** The value as it was when it last stayed the same for `ms`: what is searched while the user types. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      window.clearTimeout(timer);
    };
  }, [value, ms]);
  return settled;
}

export function SearchBox({
  label,
  placeholder,
  onPick,
  kinds,
  showLabel = false,
  globalShortcut = false,
  testId,
}: SearchBoxProps) {
  const { t, lang, kindLabel } = useI18n();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = text.trim();
  // Text over the API's limit is refused here, with the limit shown, and never sent.
  const tooLong = query.length > SEARCH_TEXT_MAX_LENGTH;
  const searched = useDebounced(tooLong ? '' : query, DEBOUNCE_MS);
  const {
    data: hits,
    error,
    isError,
    refetch,
  } = useQuery({ ...searchQuery(searched, kinds ?? null), enabled: searched !== '' });
  // The active option belongs to the text it was chosen for; new text starts at the first hit again.
  const [cursor, setCursor] = useState({ query: '', index: 0 });
  const active = cursor.query === query ? cursor.index : 0;
  const setActive = (update: (i: number) => number) => {
    setCursor({ query, index: update(active) });
  };

  useEffect(() => {
    if (!globalShortcut) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [globalShortcut]);

  const current = hits && query && searched === query ? hits : null;
  const failed = isError && searched === query ? failureKind(error) : null;
  const searching = Boolean(query) && !current && !tooLong && !failed;
  const groups = useMemo(() => groupByKind(current ?? []), [current]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const expanded = open && Boolean(query);
  const activeHit = expanded ? flat[active] : undefined;
  const optionId = (i: number) => `${baseId}-opt-${i}`;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (flat.length > 0) setActive((i) => (i + 1) % flat.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (flat.length > 0) setActive((i) => (i - 1 + flat.length) % flat.length);
        break;
      case 'Home':
        if (expanded && flat.length > 0) {
          event.preventDefault();
          setActive(() => 0);
        }
        break;
      case 'End':
        if (expanded && flat.length > 0) {
          event.preventDefault();
          setActive(() => flat.length - 1);
        }
        break;
      case 'Enter':
        if (expanded && flat.length > 0) {
          event.preventDefault();
          pick(flat[active] ?? flat[0]);
        }
        break;
      case 'Escape':
        if (expanded) setOpen(false);
        else setText('');
        break;
      default:
        break;
    }
  };

  const indexOf = new Map(flat.map((hit, i) => [hit.id, i]));
  return (
    <div className="search" data-testid={testId}>
      <label htmlFor={`${baseId}-input`} className={showLabel ? 'search-label' : 'visually-hidden'}>
        {label}
      </label>
      <div className={`search-field${tooLong ? ' invalid' : ''}`}>
        <Icon name="search" />
        <input
          ref={inputRef}
          id={`${baseId}-input`}
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeHit ? optionId(active) : undefined}
          aria-describedby={tooLong ? `${baseId}-hint ${baseId}-limit` : `${baseId}-hint`}
          aria-invalid={tooLong || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            setOpen(true);
          }}
          onBlur={() => {
            // Let a click on an option land first.
            window.setTimeout(() => {
              setOpen(false);
            }, 150);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <span id={`${baseId}-hint`} className="visually-hidden">
        {t('searchHint')}
      </span>
      <div className="search-popup" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={label} className="search-list">
          {groups.map((group) => (
            <li key={group.kind} role="presentation" className="search-group">
              <div className="search-group-title" id={`${baseId}-g-${group.kind}`} role="presentation">
                <KindIcon kind={group.kind} /> {kindLabel(group.kind)}
              </div>
              <ul role="group" aria-labelledby={`${baseId}-g-${group.kind}`}>
                {group.hits.map((hit) => {
                  const i = indexOf.get(hit.id) ?? 0;
                  const name = nodeName(hit, lang);
                  const other = nodeName(hit, lang === 'en' ? 'zh' : 'en');
                  const alias = hit.aliases.find((a) => a.toLowerCase().includes(query.toLowerCase()));
                  return (
                    // The keyboard stays on the combobox (aria-activedescendant names the active option), as the
                    // ARIA combobox pattern has it; an option itself only takes the pointer.
                    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                    <li
                      key={hit.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      className={`search-option${i === active ? ' active' : ''}`}
                      onMouseDown={(event) => {
                        event.preventDefault();
                      }}
                      onClick={() => {
                        pick(hit);
                      }}
                      onMouseEnter={() => {
                        setActive(() => i);
                      }}
                    >
                      <span className="search-option-name">{name}</span>
                      <span className="search-option-meta">
                        {other !== name ? other : ''}
                        {alias && alias !== name && alias !== other ? ` · ${t('alsoKnownAs')} ${alias}` : ''}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
        {tooLong && (
          <p id={`${baseId}-limit`} className="search-status search-refused" role="alert" data-testid="search-too-long">
            {t('searchTooLong', { max: SEARCH_TEXT_MAX_LENGTH, count: query.length })}
          </p>
        )}
        {failed && (
          <FailureLine
            what={t('failedSearch')}
            kind={failed}
            onRetry={() => {
              void refetch();
            }}
          />
        )}
        {searching && (
          <p className="search-status" role="status">
            {t('searchSearching')}
          </p>
        )}
        {current?.length === 0 && (
          <p className="search-status" role="status">
            {t('searchNoResults', { text: query })}
          </p>
        )}
        {current && current.length > 0 && (
          <p className="visually-hidden" role="status">
            {t('searchResults', { count: current.length })}
          </p>
        )}
      </div>
    </div>
  );
}
