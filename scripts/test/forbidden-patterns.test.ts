// The one-line patterns check (`pnpm patterns:check`) run as CI runs it, on scratch trees:
// each pattern of issue 10 makes it fail, a clean tree passes.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../lib/subgraphs';

const run = promisify(execFile);
const check = (root: string) => run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'forbidden-patterns.ts'), root], { cwd: ROOT });

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'patterns-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const CLEAN = "export const ok = (ids: string[], byId: Map<string, number>) => ids.map((id) => byId.get(id) ?? 0);\n";

test('a tree without the patterns passes', async () => {
  write('services/demo/src/data/things.ts', CLEAN);
  await expect(check(root)).resolves.toMatchObject({ stdout: expect.stringContaining('no forbidden') });
});

test.each([
  ['the by-keys map', 'services/demo/src/data/things.ts', 'export const f = (ids: string[], byId: Map<string, object>) => ids.map((id) => byId.get(id) ?? null);\n', 'by-keys map', 2],
  ['the by-keys map with other names, typed, over lines', 'gateway/src/x.ts', 'export const f = (codes: string[], rows: Map<string, object>) =>\n  codes.map((code: string) =>\n    rows.get(code) ?? null);\n', 'by-keys map', 3],
  ['the loose UUID regex', 'services/demo/src/data/ids.ts', 'export const UUID = /^[0-9a-f-]{36}$/i;\n', 'loose UUID regex', 2],
  ['the loose UUID regex, classes reordered', 'packages/kit/src/uuid.ts', "export const UUID = new RegExp('^[a-fA-F0-9-]{36}$');\n", 'loose UUID regex', 2],
])('%s fails the check, naming file and line', async (_label, file, text, name, line) => {
  write(file, `// header\n${text}`);
  const failure = check(root);
  await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`${file}:${line}  ${name}`) });
});

test('the kit may hold the one by-keys implementation, but not a loose UUID regex', async () => {
  write('packages/service-kit/src/by-keys.ts', 'export const f = (keys: string[], byKey: Map<string, object>) => keys.map((key) => byKey.get(key) ?? null);\n');
  await expect(check(root)).resolves.toBeDefined();
  write('packages/service-kit/src/uuid.ts', 'export const UUID = /^[0-9a-f-]{36}$/;\n');
  await expect(check(root)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('packages/service-kit/src/uuid.ts:1  loose UUID regex') });
});

test('generated files are not read', async () => {
  write('services/demo/src/generated/graphql.ts', 'export const UUID = /^[0-9a-f-]{36}$/;\n');
  await expect(check(root)).resolves.toBeDefined();
});
