// Serves the committed supergraph file and reloads it safely when it changes (or keeps the
// previous one when the new one does not load).
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { Logger } from '@equality-graph/service-kit';

/**
 * Builds what the gateway builds from a supergraph, without touching the running one:
 * @apollo/gateway leaves itself half-updated (every query failing) when `update` throws.
 */
export function assertLoadableSupergraph(sdl: string): void {
  const supergraph = Supergraph.build(sdl);
  new QueryPlanner(supergraph);
  supergraph.apiSchema();
}

/**
 * Serves the committed, composed supergraph file and reloads it when it changes (polling:
 * editors and deploy tools replace files by rename, which fs.watch loses track of). A file
 * that does not load is logged and the previous supergraph keeps serving.
 */
export function supergraphFile(path: string, logger: Logger, pollMs = 1000): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = readFileSync(path, 'utf8');
      watchFile(path, { interval: pollMs }, () => {
        let next: string;
        try {
          next = readFileSync(path, 'utf8');
        } catch (error) {
          logger.error({ err: error, path }, 'supergraph file unreadable; keeping the loaded one');
          return;
        }
        if (next === current) return;
        try {
          assertLoadableSupergraph(next);
          update(next);
          current = next;
          logger.info({ path }, 'supergraph reloaded');
        } catch (error) {
          logger.error({ err: error, path }, 'supergraph rejected; keeping the loaded one');
        }
      });
      return { supergraphSdl: current, cleanup: async () => unwatchFile(path) };
    },
  };
}
