// `pnpm --filter web build` (and `dev`): Vite with the shared browser-app configuration of
// @equality-graph/web-kit, run through tsx because that package ships TypeScript sources (as ESM:
// Vite loaded through require() from a CommonJS script fails its build).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appConfig } from '@equality-graph/web-kit/vite';
import { build, createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const config = { ...appConfig({ root, port: 5173, gatewayUrl: process.env.GATEWAY_URL }), configFile: false as const };
  if (process.argv.includes('--dev')) {
    const server = await createServer(config);
    await server.listen();
    server.printUrls();
    return;
  }
  await build({ ...config, logLevel: 'warn' });
  console.log(`built ${path.relative(process.cwd(), path.join(root, 'dist')) || 'dist'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
