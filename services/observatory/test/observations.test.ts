// Reading figures: suppression on every path, drafts, pagination, filters, audit of raw reads.
import { identity, type TestSubgraph, startTestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';
import { auditCount, loadFixture } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
  await loadFixture(subgraph.dataSource!);
});
afterAll(() => subgraph.stop());

const anonymous = identity(null);
const analyst = identity('ANALYST');
const admin = identity('ADMIN');
const readers = { anonymous, analyst, admin };

interface Cell {
  commune: { code: string } | null;
  period: string;
  value: number | null;
  rate: number | null;
  suppressed: boolean;
  status: string;
}
const byCode = (cells: Cell[]) => Object.fromEntries(cells.map((c) => [`${c.commune?.code ?? '92'}/${c.period}`, c]));
const FIELDS = 'commune { code } period value rate suppressed status';

async function list(who = anonymous, filter: Record<string, unknown> = { indicator: 'VIOLENCES_SEXUELLES' }) {
  const { body } = await subgraph.query<{ observations: { totalCount: number; edges: { node: Cell }[] } }>(
    `query ($f: ObservationFilter!) { observations(filter: $f, first: 100) { totalCount edges { node { ${FIELDS} } } } }`,
    who,
    { f: filter },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.observations;
}

describe('observations list', () => {
  test('an anonymous reader gets small counts withheld, the smallest other cell withheld with them, and no drafts', async () => {
    const { totalCount, edges } = await list();
    const cells = byCode(edges.map((e) => e.node));
    expect(totalCount).toBe(10);
    expect(cells['92071/2023']).toMatchObject({ value: null, rate: null, suppressed: true });
    expect(cells['92076/2023']).toMatchObject({ value: null, rate: null, suppressed: true });
    expect(cells['92050/2023']).toMatchObject({ value: 50, rate: 0.511, suppressed: false, status: 'PUBLISHED' });
    expect(cells['92047/2023']).toMatchObject({ value: 0, rate: 0, suppressed: false });
    expect(cells['92071/2022']).toMatchObject({ value: 10, suppressed: false });
    expect(Object.keys(cells).some((k) => k.endsWith('/2024'))).toBe(false);
  });

  test('secondary suppression holds when the filter shows only one commune', async () => {
    const { edges } = await list(anonymous, { indicator: 'VIOLENCES_SEXUELLES', communes: ['92076'], periodFrom: '2023' });
    expect(edges.map((e) => e.node)).toEqual([
      { commune: { code: '92076' }, period: '2023', value: null, rate: null, suppressed: true, status: 'PUBLISHED' },
    ]);
  });

  test('a department-level count below the threshold is withheld from the public', async () => {
    const { edges } = await list(anonymous, { indicator: 'FEMINICIDES_CONJUGAUX' });
    expect(byCode(edges.map((e) => e.node))).toMatchObject({ '92/2023': { value: null, suppressed: true }, '92/2022': { value: 7 } });
  });

  test('asking for drafts gives an anonymous reader nothing', async () => {
    expect((await list(anonymous, { status: 'DRAFT' })).totalCount).toBe(0);
  });

  test.each(['analyst', 'admin'] as const)('an %s sees raw values and drafts, and the read is audited', async (who) => {
    const before = await auditCount(subgraph.dataSource!, 'observation.read.raw');
    const { totalCount, edges } = await list(readers[who]);
    const cells = byCode(edges.map((e) => e.node));
    expect(totalCount).toBe(12);
    expect(cells['92071/2023']).toMatchObject({ value: 3, rate: 0.144, suppressed: false });
    expect(cells['92076/2023']).toMatchObject({ value: 8, suppressed: false });
    expect(cells['92071/2024']).toMatchObject({ value: 2, status: 'DRAFT' });
    expect(await auditCount(subgraph.dataSource!, 'observation.read.raw')).toBe(before + 1);
    const [row] = await subgraph.dataSource!.query(`SELECT actor_sub, subject_id FROM audit_log ORDER BY at DESC LIMIT 1`);
    expect(row).toEqual({ actor_sub: readers[who].sub, subject_id: 'observations' });
  });

  test('an anonymous read writes no audit row', async () => {
    const before = await auditCount(subgraph.dataSource!, 'observation.read.raw');
    await list();
    expect(await auditCount(subgraph.dataSource!, 'observation.read.raw')).toBe(before);
  });

  test('pages follow each other without gaps or repeats, in indicator, period, area order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Cell & { id: string } }[] };
      const response: { body: { data?: { observations: Page } | null } } = await subgraph.query<{ observations: Page }>(
        `query ($after: String) { observations(filter: {}, first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id ${FIELDS} } } } }`,
        analyst,
        { after },
      );
      const page: Page = response.body.data!.observations;
      expect(page.totalCount).toBe(14);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(14);
  });

  test('filters combine: communes and a period range', async () => {
    const { edges } = await list(analyst, {
      indicator: 'VIOLENCES_SEXUELLES',
      communes: ['92050', '92071'],
      periodFrom: '2023',
      periodTo: '2024',
    });
    expect(edges.map((e) => `${e.node.commune!.code}/${e.node.period}`)).toEqual(['92050/2023', '92071/2023', '92050/2024', '92071/2024']);
  });

  test('a bad page size or year is refused as BAD_USER_INPUT', async () => {
    const { body } = await subgraph.query('{ observations(filter: { periodFrom: "23" }) { totalCount } }', anonymous);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const big = await subgraph.query('{ observations(filter: {}, first: 1000) { totalCount } }', anonymous);
    expect(big.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('indicatorSeries', () => {
  const series = async (who: typeof anonymous, commune: string | null) => {
    const { body } = await subgraph.query<{ indicatorSeries: Cell[] }>(
      `query ($c: ID) { indicatorSeries(indicator: "VIOLENCES_SEXUELLES", commune: $c) { ${FIELDS} } }`,
      who,
      { c: commune },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.indicatorSeries.map((c) => [c.period, c.value, c.suppressed]);
  };

  test('an anonymous reader gets the primary and secondary suppression and no draft year', async () => {
    expect(await series(anonymous, '92071')).toEqual([
      ['2022', 10, false],
      ['2023', null, true],
    ]);
    expect(await series(anonymous, '92076')).toEqual([
      ['2022', 7, false],
      ['2023', null, true],
    ]);
  });

  test('an analyst gets every year, drafts included, and the read is audited', async () => {
    const before = await auditCount(subgraph.dataSource!, 'observation.read.raw');
    expect(await series(analyst, '92071')).toEqual([
      ['2022', 10, false],
      ['2023', 3, false],
      ['2024', 2, false],
    ]);
    expect(await auditCount(subgraph.dataSource!, 'observation.read.raw')).toBe(before + 1);
  });
});

describe('indicatorBreakdown', () => {
  interface Breakdown {
    previousPeriod: string;
    communes: {
      commune: { code: string };
      value: number | null;
      rate: number | null;
      rank: number | null;
      change: number | null;
      suppressed: boolean;
    }[];
    departmentTotal: { value: number | null; change: number | null; suppressed: boolean };
  }
  const breakdown = async (who: typeof anonymous) => {
    const { body } = await subgraph.query<{ indicatorBreakdown: Breakdown }>(
      `{ indicatorBreakdown(indicator: "VIOLENCES_SEXUELLES", period: "2023") { previousPeriod
          communes { commune { code } value rate rank change suppressed } departmentTotal { value change suppressed } } }`,
      who,
    );
    expect(body.errors).toBeUndefined();
    const b = body.data!.indicatorBreakdown;
    return { ...b, cells: Object.fromEntries(b.communes.map(({ commune, ...cell }) => [commune.code, cell])) };
  };

  test('an anonymous reader: withheld cells have no value, rate, rank or change; ranks among published cells only', async () => {
    const b = await breakdown(anonymous);
    expect(b.communes).toHaveLength(36);
    expect(b.previousPeriod).toBe('2022');
    expect(b.cells['92071']).toEqual({ value: null, rate: null, rank: null, change: null, suppressed: true });
    expect(b.cells['92076']).toEqual({ value: null, rate: null, rank: null, change: null, suppressed: true });
    expect(b.cells['92050']).toEqual({ value: 50, rate: 0.511, rank: 1, change: 5, suppressed: false });
    expect(b.cells['92025']).toMatchObject({ value: 40, rank: 2, change: 10 });
    expect(b.cells['92047']).toMatchObject({ value: 0, rank: 3, change: 0 });
    expect(b.cells['92002']).toEqual({ value: null, rate: null, rank: null, change: null, suppressed: false });
    expect(b.departmentTotal).toEqual({ value: 101, change: 9, suppressed: false });
  });

  test('an analyst sees every cell ranked, and the read is audited', async () => {
    const before = await auditCount(subgraph.dataSource!, 'observation.read.raw');
    const b = await breakdown(analyst);
    expect(b.cells['92071']).toEqual({ value: 3, rate: 0.144, rank: 4, change: -7, suppressed: false });
    expect(b.cells['92076']).toMatchObject({ value: 8, rank: 1, change: 1 });
    expect(await auditCount(subgraph.dataSource!, 'observation.read.raw')).toBe(before + 1);
  });

  test('an unknown indicator is NOT_FOUND', async () => {
    const { body } = await subgraph.query('{ indicatorBreakdown(indicator: "NOPE", period: "2023") { period } }', anonymous);
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('Commune.observations', () => {
  const entities = async (who: typeof anonymous) => {
    const { body } = await subgraph.query<{ _entities: { code: string; observations: Cell[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code observations(indicator: "VIOLENCES_SEXUELLES") { ${FIELDS} } } } }`,
      who,
      { r: ['92071', '92076', '92050'].map((code) => ({ __typename: 'Commune', code })) },
    );
    expect(body.errors).toBeUndefined();
    return byCode(body.data!._entities.flatMap((e) => e.observations));
  };

  test('an anonymous reader gets the same suppression as on every other path, and no draft', async () => {
    const cells = await entities(anonymous);
    expect(cells['92071/2023']).toMatchObject({ value: null, suppressed: true });
    expect(cells['92076/2023']).toMatchObject({ value: null, suppressed: true });
    expect(cells['92050/2023']).toMatchObject({ value: 50, suppressed: false });
    expect(cells['92050/2024']).toBeUndefined();
  });

  test('an analyst gets raw values and drafts, audited once for the batch', async () => {
    const before = await auditCount(subgraph.dataSource!, 'observation.read.raw');
    const cells = await entities(analyst);
    expect(cells['92071/2023']).toMatchObject({ value: 3, suppressed: false });
    expect(cells['92050/2024']).toMatchObject({ value: 60, status: 'DRAFT' });
    expect(await auditCount(subgraph.dataSource!, 'observation.read.raw')).toBe(before + 1);
  });
});

describe('audit log', () => {
  test('an admin reads it newest first, paginated; an analyst is FORBIDDEN and an anonymous reader UNAUTHENTICATED', async () => {
    const query =
      '{ auditLog(first: 2, action: "observation.read.raw") { totalCount pageInfo { hasNextPage } edges { node { at actorSub action subjectId } } } }';
    const { body } = await subgraph.query<{
      auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { at: string } }[] };
    }>(query, admin);
    const log = body.data!.auditLog;
    expect(log.totalCount).toBeGreaterThan(2);
    expect(log.pageInfo.hasNextPage).toBe(true);
    expect(log.edges[0].node.at >= log.edges[1].node.at).toBe(true);
    expect((await subgraph.query(query, analyst)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await subgraph.query(query, anonymous)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
