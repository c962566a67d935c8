/** Starts everything the store does by itself while the page is open; the returned function stops it. */
import { coverageReaction } from './coverage/effects';
import { linksReaction, loadStats, overviewReaction } from './graph/effects';
import { pathsReaction } from './paths/effects';
import type { Cleanup } from './reaction';
import { langReaction, urlReaction } from './view/effects';

export function startEffects(): Cleanup {
  loadStats();
  const stops = [
    urlReaction(),
    langReaction(),
    overviewReaction(),
    linksReaction(),
    coverageReaction(),
    pathsReaction(),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
