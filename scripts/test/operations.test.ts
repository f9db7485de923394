// The example operations in schema/operations validate against the committed supergraph.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { ROOT, SUPERGRAPH_PATH } from '../lib/subgraphs';

const OPERATIONS = path.join(ROOT, 'schema', 'operations');
const api = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
const files = readdirSync(OPERATIONS).filter((f) => f.endsWith('.graphql'));

test('there are example operations', () => {
  expect(files.length).toBeGreaterThan(0);
});

test.each(files)('%s is a named operation, valid against the committed supergraph', (file) => {
  const document = parse(readFileSync(path.join(OPERATIONS, file), 'utf8'));
  expect(validate(api, document).map((e) => e.message)).toEqual([]);
  const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name?.value] : []));
  expect(names).toEqual([file.replace(/\.graphql$/, '')]);
});
