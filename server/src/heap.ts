/**
 * The API process's heap budget, and the Node arguments every launcher starts the server with (`npm start` through
 * the database launcher, the benchmarks' and the tests' server processes). V8 sizes its heap by its limit, not by
 * what the process keeps: under Node's default limit the server's heap grew until its RSS passed 330 MB in
 * `bench:api`, while with a 128 MiB limit the same run peaked at 193 MB at the same latency. The in-flight cap
 * (http/inFlight.ts) bounds what the requests hold at once, so the budget holds under any load.
 */
export const DEFAULT_API_HEAP_MB = 192;
const HEAP_MB = { min: 64, max: 65_536 } as const;

/** The heap budget in MiB from API_HEAP_MB; throws a message naming the variable when it is not a whole number in range. */
export function apiHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.API_HEAP_MB?.trim();
  if (raw === undefined || raw === '') return DEFAULT_API_HEAP_MB;
  const mb = Number(raw);
  if (!/^\d+$/u.test(raw) || mb < HEAP_MB.min || mb > HEAP_MB.max) {
    throw new Error(
      `API_HEAP_MB must be a whole number of MiB from ${HEAP_MB.min} to ${HEAP_MB.max} (default ${DEFAULT_API_HEAP_MB}), got "${raw}".`,
    );
  }
  return mb;
}

/** `node <these> server/src/main.ts`: the heap budget, and TypeScript through tsx. */
export function serverNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [`--max-old-space-size=${apiHeapMb(env)}`, '--import', 'tsx'];
}
