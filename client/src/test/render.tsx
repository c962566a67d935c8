/**
 * Renders a component as the page would — under a fresh query client, in a language, with the page's store set to
 * the state given — so component tests seed the store and the query cache instead of mocking the network.
 */
import { QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { atlas, initialState, type AtlasState } from '../core/store';
import { I18nProvider } from '../i18n/I18n';
import type { Lang } from '../state/types';

afterEach(() => {
  cleanup();
  atlas.setState(initialState(), true);
});

export interface Seed {
  readonly state?: Partial<AtlasState>;
  readonly lang?: Lang;
  /** Answers already in the query cache, by query key. */
  readonly queries?: readonly (readonly [QueryKey, unknown])[];
}

export function renderWithAtlas(ui: ReactElement, { state = {}, lang = 'en', queries = [] }: Seed = {}): RenderResult {
  atlas.setState({ ...initialState(), ...state }, true);
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  for (const [key, data] of queries) client.setQueryData(key, data);
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </QueryClientProvider>,
  );
}
