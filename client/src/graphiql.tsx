// The GraphQL IDE served at GET /graphql in a browser, bundled locally (the app must work offline, without a CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { clientConfig } from './config';

const fetcher = createGraphiQLFetcher({ url: clientConfig.graphqlUrl });

const EXAMPLE = `# Dual-Use AI Atlas GraphQL API. Try:
query Stats {
  graphStats {
    nodes
    relationships
    seedVersion
    byKind { kind count }
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
    </StrictMode>,
  );
}
