// The whole picture of a commune: finding it by postal code or name, its postal codes and
// territory, the help and schemes reachable from it (privacy rules included), and the national
// emergency numbers with every answer about help.
import { errorCode, identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

const anonymous = identity(null);
const coordinator = identity('COORDINATOR');
const admin = identity('ADMIN');

async function find(search: string): Promise<string[]> {
  const response = await subgraph.query<{ findCommunes: { code: string; name: string }[] }>(
    'query ($s: String!) { findCommunes(search: $s) { code name } }',
    anonymous,
    { s: search },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.findCommunes.map((c) => c.name);
}

describe('findCommunes', () => {
  test('a postal code finds its commune: 92000 is Nanterre (INSEE 92050)', async () => {
    const { body } = await subgraph.query<{ findCommunes: { code: string; postalCodes: string[] }[] }>(
      '{ findCommunes(search: "92000") { code postalCodes } }',
      anonymous,
    );
    expect(body.data!.findCommunes).toEqual([{ code: '92050', postalCodes: ['92000'] }]);
    // Meudon has two postal codes, each finds it; an INSEE code finds its commune too.
    expect(await find('92360')).toEqual(['Meudon']);
    expect(await find('92190')).toEqual(['Meudon']);
    expect(await find('92050')).toEqual(['Nanterre']);
    expect(await find(' 92 000 ')).toEqual(['Nanterre']);
    // A prefix of digits finds every commune whose postal code starts so.
    expect(await find('9210')).toEqual(['Boulogne-Billancourt']);
    expect((await find('92')).length).toBe(36);
    expect(await find('75001')).toEqual([]);
  });

  test('a name is found without regard to case, accents, hyphens or apostrophes, prefix first', async () => {
    expect(await find('Châtenay')).toEqual(['Châtenay-Malabry']);
    expect(await find('chatenay malabry')).toEqual(['Châtenay-Malabry']);
    expect(await find('SEVRES')).toEqual(['Sèvres']);
    expect(await find("ville d'avray")).toEqual(["Ville-d'Avray"]);
    expect(await find('ville d avray')).toEqual(["Ville-d'Avray"]);
    // Names starting with the search come before names containing it.
    expect(await find('colombes')).toEqual(['Colombes', 'Bois-Colombes', 'La Garenne-Colombes']);
    expect(await find('zzz')).toEqual([]);
  });

  test('a blank or overlong search is refused with BAD_USER_INPUT', async () => {
    expect(errorCode(await subgraph.query('{ findCommunes(search: "  ") { code } }', anonymous))).toBe('BAD_USER_INPUT');
    const long = await subgraph.query('query ($s: String!) { findCommunes(search: $s) { code } }', anonymous, { s: 'a'.repeat(101) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
  });
});

interface ServiceView {
  name: string;
  kind: string;
  address: string | null;
  postalCode: string | null;
  wholeDepartment: boolean;
}
interface Picture {
  code: string;
  territory: { name: string; partOfDepartmentOnly: boolean } | null;
  supportServices: ServiceView[];
  experimentations: { name: string; published: boolean }[];
}

async function picture(who: ReturnType<typeof identity>, code: string): Promise<Picture> {
  const { body } = await subgraph.query<{ commune: Picture }>(
    `query ($c: ID!) { commune(code: $c) { code territory { name partOfDepartmentOnly }
       supportServices { name kind address postalCode wholeDepartment } experimentations { name published } } }`,
    who,
    { c: code },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.commune;
}

describe('Commune.supportServices and Commune.experimentations', () => {
  test('a commune lists its own services and the whole department’s, not another commune’s', async () => {
    const nanterre = await picture(anonymous, '92050');
    const names = nanterre.supportServices.map((s) => s.name);
    expect(names).toContain('Résidence Les Tilleuls (fictif)');
    expect(names).toContain('3919 – Violences Femmes Info');
    expect(names).not.toContain('Maison Les Glycines (fictif)');
    // Every service listed either serves Nanterre or the whole department: the same set as the directory's filter.
    const { body } = await subgraph.query<{ supportServices: { edges: { node: { name: string } }[] } }>(
      '{ supportServices(filter: { commune: "92050" }, first: 100) { edges { node { name } } } }',
      anonymous,
    );
    expect(names).toEqual(body.data!.supportServices.edges.map((e) => e.node.name));
    expect(nanterre.territory).toEqual({ name: 'Paris Ouest La Défense', partOfDepartmentOnly: false });
  });

  test('the public gets no shelter address nor postal code from a commune’s page, and nothing is audited', async () => {
    const before = await auditCount(subgraph.dataSource!, 'support_service.address.read');
    const tilleuls = (await picture(anonymous, '92050')).supportServices.find((s) => s.kind === 'SHELTER');
    expect(tilleuls).toMatchObject({ name: 'Résidence Les Tilleuls (fictif)', address: null, postalCode: null });
    // Other kinds keep a public address and postal code.
    const phare = (await picture(anonymous, '92002')).supportServices.find((s) => s.name === 'Accueil de jour Le Phare (fictif)');
    expect(phare).toMatchObject({ address: '5 place Fictive, 92160 Antony (adresse fictive)', postalCode: '92160' });
    expect(await auditCount(subgraph.dataSource!, 'support_service.address.read')).toBe(before);
  });

  test('a coordinator gets the shelter’s address and postal code, read audited once', async () => {
    const before = await auditCount(subgraph.dataSource!, 'support_service.address.read');
    const tilleuls = (await picture(coordinator, '92050')).supportServices.find((s) => s.kind === 'SHELTER');
    expect(tilleuls).toMatchObject({ address: '12 rue Imaginaire, 92000 Nanterre (adresse fictive)', postalCode: '92000' });
    expect(await auditCount(subgraph.dataSource!, 'support_service.address.read')).toBe(before + 1);
  });

  test('the public sees published schemes only; a directory writer sees the unpublished one too', async () => {
    const publicView = (await picture(anonymous, '92050')).experimentations;
    expect(publicView.length).toBeGreaterThan(0);
    expect(publicView.every((e) => e.published)).toBe(true);
    const adminView = (await picture(admin, '92050')).experimentations;
    expect(adminView.map((e) => e.name)).toContain('Espace de rencontre protégé (fictif)');
    // Listed for Nanterre and Antony only: not on Boulogne's page, whoever reads.
    expect((await picture(admin, '92012')).experimentations.map((e) => e.name)).not.toContain('Espace de rencontre protégé (fictif)');
  });

  test('36 communes with their services and schemes cost one statement each, not one per commune', async () => {
    const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    const { body } = await subgraph.query<{ communes: { supportServices: unknown[]; experimentations: unknown[] }[] }>(
      '{ communes { code supportServices { name } experimentations { name } } }',
      anonymous,
    );
    // The commune list, then one batch for the services and one for the schemes.
    expect((await readCounter(subgraph.metricsUrl, 'db_statements_total')) - before).toBe(3);
    expect(body.errors).toBeUndefined();
    expect(body.data!.communes).toHaveLength(36);
    expect(body.data!.communes.every((c) => c.supportServices.length > 0)).toBe(true);
  });
});

describe('postal codes in the directory', () => {
  test('the postalCode filter answers as the filter on the commune it serves; an unknown code is refused', async () => {
    const names = async (filter: Record<string, string>) => {
      const { body } = await subgraph.query<{ supportServices: { edges: { node: { name: string } }[] } }>(
        'query ($f: SupportServiceFilter) { supportServices(filter: $f, first: 100) { edges { node { name } } } }',
        anonymous,
        { f: filter },
      );
      expect(body.errors).toBeUndefined();
      return body.data!.supportServices.edges.map((e) => e.node.name);
    };
    expect(await names({ postalCode: '92100' })).toEqual(await names({ commune: '92012' }));
    expect(await names({ postalCode: '92100' })).toContain('Maison Les Glycines (fictif)');
    const unknown = await subgraph.query('{ supportServices(filter: { postalCode: "75001" }) { totalCount } }', anonymous);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
  });

  test('a written postal code must be one of the department’s; it is stored and shown', async () => {
    const create = (postalCode: string) =>
      subgraph.query<{ createSupportService: { postalCode: string | null } }>(
        'mutation ($p: String) { createSupportService(input: { name: "Point écoute test", kind: LISTENING_POINT, postalCode: $p }) { postalCode } }',
        admin,
        { p: postalCode },
      );
    expect(errorCode(await create('75001'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create('9200'))).toBe('BAD_USER_INPUT');
    expect((await create('92300')).body.data!.createSupportService.postalCode).toBe('92300');
  });
});

describe('emergency numbers', () => {
  const NUMBERS = ['17', '112', '114', '3919'];

  test('the directory answers 17, 112, 114 (by SMS) and 3919, alone and with every list of help', async () => {
    const { body } = await subgraph.query<{
      emergencyNumbers: { number: string; channel: string; label: string; description: string }[];
      supportServices: { emergencyNumbers: { number: string }[] };
    }>(
      `{ emergencyNumbers { number channel label description }
         supportServices(filter: { commune: "92047" }, first: 1) { emergencyNumbers { number } } }`,
      anonymous,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.emergencyNumbers.map((n) => n.number)).toEqual(NUMBERS);
    expect(body.data!.emergencyNumbers.find((n) => n.number === '114')?.channel).toBe('SMS');
    expect(body.data!.emergencyNumbers.filter((n) => n.channel === 'PHONE').map((n) => n.number)).toEqual(['17', '112', '3919']);
    expect(body.data!.emergencyNumbers.every((n) => n.label.length > 0 && n.description.length > 0)).toBe(true);
    expect(body.data!.supportServices.emergencyNumbers.map((n) => n.number)).toEqual(NUMBERS);
  });
});
