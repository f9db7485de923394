// `pnpm run token` as a user runs it: a token the gateway accepts, refusals without output.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEV_SECRET_DEFAULT, devVerifier } from '@equality-graph/auth';
import { ROOT } from '../lib/subgraphs';

const run = promisify(execFile);
const { DEV_JWT_SECRET: _ignored, ...env } = process.env;
const token = (...args: string[]) => run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'token.ts'), ...args], { cwd: ROOT, env });

test('pnpm run token prints only a token the gateway accepts in development', async () => {
  const { stdout } = await token('ANALYST', '--sub', 'analyst-1');
  expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  const identity = await devVerifier(DEV_SECRET_DEFAULT)(stdout.trim());
  expect(identity).toMatchObject({ sub: 'analyst-1', roles: ['ANALYST'] });
});

test('an unknown role is refused, with nothing on stdout', async () => {
  await expect(token('SUPERUSER')).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('unknown role: SUPERUSER') });
});

test('the default lifetime fits the gateway bound, and --ttl beyond it is refused rather than minted', async () => {
  const { stdout } = await token('MENTEE');
  const { exp, iat } = JSON.parse(Buffer.from(stdout.trim().split('.')[1], 'base64url').toString()) as { exp: number; iat: number };
  expect(exp - iat).toBe(12 * 3600);
  expect((await token('MENTEE', '--ttl', '24h')).stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  for (const ttl of ['1000d', '25h', '12', 'forever']) {
    await expect(token('MENTEE', '--ttl', ttl)).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--ttl must') });
  }
});
