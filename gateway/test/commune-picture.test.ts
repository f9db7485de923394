// The commune's "vision d'ensemble" and the commune search asked through the real graph with the
// example operations clients persist: within the public limits, private addresses kept private.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

const operation = (name: string) => readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'operations', `${name}.graphql`), 'utf8');

interface Picture {
  commune: {
    name: string;
    postalCodes: string[];
    territory: { name: string; partOfDepartmentOnly: boolean; note: string | null };
    observations: { value: number | null; suppressed: boolean }[];
    supportServices: { name: string; kind: string; address: string | null; postalCode: string | null }[];
    experimentations: { name: string }[];
  };
  emergencyNumbers: { number: string; channel: string }[];
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
});
afterAll(() => graph.stop());

test('an anonymous reader gets a commune’s whole picture in one operation, without a shelter’s address', async () => {
  const { body } = await graph.query<Picture>(operation('CommunePicture'), { variables: { code: '92050', period: '2023' } });
  expect(body.errors).toBeUndefined();
  const { commune, emergencyNumbers } = body.data!;
  expect(commune).toMatchObject({ name: 'Nanterre', postalCodes: ['92000'], territory: { name: 'Paris Ouest La Défense' } });
  expect(commune.observations.length).toBeGreaterThan(0);
  const shelters = commune.supportServices.filter((s) => s.kind === 'SHELTER');
  expect(shelters.length).toBeGreaterThan(0);
  expect(shelters.every((s) => s.address === null && s.postalCode === null)).toBe(true);
  expect(commune.experimentations.length).toBeGreaterThan(0);
  expect(emergencyNumbers.map((n) => `${n.number}:${n.channel}`)).toEqual(['17:PHONE', '112:PHONE', '114:SMS', '3919:PHONE']);
});

test('a coordinator gets the shelter’s address through the same operation', async () => {
  const { body } = await graph.query<Picture>(operation('CommunePicture'), { role: 'COORDINATOR', variables: { code: '92050' } });
  expect(body.errors).toBeUndefined();
  const shelter = body.data!.commune.supportServices.find((s) => s.kind === 'SHELTER');
  expect(shelter?.address).toContain('Nanterre');
  expect(shelter?.postalCode).toBe('92000');
});

test('the commune search and the territories breakdown answer through the gateway', async () => {
  const found = await graph.query<{ findCommunes: { code: string }[] }>(operation('FindCommunes'), { variables: { search: '92000' } });
  expect(found.body.data?.findCommunes.map((c) => c.code)).toEqual(['92050']);
  const { body } = await graph.query<{
    indicatorBreakdown: { territories: { territory: { partOfDepartmentOnly: boolean }; value: number | null }[] };
  }>(operation('TerritoriesBreakdown'), { variables: { indicator: 'VIOLENCES_SEXUELLES', period: '2023' } });
  expect(body.errors).toBeUndefined();
  expect(body.data!.indicatorBreakdown.territories).toHaveLength(4);
  expect(body.data!.indicatorBreakdown.territories.filter((t) => t.territory.partOfDepartmentOnly)).toHaveLength(1);
});
