// The web client's operations as the gateway's allow-list: its persisted-documents manifest
// (graphql-codegen client preset, apps/web) loaded by a gateway in ALLOWLIST_MODE=all, each
// document sent as the client sends it (its text, or its id alone), and anything else refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { parse, print } from 'graphql';
import { loadPersistedDocuments, sha256 } from '../src/persisted-operations';
import { post } from './http';

const MANIFEST = path.resolve(__dirname, '..', '..', 'apps', 'web', 'src', 'gql', 'persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ env: { ALLOWLIST_MODE: 'all', PERSISTED_DOCUMENTS_MANIFESTS: MANIFEST } });
});
afterAll(() => graph.stop());

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

describe("the web client's manifest", () => {
  test('its ids are the hashes of the documents exactly as sent (with __typename, unprinted)', () => {
    const operations = loadPersistedDocuments(MANIFEST);
    expect(operations.length).toBe(Object.keys(manifest).length);
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const [id, text] of Object.entries(manifest)) {
      expect(id).toBe(`sha256:${sha256(text)}`);
      expect(text).toContain('__typename');
    }
  });

  test('a manifest whose id is not the hash of its document stops the gateway from loading it', () => {
    const [[id, text]] = Object.entries(manifest);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    writeFileSync(file, JSON.stringify({ [id]: text.replace('__typename ', '') }));
    expect(() => loadPersistedDocuments(file)).toThrow(`the id ${id} is not the sha256 or sha1 of its document`);
  });
});

describe('a gateway in ALLOWLIST_MODE=all with the manifest', () => {
  test.each(Object.entries(manifest).map(([id, text]) => [/^\w+ (\w+)/.exec(text)?.[1] ?? id, id, text]))(
    '%s passes, by its text and by its id alone',
    async (name, id, text) => {
      // No variables: an operation needing some then fails on them, after the allow-list let it through.
      for (const body of [
        { operationName: name, query: text },
        { operationName: name, extensions: { persistedQuery: { version: 1, sha256Hash: id.replace(/^sha256:/, '') } } },
      ]) {
        const response = await post(graph.gateway.url, body);
        expect(codes(response.json)).not.toContain(NOT_ALLOWED);
        expect(codes(response.json)).not.toContain('PERSISTED_QUERY_NOT_FOUND');
        expect(response.json.data !== undefined || codes(response.json).includes('BAD_USER_INPUT')).toBe(true);
      }
    },
  );

  test('any other operation is refused, even a client operation printed differently', async () => {
    const [text] = Object.values(manifest);
    for (const query of ['{ communes { code name } }', print(parse(text)), `${text} `]) {
      const response = await post(graph.gateway.url, { query });
      expect(response.status).toBe(400);
      expect(codes(response.json)).toEqual([NOT_ALLOWED]);
    }
  });
});
