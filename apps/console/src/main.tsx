// Entry point. Monaco's workers come from this build (Vite `?worker` files under /console/assets),
// never from a CDN; GraphiQL's web fonts are left out (system fonts), so the page asks no other origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { consoleSession } from './session';
import './console.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App session={consoleSession()} />
    </StrictMode>,
  );
}
