// Entry point of the explorer page: the app under the shared query client (api/queryClient.ts).
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { queryClient } from './api/queryClient';
import { atlas } from './core/store';
import { stateFromLocation } from './core/view/effects';
import './styles.css';
import './styles/canvas.css';
import './styles/habits.css';
import './styles/views.css';
import './styles/screens.css';
import './styles/errors.css';
import './styles/exports.css';
import './styles/time.css';
import './styles/matrix.css';

const root = document.getElementById('root');
if (root) {
  atlas.setState(stateFromLocation());
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
