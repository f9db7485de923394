/**
 * pnpm run token <ROLE> [--sub ID] [--name NAME] [--ttl 12h]: prints a development token, and only
 * the token, on stdout (so `TOKEN=$(pnpm run token ANALYST)` works). Signed with DEV_JWT_SECRET,
 * or the development default the gateway uses with `pnpm start`.
 */
import {
  DEFAULT_MAX_CLIENT_TOKEN_LIFETIME_SECONDS,
  DEV_SECRET_DEFAULT,
  ROLES,
  isRole,
  mintDevToken,
  type Role,
} from '@equality-graph/auth';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/**
 * `--ttl` in seconds. Bounded by the gateway's default MAX_TOKEN_LIFETIME_SECONDS: a longer
 * token would only be refused with 401 when used.
 */
function ttlSeconds(ttl: string): number {
  const match = /^(\d{1,7})([smhd])$/.exec(ttl);
  if (!match) usage(`--ttl must be a number and a unit (s, m, h or d), e.g. 12h; got "${ttl}"`);
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
  if (seconds < 1 || seconds > DEFAULT_MAX_CLIENT_TOKEN_LIFETIME_SECONDS) {
    usage(
      `--ttl must be between 1s and ${DEFAULT_MAX_CLIENT_TOKEN_LIFETIME_SECONDS / 3600}h (the gateway's MAX_TOKEN_LIFETIME_SECONDS default)`,
    );
  }
  return seconds;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: pnpm run token <${ROLES.join('|')}>[,ROLE...] [--sub ID] [--name NAME] [--ttl 12h]\n`);
  process.exit(2);
}

async function main(args: string[]): Promise<void> {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined) usage(`${args[i]} needs a value`);
      options[args[i].slice(2)] = value;
      i++;
    } else positional.push(args[i]);
  }
  if (positional.length !== 1) usage('one role (or a comma-separated list of roles) is required');
  const roles = positional[0].split(',').map((r) => r.trim().toUpperCase());
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0) usage(`unknown role: ${unknown.join(', ')}`);
  for (const key of Object.keys(options)) if (!['sub', 'name', 'ttl'].includes(key)) usage(`unknown option --${key}`);
  const sub = options.sub ?? `dev-${roles[0].toLowerCase()}`;
  const token = await mintDevToken(
    process.env.DEV_JWT_SECRET || DEV_SECRET_DEFAULT,
    { sub, roles: roles as Role[], name: options.name ?? `Dev ${roles.join('/')}` },
    ttlSeconds(options.ttl ?? '12h'),
  );
  process.stdout.write(`${token}\n`);
}

void main(process.argv.slice(2));
