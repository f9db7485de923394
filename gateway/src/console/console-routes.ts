// The gateway's /console: the built console's files and its cost preview (POST /console/cost).
// A `routes` function of the gateway's HTTP server, like browserSignInRoutes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSOLE_PATH, consoleFiles } from './console-files';
import { COST_PATH, costPreviewRoute, type CostPreviewOptions } from './cost-preview';

/** The console's folder is env.CONSOLE_DIR. */
export function consoleRoutes(options: CostPreviewOptions) {
  const { env } = options;
  const files = consoleFiles({
    dir: env.CONSOLE_DIR,
    production: env.NODE_ENV === 'production',
    identityProviderOrigin: env.AUTH_MODE === 'oidc' && env.OIDC_ISSUER ? new URL(env.OIDC_ISSUER).origin : undefined,
  });
  const cost = costPreviewRoute(options);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const urlPath = (req.url ?? '/').split('?')[0];
    if (urlPath === COST_PATH) {
      void cost(req, res);
      return true;
    }
    if (urlPath !== CONSOLE_PATH && !urlPath.startsWith(`${CONSOLE_PATH}/`)) return false;
    files(req, res, urlPath);
    return true;
  };
}
