// Builds the explorer (index.html) and the local GraphQL IDE (graphiql.html) into dist/client, served by the server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  envPrefix: 'VITE_',
  build: {
    outDir: path.resolve(here, '..', 'dist', 'client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: { main: path.resolve(here, 'index.html'), graphiql: path.resolve(here, 'graphiql.html') },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
