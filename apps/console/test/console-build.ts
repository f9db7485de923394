// The console built by its own script into a folder of its own: a test never depends on a
// `dist` another run (or a clean clone's lack of one) left behind, nor races a parallel build.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const CONSOLE_ROOT = path.resolve(__dirname, '..');

/** Builds the console into a fresh temporary folder and returns it (the caller removes it). */
export async function buildConsole(): Promise<string> {
  const consoleDir = await mkdtemp(path.join(tmpdir(), 'console-'));
  await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/build.mts', '--out-dir', consoleDir], {
    cwd: CONSOLE_ROOT,
  });
  return consoleDir;
}
