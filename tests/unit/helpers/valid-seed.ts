// The seed of a validation result a test needs to be valid; otherwise a failure listing every problem, so that tests
// read the seed without branching on the result themselves.
import { formatProblem, type Seed, type ValidationResult } from '../../../graph-seed/src/index';

export function validSeedOf(result: ValidationResult): Seed {
  if (!result.ok) throw new Error(`expected a valid seed:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.seed;
}
