// Regression guard for the per-request signature check saved by rememberVerifiedTokens (issue 12):
// counted verifications, never timings.
import { devVerifier, mintDevToken, type ClientTokenVerifier } from '@equality-graph/auth';
import { rememberVerifiedTokens } from '../src/verified-tokens';

const SECRET = 'a-dev-secret-long-enough-for-hs256-tests';

function counted(verify: ClientTokenVerifier): { verify: ClientTokenVerifier; calls: () => number } {
  let calls = 0;
  return {
    verify: async (token) => {
      calls++;
      return verify(token);
    },
    calls: () => calls,
  };
}

describe('verified client tokens', () => {
  it('verifies a token once for many requests, and each request gets its own identity object', async () => {
    const inner = counted(devVerifier(SECRET));
    const verify = rememberVerifiedTokens(inner.verify);
    const token = await mintDevToken(SECRET, { sub: 'analyst-1', roles: ['ANALYST'] });
    const first = await verify(token);
    const second = await verify(token);
    expect(inner.calls()).toBe(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    first.roles.push('ADMIN');
    expect((await verify(token)).roles).toEqual(['ANALYST']);
  });

  it('never answers one token with another caller identity', async () => {
    const inner = counted(devVerifier(SECRET));
    const verify = rememberVerifiedTokens(inner.verify);
    const analyst = await mintDevToken(SECRET, { sub: 'analyst-1', roles: ['ANALYST'] });
    const mentor = await mintDevToken(SECRET, { sub: 'mentor-1', roles: ['MENTOR'] });
    expect((await verify(analyst)).sub).toBe('analyst-1');
    expect((await verify(mentor)).sub).toBe('mentor-1');
    expect(inner.calls()).toBe(2);
  });

  it('keeps refusing a bad token (failures are not remembered)', async () => {
    const inner = counted(devVerifier(SECRET));
    const verify = rememberVerifiedTokens(inner.verify);
    const forged = await mintDevToken('another-secret-long-enough-for-hs256', { sub: 'x', roles: ['ADMIN'] });
    await expect(verify(forged)).rejects.toThrow();
    await expect(verify(forged)).rejects.toThrow();
    expect(inner.calls()).toBe(2);
  });

  it('checks a token again once it has expired, and after the maximum age', async () => {
    let clock = Date.now();
    const inner = counted(devVerifier(SECRET));
    const verify = rememberVerifiedTokens(inner.verify, { now: () => clock, maxAgeMs: 60_000 });
    const shortLived = await mintDevToken(SECRET, { sub: 'a', roles: [] }, 30);
    await verify(shortLived);
    clock += 31_000;
    // Past its exp: verified again (and refused by the verifier once really expired, whatever the memo held).
    await verify(shortLived).catch(() => undefined);
    expect(inner.calls()).toBe(2);

    clock = Date.now();
    const longLived = await mintDevToken(SECRET, { sub: 'b', roles: [] }, 3600);
    await verify(longLived);
    clock += 61_000;
    await verify(longLived);
    expect(inner.calls()).toBe(4);
  });

  it('holds a bounded number of tokens', async () => {
    const inner = counted(devVerifier(SECRET));
    const verify = rememberVerifiedTokens(inner.verify, { maxEntries: 2 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((sub) => mintDevToken(SECRET, { sub, roles: [] })));
    for (const token of tokens) await verify(token);
    await verify(tokens[0]);
    expect(inner.calls()).toBe(4);
  });
});
