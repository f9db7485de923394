// `pnpm --filter console build [--out-dir DIR]`: the console with web-kit's shared Vite
// configuration, served by the gateway under /console (hence the base), the operation library
// embedded from schema/operations.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appConfig } from '@equality-graph/web-kit/vite';
import { build } from 'vite';
import { operationLibraryPlugin } from './operation-library';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONSOLE_BASE = '/console/';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  // Vite keeps a NODE_ENV it inherits (jest sets `test`), and React would then ship its development build.
  process.env.NODE_ENV = 'production';
  const config = appConfig({ root });
  const operations = path.resolve(argument('--operations') ?? path.join(root, '../../schema/operations'));
  const outDir = path.resolve(argument('--out-dir') ?? path.join(root, 'dist'));
  await build({
    ...config,
    configFile: false,
    base: CONSOLE_BASE,
    plugins: [...(config.plugins ?? []), operationLibraryPlugin(operations)],
    // Monaco's workers as files of this origin (`?worker` imports), in ES module form.
    worker: { format: 'es' },
    logLevel: 'warn',
    build: { ...config.build, outDir, chunkSizeWarningLimit: 6000 },
  });
  console.log(`built ${path.relative(process.cwd(), outDir) || '.'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
