// The bench's child processes (subgraphs, gateways): started as they are deployed (`node --import
// tsx <entry>` with their own environment), awaited on /health/ready, measured (peak RSS), stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT } from '../lib/subgraphs';

export interface Child {
  name: string;
  process: ChildProcess;
  /** Peak resident set size so far (VmHWM), in MiB; null where /proc is not available. */
  peakRssMiB(): number | null;
  stop(): Promise<void>;
}

const NODE_TS = [process.execPath, '--import', 'tsx'] as const;

async function waitReady(name: string, url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready`);
    try {
      // The preflight header lets Apollo's CSRF prevention answer a GET probe of a bare /graphql.
      if ((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} not ready after ${timeoutMs} ms (${url})`);
}

/** Starts `entry` (relative to the repository root) and waits until `readyUrl` answers 200. */
export async function startChild(
  name: string,
  entry: string,
  env: Record<string, string>,
  readyUrl: string,
  extraNodeArgs: string[] = [],
): Promise<Child> {
  const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), ...extraNodeArgs, entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    // Logs are written (the cost stays on the hot path) but not shown; errors go to our stderr.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitReady(name, readyUrl, child);
  return {
    name,
    process: child,
    peakRssMiB: () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Math.round(Number(match[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
