// The programme's age bounds, from the variables to the mutation that enforces them: loaded by
// loadEnvironment, mapped by startMentoring (server.ts), applied by applyAsMentee.
import { createTestDatabase, identity, internalToken, postGraphql, testKeys } from '@equality-graph/testing';
import { loadEnvironment } from '../src/environment';
import { startMentoring } from '../src/server';

/** What a deployment must set whatever the programme's rules (the bounds are the test's subject). */
const REQUIRED = { DATABASE_URL: 'postgres://mentoring:secret@localhost:5432/mentoring', INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem };

test('mentee age bounds default to 16-29 and are configurable', () => {
  expect(loadEnvironment(REQUIRED)).toMatchObject({ MENTEE_MIN_AGE: 16, MENTEE_MAX_AGE: 29 });
  expect(loadEnvironment({ ...REQUIRED, MENTEE_MIN_AGE: '18', MENTEE_MAX_AGE: '25' })).toMatchObject({
    MENTEE_MIN_AGE: 18,
    MENTEE_MAX_AGE: 25,
  });
});

test('bad age bounds stop the start with a message naming the variable', () => {
  expect(() => loadEnvironment({ ...REQUIRED, MENTEE_MIN_AGE: 'old' })).toThrow(/MENTEE_MIN_AGE/);
  expect(() => loadEnvironment({ ...REQUIRED, MENTEE_MIN_AGE: '30', MENTEE_MAX_AGE: '20' })).toThrow(
    /MENTEE_MIN_AGE: must not exceed MENTEE_MAX_AGE/,
  );
});

// 17 and 21 are inside the default bounds (16-29): only the environment's 18-20 refuses them.
test('the bounds set in the environment are the ones applyAsMentee enforces (through startMentoring)', async () => {
  const database = await createTestDatabase('mentoring');
  const running = await startMentoring(
    loadEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem,
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_HOST: '127.0.0.1',
      METRICS_PORT: '0',
      MENTEE_MIN_AGE: '18',
      MENTEE_MAX_AGE: '20',
    }),
  );
  try {
    const year = new Date().getUTCFullYear();
    const apply = async (sub: string, age: number) =>
      postGraphql(running.url, 'mutation ($i: MenteeApplicationInput!) { applyAsMentee(input: $i) { status } }', {
        token: await internalToken(identity('MENTEE', sub), 'mentoring'),
        variables: {
          i: {
            firstName: 'A',
            birthYear: year - age,
            commune: '92050',
            situation: 's',
            projectSummary: 'p',
            interests: ['x'],
            formats: ['REMOTE'],
            availability: 'a',
            charterVersion: 'charte-2026-01',
          },
        },
      });
    const seventeen = await apply('seventeen', 17);
    expect(seventeen.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(seventeen.body.errors?.[0].message).toMatch(/aged 18 to 20/);
    expect((await apply('twenty-one', 21)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await apply('eighteen', 18)).body.errors).toBeUndefined();
    expect((await apply('twenty', 20)).body.errors).toBeUndefined();
  } finally {
    await running.stop();
    await database.drop();
  }
});
