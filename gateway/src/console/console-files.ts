// The built query console (apps/console's dist) at /console, with the strict headers of every
// served browser app (web-kit's serve): scripts, workers, styles and calls from this origin only
// (plus the <style> elements Monaco writes at run time).
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { plainAnswer, realRoot, securityHeaders, sendStaticFile } from '@equality-graph/web-kit/serve';

export const CONSOLE_PATH = '/console';

export interface ConsoleFilesOptions {
  /** The console's build folder (CONSOLE_DIR). */
  dir: string;
  production: boolean;
  /** The OIDC provider's origin in AUTH_MODE=oidc: the browser exchanges the code at its token endpoint. */
  identityProviderOrigin?: string;
}

export const NOT_BUILT_MESSAGE = (dir: string) =>
  `The query console is not built (no ${path.join(dir, 'index.html')}).\n` +
  'Build it with `pnpm --filter console build` (pnpm start and pnpm build do it), or point CONSOLE_DIR at a built console.\n';

/** Answers GET /console and /console/...; the folder is looked up per request, so a build made after start is served. */
export function consoleFiles(options: ConsoleFilesOptions) {
  const dir = path.resolve(options.dir);
  const headers = securityHeaders({
    production: options.production,
    // Monaco (GraphiQL's editor) writes <style> elements; without them no syntax colours or cursor.
    inlineStyles: true,
    // GraphiQL's stylesheet carries its fonts and icons as data: URLs.
    dataFontsAndImages: true,
    connectSources: options.identityProviderOrigin ? [options.identityProviderOrigin] : [],
  });
  return (req: IncomingMessage, res: ServerResponse, urlPath: string): void => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // The app's base is /console/: relative to it, so /console and /console/ are one page.
    if (urlPath === CONSOLE_PATH) {
      res.writeHead(308, { location: `${CONSOLE_PATH}/`, 'cache-control': 'no-store' });
      return void res.end();
    }
    if (!existsSync(path.join(dir, 'index.html'))) return plainAnswer(res, 503, NOT_BUILT_MESSAGE(options.dir));
    sendStaticFile(realRoot(dir), req, res, urlPath.slice(CONSOLE_PATH.length));
  };
}
