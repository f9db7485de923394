// The console's library: the example operations of schema/operations/*.graphql, read at build
// time and embedded in the bundle (a Vite virtual module), so the page asks no server for them.
// Header format (first comment lines): `# group: <question group>` and `# description: <line>`;
// a file without `group:` goes in "Other", described by its first comment line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export interface LibraryOperation {
  name: string;
  group: string;
  description: string;
  document: string;
}

export const OTHER_GROUP = 'Other';

/** Parses one file; defensive: any header may be missing or malformed. */
export function parseLibraryFile(fileName: string, text: string): LibraryOperation {
  const comments: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('#')) break;
    comments.push(trimmed.replace(/^#+\s*/, ''));
  }
  const field = (key: string) =>
    comments
      .map((c) => new RegExp(`^${key}\\s*:\\s*(.+)$`, 'i').exec(c)?.[1]?.trim())
      .find((v): v is string => v !== undefined && v !== '');
  const named = /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(text)?.[1];
  const plain = comments.find((c) => !/^(group|description)\s*:/i.test(c)) ?? '';
  return {
    name: named ?? path.basename(fileName, '.graphql'),
    group: field('group') ?? OTHER_GROUP,
    description: field('description') ?? plain,
    document: text,
  };
}

/** Every .graphql file of `dir`, sorted by group then name ("Other" last). */
export function readLibrary(dir: string): LibraryOperation[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  return files
    .map((file) => parseLibraryFile(file, readFileSync(path.join(dir, file), 'utf8')))
    .sort((a, b) => Number(a.group === OTHER_GROUP) - Number(b.group === OTHER_GROUP) || a.group.localeCompare(b.group) || a.name.localeCompare(b.name));
}

const MODULE_ID = 'virtual:operation-library';

/** `import library from 'virtual:operation-library'` in the app: the library as a JSON module. */
export function operationLibraryPlugin(dir: string): Plugin {
  return {
    name: 'operation-library',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load(id) {
      if (id !== `\0${MODULE_ID}`) return undefined;
      for (const file of readdirSync(dir)) this.addWatchFile(path.join(dir, file));
      return `export default ${JSON.stringify(readLibrary(dir))};`;
    },
  };
}
