// The check that keeps the browser clients and the graph in step: their operations validate
// against the committed supergraph, and a supergraph without a field they use is reported.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clientManifests, invalidClientOperations } from '../lib/client-operations';
import { SUPERGRAPH_PATH } from '../lib/subgraphs';

const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
const manifests = clientManifests();

test("the web client's operations validate against the committed supergraph", () => {
  expect(manifests.map((f) => path.basename(path.dirname(path.dirname(path.dirname(f)))))).toContain('web');
  expect(invalidClientOperations(supergraph, manifests)).toEqual([]);
});

test('a supergraph without a field the client uses fails the check, naming the operation', () => {
  // Renamed on the graph's side: the client's name for it no longer exists.
  const withoutField = supergraph.replace('verifyCertificate(code: String!)', 'checkCertificate(code: String!)');
  expect(withoutField).not.toBe(supergraph);
  expect(invalidClientOperations(withoutField, manifests)).toEqual([
    expect.stringMatching(
      /^apps\/web\/src\/gql\/persisted-documents\.json VerifyCertificate: Cannot query field "verifyCertificate" on type "Query"/,
    ),
  ]);
});

test('an operation the schema never had, or a manifest that is not JSON, is reported', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'client-operations-'));
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ 'sha256:x': 'query Secret { noSuchField }' }));
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  const problems = invalidClientOperations(supergraph, [bad, broken]);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toContain('Secret: Cannot query field "noSuchField" on type "Query"');
  expect(problems[1]).toContain('broken.json');
});
