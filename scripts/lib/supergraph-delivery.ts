// The supergraph delivery directory (what gateways watch): read what is deployed, and replace it
// all at once the way the kubelet updates a mounted ConfigMap (a new folder, then one rename of
// the `..data` symlink), so a gateway never reads a supergraph and subgraph SDL from two publishes.
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  openSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';

export const SUPERGRAPH_KEY = 'supergraph.graphql';
const DATA_LINK = '..data';
const LOCK = '.publish.lock';

/** The key (file name, ConfigMap key) of a subgraph's printed SDL beside the supergraph. */
export const subgraphKey = (name: string) => `subgraph-${name}.graphql`;

export interface Delivered {
  supergraphSdl: string;
  /** Printed SDL of each subgraph the supergraph was composed from, when the directory holds it. */
  subgraphs: Map<string, string>;
}

/** What the directory delivers now; undefined when it holds no supergraph yet. */
export function readDelivery(dir: string, names: string[]): Delivered | undefined {
  const file = path.join(dir, SUPERGRAPH_KEY);
  if (!existsSync(file)) return undefined;
  const subgraphs = new Map<string, string>();
  for (const name of names) {
    const sdl = path.join(dir, subgraphKey(name));
    if (existsSync(sdl)) subgraphs.set(name, readFileSync(sdl, 'utf8'));
  }
  return { supergraphSdl: readFileSync(file, 'utf8'), subgraphs };
}

/** Replaces `dir/name` (a plain file or an old link) by `target` in one rename. */
function linkAtomically(dir: string, name: string, target: string): void {
  const temporary = path.join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  symlinkSync(target, temporary);
  renameSync(temporary, path.join(dir, name));
}

/**
 * Writes every file into a fresh versioned folder, then points `..data` at it with one rename;
 * the top-level names are links through `..data`, so readers see the old set or the new one.
 */
export function writeDelivery(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const dataLink = path.join(dir, DATA_LINK);
  const previous = existsSync(dataLink) ? readlinkSync(dataLink) : undefined;
  const version = `..${new Date().toISOString().replace(/[:.]/g, '_')}.${randomBytes(4).toString('hex')}`;
  mkdirSync(path.join(dir, version));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, version, name), text.endsWith('\n') ? text : `${text}\n`);
  }
  linkAtomically(dir, DATA_LINK, version);
  for (const name of Object.keys(files)) linkAtomically(dir, name, path.join(DATA_LINK, name));
  if (previous && previous !== version) rmSync(path.join(dir, previous), { recursive: true, force: true });
}

/** One publisher at a time per directory: the second one is told, not silently overwritten. */
export function withPublishLock<T>(dir: string, work: () => T): T {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, LOCK);
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    throw new Error(`another publish holds ${lock} (remove it if no publish is running)`);
  }
  try {
    return work();
  } finally {
    closeSync(fd);
    unlinkSync(lock);
  }
}
