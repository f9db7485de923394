import { identity, startTestSubgraph } from '@equality-graph/testing';
import { createContext } from '../src/context';
import { loadProgrammeSettings } from '../src/environment';
import { mentoring } from '../src/service';

test('mentee age bounds default to 16-29 and are configurable', () => {
  expect(loadProgrammeSettings({})).toEqual({ menteeMinAge: 16, menteeMaxAge: 29 });
  expect(loadProgrammeSettings({ MENTEE_MIN_AGE: '18', MENTEE_MAX_AGE: '25' })).toEqual({ menteeMinAge: 18, menteeMaxAge: 25 });
});

test('bad age bounds stop the start with a message naming the variable', () => {
  expect(() => loadProgrammeSettings({ MENTEE_MIN_AGE: 'old' })).toThrow(/MENTEE_MIN_AGE/);
  expect(() => loadProgrammeSettings({ MENTEE_MIN_AGE: '30', MENTEE_MAX_AGE: '20' })).toThrow(
    /MENTEE_MIN_AGE: must not exceed MENTEE_MAX_AGE/,
  );
});

test('the configured bounds are the ones applyAsMentee enforces', async () => {
  const narrow = {
    ...mentoring,
    createContext: (base: Parameters<typeof mentoring.createContext>[0], db: Parameters<typeof mentoring.createContext>[1]) =>
      createContext(base, db, { menteeMinAge: 18, menteeMaxAge: 20 }),
  };
  const subgraph = await startTestSubgraph(narrow);
  try {
    const year = new Date().getUTCFullYear();
    const apply = (sub: string, age: number) =>
      subgraph.query('mutation ($i: MenteeApplicationInput!) { applyAsMentee(input: $i) { status } }', identity('MENTEE', sub), {
        i: {
          firstName: 'A',
          birthYear: year - age,
          commune: '92050',
          situation: 's',
          projectSummary: 'p',
          interests: ['x'],
          formats: ['REMOTE'],
          availability: 'a',
        },
      });
    expect((await apply('seventeen', 17)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await apply('twenty-one', 21)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await apply('eighteen', 18)).body.errors).toBeUndefined();
    expect((await apply('twenty', 20)).body.errors).toBeUndefined();
  } finally {
    await subgraph.stop();
  }
});
