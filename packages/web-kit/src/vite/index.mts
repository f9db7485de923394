// One Vite configuration for the browser apps (public client, analysts' console): React, no
// inline script or data: URI in the output (the served CSP forbids both), and in development
// /graphql and /auth/* forwarded to the gateway so the app talks to its own origin as in production.
// An ES module (.mts) in a CommonJS package: Vite and its React plugin are ES modules only.
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

export interface AppConfigOptions {
  /** The app's folder (index.html lives there). */
  root: string;
  /** Gateway the dev server forwards /graphql and /auth/* to (default http://localhost:4000). */
  gatewayUrl?: string;
  /** Dev server port. */
  port?: number;
}

export function appConfig(options: AppConfigOptions): UserConfig {
  const gatewayUrl = options.gatewayUrl ?? 'http://localhost:4000';
  return {
    root: options.root,
    base: '/',
    plugins: [react()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // Assets as files, never data: URIs, so `img-src 'self'` and `font-src 'self'` hold.
      assetsInlineLimit: 0,
      // The polyfill is injected as code; modern browsers need none.
      modulePreload: { polyfill: false },
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
    },
    server: {
      port: options.port,
      strictPort: options.port !== undefined,
      proxy: { '/graphql': { target: gatewayUrl, changeOrigin: true }, '/auth/': { target: gatewayUrl, changeOrigin: true } },
    },
  };
}

/** Also as a default export, for CommonJS callers that reach this module with `import kit from`. */
export default { appConfig };
