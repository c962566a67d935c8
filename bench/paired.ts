/**
 * Times two sides of one comparison (the API and the raw Cypher) in turns: both benchmarks that set the API against
 * the database floor time through this, so a ratio printed by either means the same thing.
 *
 * Inputs 0..count-1 run through both sides with `concurrency` workers, each taking the next input once its last is
 * answered on both. The side that goes first alternates from one input to the next, so that neither pays for the
 * other's effects: the first read of an input's pages, the garbage either leaves, the machine's load at that moment.
 * Timing one side's runs in a block before the other's charged all of that to whichever went first.
 */

export type Side = (input: number) => Promise<void>;

export interface Timing {
  /** Milliseconds per answered run, sorted ascending. */
  readonly times: number[];
  readonly errors: number;
  readonly firstError: string | undefined;
}

export interface PairedOptions {
  readonly count: number;
  readonly concurrency: number;
  /** Each side stops taking new inputs after about this long (summed over both sides); unlimited when absent. */
  readonly budgetMs?: number;
  /** The clock, in milliseconds; a test passes its own. */
  readonly now?: () => number;
}

export async function timePaired(sides: readonly [Side, Side], options: PairedOptions): Promise<[Timing, Timing]> {
  const now = options.now ?? (() => performance.now());
  const recorder = () => ({ times: [] as number[], errors: 0, firstError: undefined as string | undefined });
  const timings = [recorder(), recorder()] as const;
  const endAt = options.budgetMs === undefined ? Infinity : now() + options.budgetMs * sides.length;
  let next = 0;
  const once = async (side: 0 | 1, input: number) => {
    const timing = timings[side];
    const started = now();
    try {
      await sides[side](input);
      timing.times.push(now() - started);
    } catch (error) {
      timing.errors++;
      timing.firstError ??= error instanceof Error ? error.message.slice(0, 200) : String(error);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency) }, async () => {
      while (next < options.count && now() < endAt) {
        const input = next++;
        const [first, second] = input % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
        await once(first, input);
        await once(second, input);
      }
    }),
  );
  const sorted = (timing: Timing): Timing => ({ ...timing, times: [...timing.times].sort((a, b) => a - b) });
  return [sorted(timings[0]), sorted(timings[1])];
}
