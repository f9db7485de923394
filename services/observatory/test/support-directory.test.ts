// Reading the support directory: filters, search, the shelter address rule and its audit.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { seedDemoDirectory } from '../src/seed/directory-demo';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

const readers = { anonymous: identity(null), analyst: identity('ANALYST'), coordinator: identity('COORDINATOR'), admin: identity('ADMIN') };
type Reader = keyof typeof readers;
const SEES_SHELTERS: Record<Reader, boolean> = { anonymous: false, analyst: false, coordinator: true, admin: true };
const TILLEULS = '12 rue Imaginaire, 92000 Nanterre (adresse fictive)';
const GLYCINES = '3 allée Inventée, 92100 Boulogne-Billancourt (adresse fictive)';

interface Service {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  wholeDepartment: boolean;
  communes: { code: string }[];
  phone: string | null;
}
const FIELDS = 'id name kind address wholeDepartment communes { code } phone';

async function list(who: Reader, filter: Record<string, unknown> = {}, first = 100, after?: string) {
  const { body } = await subgraph.query<{
    supportServices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Service }[] };
  }>(
    `query ($f: SupportServiceFilter, $first: Int, $after: String) { supportServices(filter: $f, first: $first, after: $after) {
       totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`,
    readers[who],
    { f: filter, first, after },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.supportServices;
}
const byName = (services: Service[]) => Object.fromEntries(services.map((s) => [s.name, s]));
const lastAudit = async () =>
  (await subgraph.dataSource!.query(`SELECT actor_sub, subject_id FROM audit_log WHERE action = 'support_service.address.read' ORDER BY at DESC`)) as {
    actor_sub: string;
    subject_id: string;
  }[];

describe('shelter addresses', () => {
  test.each(Object.keys(readers) as Reader[])('in the list, a %s gets shelter addresses only with directory:confidential, audited', async (who) => {
    const before = await auditCount(subgraph.dataSource!, 'support_service.address.read');
    const services = byName((await list(who)).edges.map((e) => e.node));
    expect(services['Résidence Les Tilleuls (fictif)'].address).toBe(SEES_SHELTERS[who] ? TILLEULS : null);
    expect(services['Maison Les Glycines (fictif)'].address).toBe(SEES_SHELTERS[who] ? GLYCINES : null);
    // Addresses of other kinds are public.
    expect(services['Accueil de jour Le Phare (fictif)'].address).toBe('5 place Fictive, 92160 Antony (adresse fictive)');
    expect(services['Maison des femmes de l’hôpital Antoine-Béclère'].address).toBe('Hôpital Antoine-Béclère, Clamart');
    expect(await auditCount(subgraph.dataSource!, 'support_service.address.read')).toBe(before + (SEES_SHELTERS[who] ? 2 : 0));
    if (SEES_SHELTERS[who]) expect((await lastAudit()).slice(0, 2).map((row) => row.actor_sub)).toEqual([readers[who].sub, readers[who].sub]);
  });

  test('a list that does not ask for the address writes no audit row', async () => {
    const before = await auditCount(subgraph.dataSource!, 'support_service.address.read');
    await subgraph.query('{ supportServices(first: 100) { edges { node { name } } } }', readers.admin);
    expect(await auditCount(subgraph.dataSource!, 'support_service.address.read')).toBe(before);
  });

  test.each(Object.keys(readers) as Reader[])('by id and as an entity, a %s gets the same answer, audited', async (who) => {
    const tilleuls = byName((await list('admin', { kinds: ['SHELTER'] })).edges.map((e) => e.node))['Résidence Les Tilleuls (fictif)'];
    const before = await auditCount(subgraph.dataSource!, 'support_service.address.read');
    const { body } = await subgraph.query<{ supportService: Service; _entities: Service[] }>(
      `query ($id: ID!, $r: [_Any!]!) { supportService(id: $id) { address } _entities(representations: $r) { ... on SupportService { address } } }`,
      readers[who],
      { id: tilleuls.id, r: [{ __typename: 'SupportService', id: tilleuls.id }] },
    );
    expect(body.errors).toBeUndefined();
    const expected = SEES_SHELTERS[who] ? TILLEULS : null;
    expect([body.data!.supportService.address, body.data!._entities[0].address]).toEqual([expected, expected]);
    // The same shelter read twice in one request is audited once.
    expect(await auditCount(subgraph.dataSource!, 'support_service.address.read')).toBe(before + (SEES_SHELTERS[who] ? 1 : 0));
    if (SEES_SHELTERS[who]) expect((await lastAudit())[0]).toEqual({ actor_sub: readers[who].sub, subject_id: tilleuls.id });
  });

  test('N entity references cost one statement for the rows and one for the audit', async () => {
    const shelters = (await list('admin', { kinds: ['SHELTER', 'DAY_CENTRE'] })).edges.map((e) => ({ __typename: 'SupportService', id: e.node.id }));
    const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    const { body } = await subgraph.query<{ _entities: Service[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on SupportService { name address } } }',
      readers.coordinator,
      { r: shelters },
    );
    expect(body.data!._entities).toHaveLength(3);
    expect((await readCounter(subgraph.metricsUrl, 'db_statements_total')) - before).toBe(2);
  });
});

describe('directory filters and pagination', () => {
  test('a commune gets its own services and every service of the whole department', async () => {
    const { edges, totalCount } = await list('anonymous', { commune: '92012' });
    const names = edges.map((e) => e.node.name);
    expect(names).toContain('Maison Les Glycines (fictif)');
    expect(names).toContain('3919 – Violences Femmes Info');
    expect(names).not.toContain('Résidence Les Tilleuls (fictif)');
    expect(names).not.toContain('Accueil de jour Le Phare (fictif)');
    expect(totalCount).toBe(12);
    expect(edges.every((e) => e.node.wholeDepartment || e.node.communes.some((c) => c.code === '92012'))).toBe(true);
  });

  test('kinds and commune combine', async () => {
    const { edges } = await list('anonymous', { commune: '92050', kinds: ['SHELTER', 'HELPLINE'] });
    expect(edges.map((e) => e.node.name).sort()).toEqual(['3919 – Violences Femmes Info', 'FVV92 – ligne départementale Femmes victimes de violences 92', 'Résidence Les Tilleuls (fictif)']);
  });

  test('the name search ignores case and accents, and treats % as a character', async () => {
    expect((await list('anonymous', { search: 'BECLERE' })).edges.map((e) => e.node.name)).toEqual(['Maison des femmes de l’hôpital Antoine-Béclère']);
    expect((await list('anonymous', { search: 'escale' })).edges.map((e) => e.node.name)).toEqual(['L’Escale']);
    expect((await list('anonymous', { search: '%' })).totalCount).toBe(0);
  });

  test('an unknown commune is refused', async () => {
    const { body } = await subgraph.query('{ supportServices(filter: { commune: "75056" }) { totalCount } }', readers.anonymous);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('pages of 5 walk the whole directory once, in name order', async () => {
    const all = (await list('anonymous')).edges.map((e) => e.node.name);
    const walked: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i += 1) {
      const page = await list('anonymous', {}, 5, after);
      expect(page.totalCount).toBe(14);
      walked.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(walked).toEqual(all);
    expect(all).toHaveLength(14);
  });

  test('the demo seed is idempotent', async () => {
    expect(await seedDemoDirectory(subgraph.dataSource!)).toEqual({ supportServices: 0, experimentations: 0, publications: 0 });
  });
});
