// The operation library (schema/operations/*.graphql): the gateway's allow-list for the mobile
// clients, its metrics labels, and the analysts' library the console shows. Each file must
// validate against the supergraph's API schema, hold one operation named after the file, and
// start with the header the console reads: `# group: <question group>` then `# description: <line>`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { apiSchema } from './supergraph';
import { ROOT } from './subgraphs';

export const OPERATIONS_DIR = path.join(ROOT, 'schema', 'operations');

/** The library's files, sorted. */
export function libraryFiles(dir = OPERATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
}

/** What is wrong with one file's text (empty when nothing is). */
function fileProblems(schema: ReturnType<typeof apiSchema>, file: string, text: string): string[] {
  const [first = '', second = ''] = text.split(/\r?\n/);
  const problems: string[] = [];
  if (!/^# group: \S.*$/.test(first)) problems.push('first line must be "# group: <question group>"');
  if (!/^# description: \S.*$/.test(second)) problems.push('second line must be "# description: <one line>"');
  try {
    const document = parse(text);
    problems.push(...validate(schema, document).map((e) => e.message));
    const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name?.value ?? '(anonymous)'] : []));
    const expected = file.replace(/\.graphql$/, '');
    if (names.length !== 1 || names[0] !== expected)
      problems.push(`must hold one operation, named ${expected} (found ${names.join(', ') || 'none'})`);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

/** One line per problem of the library's files against this supergraph. */
export function invalidLibraryOperations(supergraphSdl: string, dir = OPERATIONS_DIR): string[] {
  const schema = apiSchema(supergraphSdl);
  return libraryFiles(dir).flatMap((file) =>
    fileProblems(schema, file, readFileSync(path.join(dir, file), 'utf8')).map(
      (problem) => `${path.relative(ROOT, path.join(dir, file))}: ${problem}`,
    ),
  );
}
