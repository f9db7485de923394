// `pnpm --filter web build [--out-dir DIR]` (and `dev`): Vite with the shared browser-app
// configuration of @equality-graph/web-kit, run through tsx because that package ships TypeScript
// sources (as ESM: Vite loaded through require() from a CommonJS script fails its build).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appConfig } from '@equality-graph/web-kit/vite';
import { build, createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const config = { ...appConfig({ root, port: 5173, gatewayUrl: process.env.GATEWAY_URL }), configFile: false as const };
  if (process.argv.includes('--dev')) {
    const server = await createServer(config);
    await server.listen();
    server.printUrls();
    return;
  }
  // Vite keeps a NODE_ENV it inherits (jest sets `test`), and React would then ship its development build.
  process.env.NODE_ENV = 'production';
  // Tests build into a folder of their own, so that a build of dist/ meanwhile cannot pull files from under them.
  const outDir = path.resolve(argument('--out-dir') ?? path.join(root, 'dist'));
  await build({ ...config, logLevel: 'warn', build: { ...config.build, outDir } });
  console.log(`built ${path.relative(process.cwd(), outDir) || '.'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
