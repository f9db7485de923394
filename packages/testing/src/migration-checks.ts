// The migration checks every service runs (no drift from the entities, down and up again), written
// once here.
import type { SubgraphContextBase, SubgraphDefinition } from '@equality-graph/service-kit';
import { pendingSchemaChanges } from './schema-drift';
import { startTestSubgraph, type TestSubgraph } from './subgraph';

/** The same migration checks for every service (called from each service's test/). */
export function describeMigrations<C extends SubgraphContextBase>(definition: SubgraphDefinition<C>): void {
  describe(`${definition.name} migrations`, () => {
    let subgraph: TestSubgraph;
    beforeAll(async () => {
      subgraph = await startTestSubgraph(definition);
    });
    afterAll(() => subgraph.stop());
    const database = () => {
      if (!subgraph.dataSource) throw new Error(`${definition.name} started without a data source`);
      return subgraph.dataSource;
    };

    test('create exactly what the entities describe (no drift)', async () => {
      expect(await pendingSchemaChanges(database())).toEqual([]);
    });

    test('revert down to an empty schema and apply again', async () => {
      const db = database();
      for (let i = 0; i < definition.migrations.length; i++) await db.undoLastMigration({ transaction: 'each' });
      const tables = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables).toEqual([]);
      await db.runMigrations({ transaction: 'each' });
      expect(await pendingSchemaChanges(db)).toEqual([]);
    });
  });
}
