/** Coverage requests: tracing a technology from the detail panel, and the coverage panel restored from a link. */
import { fetchCoverage } from '../../api/client';
import { abortable, reaction, type Cleanup } from '../reaction';
import { run } from '../runner';
import { atlas, type AtlasState } from '../store';
import { coverageLoaded, type CoverageMode } from './actions';

/** The one fetch-then-merge of a coverage answer; resolves to whether it arrived. */
export async function loadCoverage(tech: string, mode: CoverageMode, signal: AbortSignal): Promise<void> {
  const lang = atlas.getState().history.present.lang;
  const results = await fetchCoverage(tech, lang, signal);
  atlas.setState(coverageLoaded(tech, lang, results, mode));
}

export function traceCoverage(tech: string): void {
  atlas.setState({ focusedPath: null });
  void run((signal) => loadCoverage(tech, 'add', signal));
}

/** The technology the coverage panel shows but whose answer (in this language) is not there. */
function coverageWanted(state: AtlasState): string | null {
  const { panel, lang } = state.history.present;
  if (panel.type !== 'coverage') return null;
  const { coverage } = state;
  return coverage?.tech === panel.tech && coverage.lang === lang ? null : `${panel.tech}\n${lang}`;
}

export function coverageReaction(): Cleanup {
  return reaction(atlas, coverageWanted, (wanted, state) => {
    const { panel } = state.history.present;
    if (!wanted || panel.type !== 'coverage') return undefined;
    const tech = panel.tech;
    return abortable((abort) => {
      void run((signal) => loadCoverage(tech, 'restore', signal), abort);
    });
  });
}
