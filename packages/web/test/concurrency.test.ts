import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, call, citizen, openAsCitizen, staff, startWeb, type WebFixture } from './helpers.js';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(() => web.close());

describe('idempotent retries', () => {
  it('replays an open retried with the same Idempotency-Key instead of opening twice', async () => {
    const request = {
      headers: { ...citizen('dora', '13600136000'), 'idempotency-key': 'open-1' },
      body: { service: 'noise-complaint', input: ADDRESS },
    };
    const [first, second] = await Promise.all([
      call(`${web.api}/cases`, request),
      call(`${web.api}/cases`, request),
    ]);
    const third = await call(`${web.api}/cases`, request);
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect(new Set([first.body.id, second.body.id, third.body.id]).size).toBe(1);
    expect(await web.router.find({ phone: '13600136000' })).toHaveLength(1);
  });

  it('applies an event retried with the same key once', async () => {
    const view = await openAsCitizen(web.api);
    const request = {
      headers: { ...citizen(), 'idempotency-key': 'note-1' },
      body: { type: 'info.add', note: 'Once' },
    };
    const answers = await Promise.all(
      [1, 2, 3].map(() => call(`${web.api}/cases/${view.ref}/events`, request)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const after = await web.router.get(view.ref);
    expect(after.version).toBe(2);
    expect((after.context as { notes: string[] }).notes).toEqual(['Once']);
  });

  it("scopes citizens' keys: the same key from another citizen is a different command", async () => {
    const headers = (who: string, phone: string) => ({
      ...citizen(who, phone),
      'idempotency-key': 'same-key',
    });
    const body = { service: 'noise-complaint', input: ADDRESS };
    const erin = await call(`${web.api}/cases`, { headers: headers('erin', '13500135000'), body });
    const finn = await call(`${web.api}/cases`, { headers: headers('finn', '13400134000'), body });
    expect([erin.status, finn.status]).toEqual([201, 201]);
    expect(erin.body.id).not.toBe(finn.body.id);
  });
});

describe('If-Match races', () => {
  it('lets exactly one of two clients holding the same ETag win; the other gets 412', async () => {
    for (let round = 0; round < 5; round++) {
      const view = await openAsCitizen(web.api);
      const read = await call(`${web.api}/cases/${view.ref}`, { headers: staff() });
      const etag = read.headers.get('etag')!;
      const [a, b] = await Promise.all(
        ['clerk-a', 'clerk-b'].map((clerk) =>
          call(`${web.api}/cases/${view.ref}/events`, {
            headers: { ...staff(clerk), 'if-match': etag, 'onecase-channel': 'counter' },
            body: { type: 'case.dispatch', department: clerk },
          }),
        ),
      );
      expect([a!.status, b!.status].sort()).toEqual([200, 412]);
      const loser = a!.status === 412 ? a! : b!;
      expect(loser.body).toMatchObject({
        code: 'VERSION_CONFLICT',
        details: { expectedVersion: 1, actualVersion: 2 },
      });
      const after = await web.router.get(view.ref);
      expect(after.version).toBe(2);
      const winner = a!.status === 200 ? 'clerk-a' : 'clerk-b';
      expect((after.context as { department: string }).department).toBe(winner);
    }
  });
});
