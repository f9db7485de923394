// `pnpm patterns:check`: fails when a one-line copy the kit replaces reappears in a `src` file
// (issue 10), since the duplicate-code detector is blind to copies shorter than a few lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ForbiddenPattern {
  name: string;
  pattern: RegExp;
  instead: string;
  /** Where the one shared implementation lives, the only place the pattern may appear. */
  home?: string;
}

export const FORBIDDEN_PATTERNS: ForbiddenPattern[] = [
  {
    name: 'by-keys map',
    // `ids.map((id) => byId.get(id) ?? null)`, whatever the names, typed or not, over several lines.
    pattern: /\.map\(\s*\(?\s*([A-Za-z_$][\w$]*)\s*(?::[^)=]*)?\)?\s*=>\s*[A-Za-z_$][\w$.]*\.get\(\s*\1\s*\)\s*\?\?\s*null\s*\)/g,
    instead: "load by keys in order with the service kit's helper",
    home: 'packages/service-kit/src/',
  },
  {
    name: 'loose UUID regex',
    // `[0-9a-f-]{36}` and its variants: 36 of anything in a class lets 36 hyphens through.
    pattern: /\[[^\]\n]*\]\{36\}/g,
    instead: "the service kit's strict UUID check",
  },
];

export interface Finding {
  file: string;
  line: number;
  name: string;
  text: string;
  instead: string;
}

/** The `src` folders the check reads, relative to the repository root. */
export function sourceRoots(root: string): string[] {
  const inside = (dir: string) => {
    const full = path.join(root, dir);
    try {
      return readdirSync(full).filter((name) => statSync(path.join(full, name)).isDirectory());
    } catch {
      return [];
    }
  };
  return ['gateway/src', ...inside('services').map((s) => `services/${s}/src`), ...inside('packages').map((p) => `packages/${p}/src`)].filter(
    (dir) => {
      try {
        return statSync(path.join(root, dir)).isDirectory();
      } catch {
        return false;
      }
    },
  );
}

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : typescriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

export function findInText(file: string, text: string): Finding[] {
  const where = file.split(path.sep).join('/');
  return FORBIDDEN_PATTERNS.filter(({ home }) => !(home && where.startsWith(home))).flatMap(({ name, pattern, instead }) =>
    [...text.matchAll(pattern)].map((match) => ({
      file,
      line: text.slice(0, match.index).split('\n').length,
      name,
      text: match[0].replace(/\s+/g, ' '),
      instead,
    })),
  );
}

export function findForbiddenPatterns(root: string): Finding[] {
  return sourceRoots(root)
    .flatMap((dir) => typescriptFiles(path.join(root, dir)))
    .flatMap((file) => findInText(path.relative(root, file), readFileSync(file, 'utf8')));
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const findings = findForbiddenPatterns(root);
  for (const f of findings) console.error(`${f.file}:${f.line}  ${f.name}: ${f.text}  (use ${f.instead})`);
  if (findings.length > 0) {
    console.error(`patterns:check: ${findings.length} forbidden one-line pattern(s) in src files.`);
    process.exit(1);
  }
  console.log('patterns:check: no forbidden one-line pattern in src files.');
}
