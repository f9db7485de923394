// Writes of the directory, experimentations and reports: checks, scopes, partial updates, audit.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
});
afterAll(() => subgraph.stop());

const readers = { anonymous: identity(null), analyst: identity('ANALYST'), coordinator: identity('COORDINATOR'), admin: identity('ADMIN') };
type Reader = keyof typeof readers;
const count = async (table: string) => (await subgraph.dataSource!.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const codeOf = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

const CREATE = `mutation ($input: SupportServiceInput!) { createSupportService(input: $input) {
  id name kind phone address languages wholeDepartment communes { code } website } }`;
const UPDATE = `mutation ($id: ID!, $input: SupportServiceUpdateInput!) { updateSupportService(id: $id, input: $input) {
  id name kind phone address hours wholeDepartment communes { code } } }`;
const VALID = { name: '  Accueil test  ', kind: 'SHELTER', communes: ['92050', '92050', '92002'], phone: '01 99 00 00 42', address: '1 rue Test', languages: ['anglais'] };

describe('support directory writes', () => {
  test('an admin creates an entry: trimmed, communes de-duplicated, audited', async () => {
    const before = await auditCount(subgraph.dataSource!, 'support_service.create');
    const { body } = await subgraph.query<{ createSupportService: Record<string, unknown> }>(CREATE, readers.admin, { input: VALID });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createSupportService).toMatchObject({
      name: 'Accueil test', kind: 'SHELTER', phone: '01 99 00 00 42', address: '1 rue Test', wholeDepartment: false,
      communes: [{ code: '92002' }, { code: '92050' }],
    });
    expect(await auditCount(subgraph.dataSource!, 'support_service.create')).toBe(before + 1);
  });

  test.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['analyst', 'FORBIDDEN'],
    ['coordinator', 'FORBIDDEN'],
  ] as [Reader, string][])('a %s cannot create or update an entry (%s)', async (who, code) => {
    const before = await count('support_service');
    expect(codeOf((await subgraph.query(CREATE, readers[who], { input: VALID })).body)).toBe(code);
    const [{ id }] = await subgraph.dataSource!.query('SELECT id FROM support_service LIMIT 1');
    expect(codeOf((await subgraph.query(UPDATE, readers[who], { id, input: { name: 'x' } })).body)).toBe(code);
    expect(await count('support_service')).toBe(before);
  });

  test.each([
    ['an unknown commune code', { communes: ['92050', '75056'] }],
    ['an empty name', { name: '   ' }],
    ['a bad phone', { phone: '12345678' }],
    ['a website that is not https', { website: 'http://example.org' }],
  ])('%s is refused with BAD_USER_INPUT and nothing is written', async (_what, change) => {
    const before = [await count('support_service'), await count('support_service_commune')];
    const { body } = await subgraph.query(CREATE, readers.admin, { input: { ...VALID, ...change } });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect([await count('support_service'), await count('support_service_commune')]).toEqual(before);
  });

  test('an update changes the given fields only; null clears, an empty commune list means the whole department', async () => {
    const created = (await subgraph.query<{ createSupportService: { id: string } }>(CREATE, readers.admin, { input: { ...VALID, hours: '9 h - 17 h' } })).body.data!
      .createSupportService;
    const { body } = await subgraph.query<{ updateSupportService: Record<string, unknown> }>(UPDATE, readers.admin, {
      id: created.id,
      input: { phone: '3919', hours: null, communes: [] },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateSupportService).toEqual({
      id: created.id, name: 'Accueil test', kind: 'SHELTER', phone: '3919', address: '1 rue Test', hours: null, wholeDepartment: true, communes: [],
    });
    const refused = await subgraph.query(UPDATE, readers.admin, { id: created.id, input: { name: null } });
    expect(codeOf(refused.body)).toBe('BAD_USER_INPUT');
  });

  test('updating an unknown entry is NOT_FOUND', async () => {
    const { body } = await subgraph.query(UPDATE, readers.admin, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } });
    expect(codeOf(body)).toBe('NOT_FOUND');
  });
});

const CREATE_EXPERIMENTATION = `mutation ($input: ExperimentationInput!) { createExperimentation(input: $input) {
  id name status startDate endDate budgetEuros beneficiaries published communes { code } outcomes { label value unit } } }`;
const SCHEME = {
  name: 'Dispositif test', summary: 'Résumé', partners: ['Partenaire'], communes: ['92050'], startDate: '2024-01-15', endDate: '2025-06-30',
  budgetEuros: 50_000, status: 'RUNNING', beneficiaries: 12, outcomes: [{ label: 'Sorties', value: 75.5, unit: '%' }],
};
const LIST_EXPERIMENTATIONS = `query ($f: ExperimentationFilter) { experimentations(filter: $f, first: 100) { totalCount edges { node { id name published } } } }`;

describe('experimentations', () => {
  let hidden: string;
  let shown: string;
  beforeAll(async () => {
    const create = async (input: Record<string, unknown>) =>
      (await subgraph.query<{ createExperimentation: { id: string } }>(CREATE_EXPERIMENTATION, readers.admin, { input })).body.data!.createExperimentation.id;
    hidden = await create({ ...SCHEME, name: 'Brouillon', status: 'PLANNED' });
    shown = await create({ ...SCHEME, name: 'Publié', published: true, communes: [] });
  });

  test('an admin writes a scheme with its dates, budget, counts and outcome figures', async () => {
    const { body } = await subgraph.query<{ createExperimentation: Record<string, unknown> }>(CREATE_EXPERIMENTATION, readers.admin, { input: SCHEME });
    expect(body.data!.createExperimentation).toMatchObject({
      startDate: '2024-01-15', endDate: '2025-06-30', budgetEuros: 50_000, beneficiaries: 12, published: false,
      communes: [{ code: '92050' }], outcomes: [{ label: 'Sorties', value: 75.5, unit: '%' }],
    });
  });

  test.each(['anonymous', 'analyst', 'coordinator'] as Reader[])('a %s sees published schemes only, in lists and by id', async (who) => {
    const { body } = await subgraph.query<{ experimentations: { edges: { node: { id: string } }[] } }>(LIST_EXPERIMENTATIONS, readers[who]);
    expect(body.data!.experimentations.edges.map((e) => e.node.id)).toEqual([shown]);
    const one = await subgraph.query<{ a: { id: string } | null; b: { id: string } | null }>(
      `query ($h: ID!, $s: ID!) { a: experimentation(id: $h) { id } b: experimentation(id: $s) { id } }`, readers[who], { h: hidden, s: shown });
    expect(one.body.data).toEqual({ a: null, b: { id: shown } });
  });

  test('an admin sees every scheme; status and commune filters apply (whole-department schemes match any commune)', async () => {
    const all = await subgraph.query<{ experimentations: { totalCount: number } }>(LIST_EXPERIMENTATIONS, readers.admin);
    expect(all.body.data!.experimentations.totalCount).toBe(3);
    const planned = await subgraph.query<{ experimentations: { edges: { node: { id: string } }[] } }>(LIST_EXPERIMENTATIONS, readers.admin, { f: { status: 'PLANNED' } });
    expect(planned.body.data!.experimentations.edges.map((e) => e.node.id)).toEqual([hidden]);
    const antony = await subgraph.query<{ experimentations: { edges: { node: { id: string } }[] } }>(LIST_EXPERIMENTATIONS, readers.admin, { f: { commune: '92002' } });
    expect(antony.body.data!.experimentations.edges.map((e) => e.node.id)).toEqual([shown]);
  });

  test.each([
    ['an end before the start', { endDate: '2023-12-31' }],
    ['a negative budget', { budgetEuros: -1 }],
    ['a negative beneficiary count', { beneficiaries: -3 }],
    ['an impossible date', { startDate: '2024-02-30' }],
    ['an unknown commune', { communes: ['99999'] }],
  ])('%s is refused with BAD_USER_INPUT', async (_what, change) => {
    const before = await count('experimentation');
    expect(codeOf((await subgraph.query(CREATE_EXPERIMENTATION, readers.admin, { input: { ...SCHEME, ...change } })).body)).toBe('BAD_USER_INPUT');
    expect(await count('experimentation')).toBe(before);
  });

  test('an update is checked against the stored dates, and publishing makes a scheme public', async () => {
    const UPDATE_EXPERIMENTATION = 'mutation ($id: ID!, $input: ExperimentationUpdateInput!) { updateExperimentation(id: $id, input: $input) { id published endDate } }';
    const bad = await subgraph.query(UPDATE_EXPERIMENTATION, readers.admin, { id: hidden, input: { endDate: '2024-01-01' } });
    expect(codeOf(bad.body)).toBe('BAD_USER_INPUT');
    expect(codeOf((await subgraph.query(UPDATE_EXPERIMENTATION, readers.coordinator, { id: hidden, input: { published: true } })).body)).toBe('FORBIDDEN');
    expect(codeOf((await subgraph.query(UPDATE_EXPERIMENTATION, readers.anonymous, { id: hidden, input: { published: true } })).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await subgraph.query(UPDATE_EXPERIMENTATION, readers.admin, { id: '00000000-0000-4000-8000-000000000000', input: {} })).body)).toBe('NOT_FOUND');
    await subgraph.query(UPDATE_EXPERIMENTATION, readers.admin, { id: hidden, input: { published: true } });
    const { body } = await subgraph.query<{ experimentation: { id: string } | null }>('query ($id: ID!) { experimentation(id: $id) { id } }', readers.anonymous, { id: hidden });
    expect(body.data!.experimentation).toEqual({ id: hidden });
    await subgraph.query(UPDATE_EXPERIMENTATION, readers.admin, { id: hidden, input: { published: false } });
  });
});

const CREATE_PUBLICATION = 'mutation ($input: PublicationInput!) { createPublication(input: $input) { id title year published } }';
const LIST_PUBLICATIONS = 'query ($first: Int, $after: String) { publications(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title year } } } }';

describe('publications', () => {
  beforeAll(async () => {
    for (const [title, year, published] of [['Rapport 2021', 2021, true], ['Rapport 2023', 2023, true], ['Rapport 2022', 2022, true], ['À paraître', 2025, false]] as const) {
      const { body } = await subgraph.query(CREATE_PUBLICATION, readers.admin, {
        input: { title, year, summary: 'Résumé', url: `https://example.org/${year}.pdf`, published },
      });
      expect(body.errors).toBeUndefined();
    }
  });

  test.each(['anonymous', 'analyst', 'coordinator'] as Reader[])('a %s sees published reports only, newest year first, page by page', async (who) => {
    const first = await subgraph.query<{ publications: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { year: number } }[] } }>(
      LIST_PUBLICATIONS, readers[who], { first: 2 });
    const page1 = first.body.data!.publications;
    expect([page1.totalCount, page1.pageInfo.hasNextPage, page1.edges.map((e) => e.node.year)]).toEqual([3, true, [2023, 2022]]);
    const second = await subgraph.query<{ publications: { pageInfo: { hasNextPage: boolean }; edges: { node: { year: number } }[] } }>(
      LIST_PUBLICATIONS, readers[who], { first: 2, after: page1.pageInfo.endCursor });
    expect(second.body.data!.publications.edges.map((e) => e.node.year)).toEqual([2021]);
    expect(second.body.data!.publications.pageInfo.hasNextPage).toBe(false);
  });

  test('an admin also sees unpublished reports', async () => {
    const { body } = await subgraph.query<{ publications: { edges: { node: { title: string } }[] } }>(LIST_PUBLICATIONS, readers.admin, { first: 1 });
    expect(body.data!.publications.edges[0].node.title).toBe('À paraître');
  });

  test.each([
    ['an http link', { url: 'http://example.org/r.pdf' }],
    ['a link that is not a URL', { url: 'https//example' }],
    ['an empty title', { title: '' }],
    ['an implausible year', { year: 19 }],
  ])('%s is refused with BAD_USER_INPUT', async (_what, change) => {
    const input = { title: 'R', year: 2024, summary: 'S', url: 'https://example.org/r.pdf', ...change };
    expect(codeOf((await subgraph.query(CREATE_PUBLICATION, readers.admin, { input })).body)).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['analyst', 'FORBIDDEN'],
    ['coordinator', 'FORBIDDEN'],
  ] as [Reader, string][])('a %s cannot write a report (%s)', async (who, code) => {
    const input = { title: 'R', year: 2024, summary: 'S', url: 'https://example.org/r.pdf' };
    expect(codeOf((await subgraph.query(CREATE_PUBLICATION, readers[who], { input })).body)).toBe(code);
  });
});
