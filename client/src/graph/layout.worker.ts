/** The layout worker: lays out one job per message (layoutCompute.ts) and answers with the positions or the error. */
import { computeLayout } from './layoutCompute';
import type { LayoutAnswer, LayoutJob } from './layoutJob';

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  let answer: LayoutAnswer;
  try {
    answer = { ok: true, positions: computeLayout(event.data) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
