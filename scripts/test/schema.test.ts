// The schema check: the committed supergraph is current, and breaking changes are caught until
// announced.
import { checkSchema } from '../lib/schema-check';
import { breakingChanges, compose, readSources, unannounced } from '../lib/supergraph';

test('the committed supergraph and printed subgraph SDL are the composition of the subgraphs', () => {
  expect(checkSchema()).toEqual([]);
});

describe('a change to a subgraph', () => {
  const sources = readSources();
  const current = compose(sources).supergraphSdl;
  const edit = (name: string, from: string | RegExp, to: string) =>
    sources.map((s) => (s.name === name ? { ...s, sdl: s.sdl.replace(from, to) } : s));

  test('removing a field is a breaking change, reported until it is announced', () => {
    const next = compose(edit('observatory', /\n\s*"Population municipale[^\n]*\n\s*population: Int!/, '')).supergraphSdl;
    const changes = breakingChanges(current, next);
    expect(changes).toEqual(['FIELD_REMOVED: Commune.population was removed.']);
    expect(unannounced(changes, new Set())).toEqual(changes);
    expect(unannounced(changes, new Set(changes))).toEqual([]);
  });

  test('adding an optional field is not breaking', () => {
    const next = compose(edit('observatory', 'populationYear: Int!', 'populationYear: Int!\n  area: Float')).supergraphSdl;
    expect(breakingChanges(current, next)).toEqual([]);
  });

  test('a composition error fails with its message', () => {
    // Two subgraphs disagreeing on a non-shareable field's owner.
    const broken = edit('mentoring', 'mentoring: CommuneMentoring!', 'mentoring: CommuneMentoring!\n  name: String!');
    expect(() => compose(broken)).toThrow(/composition failed[\s\S]*name/);
  });
});
