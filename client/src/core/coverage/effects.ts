/**
 * Coverage requests: tracing a technology from the detail panel, and the coverage panel restored from a link. A
 * failure is kept for the panel to show; a link naming an entity that is not a technology opens that entity instead.
 */
import { fetchCoverage } from '../../api/client';
import { failureKind } from '../../api/errors';
import { recording } from '../failures';
import { abortable, reaction, type Cleanup } from '../reaction';
import { run } from '../runner';
import { atlas, type AtlasState } from '../store';
import { coverageLoaded, notATechnology, type CoverageMode } from './actions';

/** The one fetch-then-merge of a coverage answer; a failure is recorded for the panel (and thrown on). */
export async function loadCoverage(tech: string, mode: CoverageMode, signal: AbortSignal): Promise<void> {
  const { lang, asOf } = atlas.getState().history.present;
  const results = await recording(atlas.setState, 'coverage', tech, () => fetchCoverage(tech, lang, asOf, signal));
  atlas.setState(coverageLoaded(tech, lang, results, mode, asOf));
}

export function traceCoverage(tech: string): void {
  atlas.setState({ focusedPath: null });
  void run((signal) => loadCoverage(tech, 'new', signal));
}

/** The technology the coverage panel shows but whose answer (in this language, as of this day) is not there. */
function coverageWanted(state: AtlasState): string | null {
  const { panel, lang, asOf } = state.history.present;
  if (panel.type !== 'coverage') return null;
  const { coverage } = state;
  const shown = coverage?.tech === panel.tech && coverage.lang === lang && coverage.asOf === asOf;
  return shown ? null : `${panel.tech}\n${lang}\n${asOf ?? ''}`;
}

export function coverageReaction(): Cleanup {
  return reaction(atlas, coverageWanted, (wanted, state) => {
    const { panel } = state.history.present;
    if (!wanted || panel.type !== 'coverage') return undefined;
    const tech = panel.tech;
    // A technology the view does not hold (a link without it) joins the view with its answer; on the start page's
    // overview (a link without `n`) the answer is shown alone.
    const view = state.history.present;
    // Another day for the technology shown: the new answer's entities join the view.
    const otherDay = state.coverage?.tech === tech && state.coverage.asOf !== view.asOf;
    const mode = view.nodes.includes(tech) && !otherDay ? 'restore' : view.overview ? 'replace' : 'add';
    return abortable((abort) => {
      void run(async (signal) => {
        try {
          await loadCoverage(tech, mode, signal);
        } catch (error) {
          // Not a technology: nothing to retry; the entity is opened instead, and the link's notice says so.
          if (failureKind(error) !== 'badInput') throw error;
          atlas.setState(notATechnology(tech));
        }
      }, abort);
    });
  });
}
