// Where the gateway's supergraph comes from at run time: a file or a mounted directory (a
// Kubernetes ConfigMap, or what `pnpm schema:publish` writes), watched and re-read; a new
// supergraph is validated before it is swapped in, and a refused one leaves the old one serving.
import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { SupergraphManager } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { Logger } from '@equality-graph/service-kit';
import { supergraphHash, type SupergraphStatus } from './supergraph-status';

/** The file read inside a delivery directory (the ConfigMap key `schema:publish` writes). */
export const SUPERGRAPH_FILE = 'supergraph.graphql';

/**
 * Builds what the gateway builds from a supergraph, without touching the running one:
 * @apollo/gateway leaves itself half-updated (every query failing) when `update` throws.
 */
export function assertLoadableSupergraph(sdl: string): void {
  const supergraph = Supergraph.build(sdl);
  new QueryPlanner(supergraph);
  supergraph.apiSchema();
}

/** A directory means its supergraph.graphql; anything else is the file itself. */
export function supergraphFilePath(configured: string): string {
  try {
    if (statSync(configured).isDirectory()) return path.join(configured, SUPERGRAPH_FILE);
  } catch {
    // Not there (yet): read as a file, and the first read says what is missing.
  }
  return configured;
}

export interface SupergraphDeliveryOptions {
  logger: Logger;
  status: SupergraphStatus;
  /** Re-read at least this often: inotify events are lost on some volumes (NFS, some overlays). */
  pollMs: number;
}

/**
 * Serves the supergraph at `configured` (a file, or a directory holding supergraph.graphql).
 * The directory is watched, not the file: Kubernetes updates a mounted ConfigMap by swapping
 * the `..data` symlink, and editors and `schema:publish` replace files by rename; both leave a
 * watch on the old file looking at nothing. Every event (and every poll) re-reads the file and
 * compares its hash with the one serving, so a burst of events costs one reload.
 */
export function supergraphDelivery(configured: string, options: SupergraphDeliveryOptions): SupergraphManager {
  const file = supergraphFilePath(configured);
  const { logger, status } = options;
  return {
    async initialize({ update }) {
      const initial = readFileSync(file, 'utf8');
      // A gateway that cannot start from what is there must not start at all.
      assertLoadableSupergraph(initial);
      let servingHash = supergraphHash(initial);
      let refusedHash: string | undefined;
      let pending: NodeJS.Timeout | undefined;

      const check = () => {
        pending = undefined;
        let next: string;
        try {
          next = readFileSync(file, 'utf8');
        } catch (error) {
          logger.warn({ err: error, file }, 'supergraph unreadable; keeping the one serving');
          return;
        }
        const hash = supergraphHash(next);
        // Already serving, or already refused (logged and counted once, not at every poll).
        if (hash === servingHash || hash === refusedHash) return;
        try {
          assertLoadableSupergraph(next);
        } catch (error) {
          refusedHash = hash;
          status.refused(hash);
          logger.error({ err: error, file, hash }, 'supergraph refused; keeping the one serving');
          return;
        }
        update(next);
        servingHash = hash;
        refusedHash = undefined;
        logger.info({ file, hash }, 'supergraph updated');
      };
      // Events come in bursts (a rename, a symlink swap, a write in several chunks): settle first.
      const soon = () => {
        if (!pending) pending = setTimeout(check, 50);
      };

      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(path.dirname(file), { persistent: false }, soon);
        watcher.on('error', (error) => logger.warn({ err: error, file }, 'supergraph directory watch failed; polling only'));
      } catch (error) {
        logger.warn({ err: error, file }, 'supergraph directory cannot be watched; polling only');
      }
      const poll = setInterval(check, options.pollMs);
      poll.unref();
      return {
        supergraphSdl: initial,
        cleanup: async () => {
          watcher?.close();
          clearInterval(poll);
          if (pending) clearTimeout(pending);
        },
      };
    },
  };
}
