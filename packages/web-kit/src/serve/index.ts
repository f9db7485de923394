// Serving a built browser app: static files with a strict CSP, SPA fallback, gateway proxy.
export { DEFAULT_PROXY_PATHS, createWebServer, startWebServer, type RunningWebServer, type WebServerOptions } from './server';
export { contentSecurityPolicy, securityHeaders, type SecurityHeaderOptions } from './security-headers';
export { plainAnswer, sendStaticFile } from './static-answer';
export { realRoot } from './static-files';
