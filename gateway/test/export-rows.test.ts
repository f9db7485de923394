// Exports (POST /graphql/export) over the real graph and demo data: CSV and NDJSON hold the JSON
// answer row for row, suppression stays, analysts get raw values, the whole observation set in
// one request, the row ceiling, the French separator and RFC 4180 quoting.
import type { TestGraph } from '@equality-graph/testing/graph';
import { CsvWriter } from '../src/export/csv-writer';
import { bearer, csvCell, csvObjects, demoGraph, exportUrl, parseCsv } from './export-helpers';
import { post } from './http';

const demo = demoGraph();
let graph: TestGraph;
beforeAll(() => (graph = demo()));

const OBSERVATIONS = `query Figures($indicator: ID) {
  observations(filter: { indicator: $indicator }) {
    edges { node { id period value rate suppressed indicator { code } commune { code name } } }
  }
}`;
const COLUMNS = ['id', 'period', 'value', 'rate', 'suppressed', 'indicator.code', 'commune.code', 'commune.name'];
type Node = {
  id: string;
  period: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
  indicator: { code: string };
  commune: { code: string; name: string } | null;
};
type Page = { observations: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } };

/** Every row of the JSON answer, paged by hand as a client of /graphql would. */
async function jsonRows(role: 'ANALYST' | undefined, indicator: string | null): Promise<Node[]> {
  const paged = `query ($indicator: ID, $after: String) {
    observations(filter: { indicator: $indicator }, first: 100, after: $after) {
      edges { node { id period value rate suppressed indicator { code } commune { code name } } }
      pageInfo { hasNextPage endCursor } totalCount
    }
  }`;
  const rows: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const variables: Record<string, unknown> = { indicator, after };
    const { body } = await graph.query<Page>(paged, { role, variables });
    expect(body.errors).toBeUndefined();
    rows.push(...body.data!.observations.edges.map((e) => e.node));
    if (!body.data!.observations.pageInfo.hasNextPage) return rows;
    after = body.data!.observations.pageInfo.endCursor;
  }
}

const flat = (n: Node) => [
  n.id,
  n.period,
  n.value,
  n.rate,
  n.suppressed,
  n.indicator.code,
  n.commune?.code ?? null,
  n.commune?.name ?? null,
];
const INDICATOR = 'VIOLENCES_SEXUELLES';

test('CSV holds the JSON answer row for row, header from the selection set, across pages', async () => {
  const expected = await jsonRows('ANALYST', INDICATOR);
  expect(expected.length).toBeGreaterThan(100); // more than one page of 100
  const response = await post(
    exportUrl(graph.gateway.url, 'format=csv'),
    { query: OBSERVATIONS, variables: { indicator: INDICATOR } },
    await bearer('ANALYST'),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const records = parseCsv(response.text);
  expect(records[0]).toEqual(COLUMNS);
  expect(records.slice(1)).toEqual(expected.map((n) => flat(n).map(csvCell)));
});

test('NDJSON, chosen by the Accept header, holds the same rows as JSON values', async () => {
  const expected = await jsonRows(undefined, INDICATOR);
  const response = await post(
    exportUrl(graph.gateway.url, ''),
    { query: OBSERVATIONS, variables: { indicator: INDICATOR } },
    { accept: 'application/x-ndjson' },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const lines = response.text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.map((l) => COLUMNS.map((c) => l[c]))).toEqual(expected.map(flat));
});

test('suppressed cells stay empty for the public, with the suppressed column saying so; an analyst gets the raw values', async () => {
  const body = { query: OBSERVATIONS, variables: { indicator: INDICATOR } };
  const byId = async (role?: 'ANALYST') =>
    new Map(csvObjects((await post(exportUrl(graph.gateway.url, 'format=csv'), body, await bearer(role))).text).map((r) => [r.id, r]));
  const [publicRows, analystRows] = [await byId(), await byId('ANALYST')];
  const hidden = [...publicRows.values()].filter((r) => r.suppressed === 'true');
  expect(hidden.length).toBeGreaterThan(0);
  for (const row of hidden) {
    expect([row.value, row.rate]).toEqual(['', '']);
    const raw = analystRows.get(row.id)!;
    expect(raw.suppressed).toBe('false');
    expect(Number(raw.value)).toBeGreaterThan(0);
  }
  expect([...analystRows.values()].some((r) => r.suppressed === 'true')).toBe(false);
});

test('every observation of the demo data (all indicators, areas and years) is one request', async () => {
  const { body } = await graph.query<Page>('{ observations(filter: {}, first: 1) { totalCount } }', { role: 'ANALYST' });
  const total = body.data!.observations.totalCount;
  expect(total).toBeGreaterThan(300); // several pages of 100
  const response = await post(
    exportUrl(graph.gateway.url, 'format=ndjson'),
    { query: OBSERVATIONS, variables: { indicator: null } },
    await bearer('ANALYST'),
  );
  expect(response.status).toBe(200);
  const ids = response.text
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
}, 120_000);

test('past the row ceiling the export is refused before any row, with OPERATION_LIMIT_EXCEEDED', async () => {
  const gateway = await graph.startGateway({ EXPORT_MAX_ROWS: '50' });
  const response = await post(exportUrl(gateway.url, 'format=csv'), { query: OBSERVATIONS, variables: { indicator: INDICATOR } });
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/json');
  const error = response.json.errors![0];
  expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'exportRows', requestId: expect.any(String) });
  expect(error.message).toMatch(/holds \d+ rows, above the ceiling of 50 \(EXPORT_MAX_ROWS\)/);
  // A plain list longer than the ceiling too (indicatorBreakdown's 36 communes, ceiling 10).
  const small = await graph.startGateway({ EXPORT_MAX_ROWS: '10' });
  const list = await post(exportUrl(small.url, 'format=csv'), {
    query: `{ indicatorBreakdown(indicator: "${INDICATOR}", period: "2023") { communes { commune { name } value } } }`,
  });
  expect(list.status).toBe(400);
  expect(list.json.errors![0].extensions?.code).toBe('OPERATION_LIMIT_EXCEEDED');
});

test('separator=semicolon writes ; between cells and decimal commas, for French spreadsheets', async () => {
  const query = `{ indicatorBreakdown(indicator: "${INDICATOR}", period: "2023") { communes { commune { name population } rate } } }`;
  const { body } = await graph.query<{ indicatorBreakdown: { communes: { commune: { name: string }; rate: number | null }[] } }>(query, {
    role: 'ANALYST',
  });
  const response = await post(exportUrl(graph.gateway.url, 'format=csv&separator=semicolon'), { query }, await bearer('ANALYST'));
  expect(response.status).toBe(200);
  const [header, ...rows] = parseCsv(response.text, ';');
  expect(header).toEqual(['commune.name', 'commune.population', 'rate']);
  const expected = body.data!.indicatorBreakdown.communes;
  expect(rows).toHaveLength(expected.length);
  rows.forEach((row, i) => {
    expect(row[0]).toBe(expected[i].commune.name);
    expect(row[2]).toBe(expected[i].rate === null ? '' : String(expected[i].rate).replace('.', ','));
  });
  expect(rows.some((row) => row[2].includes(','))).toBe(true);
});

test('CSV quotes separators, quotes and line breaks (RFC 4180) and reads back to the same cells', () => {
  const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 3.5, null, true, ['x', 1]];
  for (const separator of [',', ';'] as const) {
    const line = new CsvWriter(separator).line(cells);
    expect(parseCsv(line, separator)).toEqual([
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', separator === ',' ? '3.5' : '3,5', '', 'true', '["x",1]'],
    ]);
  }
  expect(new CsvWriter(',').line(['a,b', 'say "hi"', 'a;b'])).toBe('"a,b","say ""hi""",a;b\r\n');
  expect(new CsvWriter(';').line(['a,b', 'a;b'])).toBe('a,b;"a;b"\r\n');
});

test('text a spreadsheet would run as a formula is written inert, numbers stay numbers', () => {
  const cells = ['=HYPERLINK("http://x","y")', '+33 1 23', '-cmd', '@SUM(A1)', '\tx', 'Nanterre', -4.5, 'a=b'];
  expect(parseCsv(new CsvWriter(',').line(cells))).toEqual([
    [`'=HYPERLINK("http://x","y")`, "'+33 1 23", "'-cmd", "'@SUM(A1)", "'\tx", 'Nanterre', '-4.5', 'a=b'],
  ]);
  expect(new CsvWriter(';').line([-4.5, '-4,5'])).toBe("-4,5;'-4,5\r\n");
});

test('an operation without a list, or list= naming none, is refused as bad input', async () => {
  const none = await post(exportUrl(graph.gateway.url, 'format=csv'), { query: '{ commune(code: "92050") { name } }' });
  expect(none.status).toBe(400);
  expect(none.json.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  const named = await post(exportUrl(graph.gateway.url, 'format=csv&list=commune.observations'), {
    query: '{ commune(code: "92050") { name observations(indicator: "VIOLENCES_SEXUELLES") { period value } } }',
  });
  expect(named.status).toBe(200);
  expect(parseCsv(named.text)[0]).toEqual(['period', 'value']);
  const missing = await post(exportUrl(graph.gateway.url, 'format=csv&list=commune.nothing'), {
    query: '{ commune(code: "92050") { name } }',
  });
  expect(missing.status).toBe(400);
  expect(missing.json.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
});
