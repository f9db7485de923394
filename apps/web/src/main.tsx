// Entry point: the session (token in memory), the Apollo client reading it, the router, the app.
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { AuthProvider, createBrowserSession } from './auth/AuthProvider';
import { RouterProvider } from './router';
import './styles.css';

const session = createBrowserSession();
const client = createApolloClient(() => session.token());
// Signing out must not leave someone's data in the cache for the next reader of the screen.
session.subscribe(() => {
  if (session.token() === null) void client.clearStore();
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AuthProvider session={session}>
        <ApolloProvider client={client}>
          <RouterProvider>
            <App />
          </RouterProvider>
        </ApolloProvider>
      </AuthProvider>
    </StrictMode>,
  );
}
