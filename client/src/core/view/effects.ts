/**
 * The view and the page around it: the first view comes from the URL (else the remembered language), every change
 * is written back to the URL (a push for a navigation, else a replace), the back button restores, and the language
 * is remembered and set on <html>.
 */
import { BRIEFING_HASH, briefingIds } from '../../briefing/model';
import { htmlLang, rememberLang, rememberedLang } from '../../i18n/lang';
import { decodeView, encodeView, isNavigation } from '../../state/url';
import { initialHistory, viewReducer } from '../../state/view';
import { reaction, sameItems, type Cleanup } from '../reaction';
import { atlas, initialState, type AtlasState } from '../store';

/**
 * The store's state for the page as opened: the view its URL names, what the URL got wrong, and the briefing when
 * `#briefing` says so.
 */
export function stateFromLocation(): AtlasState {
  const fallback = rememberedLang(window.localStorage, window.navigator.language);
  const { view, seedVersion, problems } = decodeView(window.location.search, fallback);
  const ids = window.location.hash === BRIEFING_HASH ? briefingIds(view.selection, view.nodes) : [];
  return {
    ...initialState(initialHistory(view), seedVersion),
    briefing: ids.length > 0 ? ids : null,
    linkProblems: problems,
  };
}

function seedVersion(state: AtlasState): string | null {
  return state.stats?.seedVersion ?? state.linkSeed;
}

export function urlReaction(): Cleanup {
  let before = atlas.getState().history.present;
  let restoring = false;
  const stop = reaction(
    atlas,
    (state) => [state.history.present, seedVersion(state)],
    (_parts, state) => {
      const view = state.history.present;
      const previous = before;
      before = view;
      if (restoring) return undefined;
      const search = encodeView(view, seedVersion(state));
      if (search === window.location.search) return undefined;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (isNavigation(previous, view) && !(previous.overview && view.overview))
        window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return undefined;
    },
    sameItems,
  );
  const onPop = () => {
    const { view } = decodeView(window.location.search, atlas.getState().history.present.lang);
    restoring = true;
    try {
      atlas.setState((state) => ({ history: viewReducer(state.history, { type: 'restore', view }) }));
    } finally {
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPop);
  return () => {
    window.removeEventListener('popstate', onPop);
    stop();
  };
}

export function langReaction(): Cleanup {
  return reaction(
    atlas,
    (state) => state.history.present.lang,
    (lang) => {
      rememberLang(globalThis.localStorage, lang);
      document.documentElement.lang = htmlLang(lang);
      return undefined;
    },
  );
}
