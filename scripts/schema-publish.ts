/**
 * pnpm schema:publish <service> [--sdl file] [--url subgraph-url] [--delivery dir] [--operations dir]...
 * A team's new subgraph SDL composed with the others as deployed, refused on a composition
 * error, a breaking change clients' operations use, a removal not deprecated first or another
 * unannounced breaking change; otherwise written to the delivery directory gateways watch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { publishSubgraph } from './lib/schema-publish';
import { ROOT, SUBGRAPHS } from './lib/subgraphs';

const USAGE =
  'usage: pnpm schema:publish <service> [--sdl file] [--url http://host:port/graphql] [--delivery dir] [--operations dir]...\n' +
  `  service: ${SUBGRAPHS.map((s) => s.name).join(', ')}\n` +
  '  --sdl         the new SDL (default services/<service>/src/schema.graphql)\n' +
  '  --url         where gateways reach the new version (default: the URL deployed now)\n' +
  '  --delivery    the directory gateways watch (default $SUPERGRAPH_DELIVERY_DIR or .data/supergraph)\n' +
  '  --operations  persisted operations clients send (default schema/operations; repeatable)';

function parseArguments(argv: string[]) {
  const [service, ...rest] = argv;
  if (!service || service.startsWith('--')) throw new Error(USAGE);
  const options: { sdl?: string; url?: string; delivery?: string; operations: string[] } = { operations: [] };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--sdl') options.sdl = value;
    else if (flag === '--url') options.url = value;
    else if (flag === '--delivery') options.delivery = value;
    else if (flag === '--operations') options.operations.push(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (options.url !== undefined && !/^https?:\/\/\S+$/.test(options.url))
    throw new Error(`--url must be an http(s) URL, got ${options.url}`);
  return { service, ...options };
}

try {
  const args = parseArguments(process.argv.slice(2));
  const deliveryDir = path.resolve(args.delivery ?? process.env.SUPERGRAPH_DELIVERY_DIR ?? path.join(ROOT, '.data', 'supergraph'));
  const result = publishSubgraph({
    service: args.service,
    sdl: readFileSync(args.sdl ?? path.join(ROOT, 'services', args.service, 'src', 'schema.graphql'), 'utf8'),
    url: args.url,
    deliveryDir,
    operationDirs: args.operations.length > 0 ? args.operations.map((d) => path.resolve(d)) : [path.join(ROOT, 'schema', 'operations')],
  });
  if (!result.ok) {
    console.error(`refused: ${args.service} not published, gateways keep the supergraph they serve`);
    for (const problem of result.problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`published ${args.service} into ${deliveryDir}: supergraph sha256 ${result.hash}`);
  console.log('gateways show this hash in /health/ready and gateway_supergraph_info once they serve it');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
