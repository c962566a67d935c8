/**
 * Coverage on two days compared: which instruments cover a technology on the later answer but not the earlier
 * (added), which no longer do (removed), and which cover it on both days on another basis (changed). Each
 * instrument counts once, at the strongest basis it has in an answer, as the coverage panel reads it.
 */
import type { NodeInfo } from '../../state/types';

export type Basis = 'NAMED' | 'CATEGORY' | 'GENERAL';

/** What compare reads of one coverage item. */
export interface CoverageLike {
  readonly basis: Basis;
  readonly instrument: NodeInfo;
}

export interface CoverageChange {
  readonly instrument: NodeInfo;
  /** The basis in the first answer; null when it did not cover then. */
  readonly before: Basis | null;
  /** The basis in the second answer; null when it no longer covers. */
  readonly after: Basis | null;
}

export interface CoverageDiff {
  readonly added: readonly CoverageChange[];
  readonly removed: readonly CoverageChange[];
  readonly changed: readonly CoverageChange[];
  /** How many instruments cover on both days on the same basis. */
  readonly same: number;
}

const STRENGTH: Record<Basis, number> = { NAMED: 3, CATEGORY: 2, GENERAL: 1 };

/** The strongest basis of each instrument in an answer, in the answer's order of first appearance. */
export function strongestByInstrument(items: readonly CoverageLike[]): Map<string, CoverageLike> {
  const best = new Map<string, CoverageLike>();
  for (const item of items) {
    const known = best.get(item.instrument.id);
    if (!known || STRENGTH[item.basis] > STRENGTH[known.basis]) best.set(item.instrument.id, item);
  }
  return best;
}

/** Stronger first, then by id, so that the lists read the same on every render. */
function ordered(changes: CoverageChange[]): CoverageChange[] {
  const strength = (c: CoverageChange) => STRENGTH[c.after ?? c.before ?? 'GENERAL'];
  return changes.sort((a, b) => strength(b) - strength(a) || a.instrument.id.localeCompare(b.instrument.id));
}

/** What changed from the `before` answer to the `after` one. */
export function diffCoverage(before: readonly CoverageLike[], after: readonly CoverageLike[]): CoverageDiff {
  const a = strongestByInstrument(before);
  const b = strongestByInstrument(after);
  const added: CoverageChange[] = [];
  const removed: CoverageChange[] = [];
  const changed: CoverageChange[] = [];
  let same = 0;
  for (const [id, item] of b) {
    const was = a.get(id);
    if (!was) added.push({ instrument: item.instrument, before: null, after: item.basis });
    else if (was.basis !== item.basis)
      changed.push({ instrument: item.instrument, before: was.basis, after: item.basis });
    else same += 1;
  }
  for (const [id, item] of a) {
    if (!b.has(id)) removed.push({ instrument: item.instrument, before: item.basis, after: null });
  }
  return { added: ordered(added), removed: ordered(removed), changed: ordered(changed), same };
}
