// Training's migrations against its entities (no drift) and down to an empty schema and back:
// the shared checks of @equality-graph/testing, run on this subgraph.
import { describeMigrations } from '@equality-graph/testing';
import { training } from '../src/service';

describeMigrations(training);
