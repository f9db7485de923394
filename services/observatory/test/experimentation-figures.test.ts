// An experimentation's count of people follows the disclosure rule, and an analyst's read is audited.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory, { seedDemoData: true });
});
afterAll(() => subgraph.stop());

interface Scheme {
  name: string;
  beneficiaries: number | null;
  beneficiariesSuppressed: boolean;
}
async function schemes(who: ReturnType<typeof identity>): Promise<{ get(prefix: string): Scheme | undefined }> {
  const { body } = await subgraph.query<{ experimentations: { edges: { node: Scheme }[] } }>(
    '{ experimentations(first: 50) { edges { node { name beneficiaries beneficiariesSuppressed } } } }',
    who,
  );
  expect(body.errors).toBeUndefined();
  const nodes = body.data!.experimentations.edges.map(({ node }) => node);
  return { get: (prefix) => nodes.find((node) => node.name.startsWith(prefix)) };
}

test("a scheme's small count of people is withheld from the public and audited when an analyst reads it", async () => {
  const db = subgraph.dataSource!;
  const publicView = await schemes(identity(null));
  // 4 children co-victims of a femicide: a count that points at families.
  expect(publicView.get('Protocole féminicide')).toMatchObject({ beneficiaries: null, beneficiariesSuppressed: true });
  expect(publicView.get('Circuit d’urgence des')).toMatchObject({ beneficiaries: 340, beneficiariesSuppressed: false });
  expect(await auditCount(db, 'observation.read.raw')).toBe(0);

  const analystView = await schemes(identity('ANALYST'));
  expect(analystView.get('Protocole féminicide')).toMatchObject({ beneficiaries: 4, beneficiariesSuppressed: false });
  expect(await auditCount(db, 'observation.read.raw')).toBe(1);
});
