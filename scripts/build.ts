/**
 * pnpm run build [name...]: each deployable's entry points bundled to its dist/ (esbuild), run by
 * its image as plain JavaScript on Node. Workspace packages (`@equality-graph/*`, whose package
 * entry is TypeScript) are bundled in; every other package stays a require() resolved from the
 * image's production node_modules, so native and dynamically loaded modules work as installed.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ensureConsoleBuild } from './lib/console-build';
import { DEPLOYABLES, inDeployable, versionOf, type Deployable } from './lib/deployables';
import { ROOT } from './lib/subgraphs';

/** Bare imports outside the workspace stay external; relative and workspace imports are bundled. */
const thirdPartyExternal: Plugin = {
  name: 'third-party-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@equality-graph/') ? undefined : { path: args.path, external: true },
    );
  },
};

export async function buildDeployable(deployable: Deployable): Promise<string[]> {
  const dist = inDeployable(deployable, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(deployable.entries.map((entry) => [entry, inDeployable(deployable, 'src', `${entry}.ts`)])),
    outdir: dist,
    bundle: true,
    platform: 'node',
    // The oldest Node the code runs on; the images run Node 22.
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    plugins: [thirdPartyExternal],
    // Decorators as tsx runs them in development (legacy, no emitted metadata: entities name their column types).
    tsconfig: path.join(ROOT, 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  for (const asset of deployable.assets) cpSync(inDeployable(deployable, 'src', asset), inDeployable(deployable, 'dist', asset));
  return deployable.entries.map((entry) => `${deployable.dir}/dist/${entry}.js`);
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !DEPLOYABLES.some((d) => d.name === name));
  if (unknown.length) throw new Error(`unknown deployable(s): ${unknown.join(', ')} (known: ${DEPLOYABLES.map((d) => d.name).join(', ')})`);
  for (const deployable of DEPLOYABLES.filter((d) => names.length === 0 || names.includes(d.name))) {
    const outputs = await buildDeployable(deployable);
    process.stdout.write(`${deployable.name} ${versionOf(deployable)}: ${outputs.join(', ')}\n`);
  }
  // The console ships with the gateway (served at /console from CONSOLE_DIR).
  if (names.length === 0 || names.includes('gateway')) ensureConsoleBuild(true);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`build: ${error.message}\n`);
    process.exit(1);
  });
}
