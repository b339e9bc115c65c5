import { isCaseError, type Via } from '@onecase/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRouterClient, isHttpProblemError } from '../src/index.js';
import { ADDRESS, CITIZEN_PHONE, call, citizen, staff, startWeb, type WebFixture } from './helpers.js';

const ID = '11010519491231002X';
const counter: Via = { channel: 'counter', actor: { id: 'ignored-the-server-knows' } };
const reason = 'resident ID checked at counter 3';

describe('POST /citizen-links', () => {
  let web: WebFixture;
  let ids: string[];
  beforeAll(async () => {
    web = await startWeb();
    const open = async (who: { phone?: string; idNumber?: string }) =>
      (
        await web.router.open({
          service: 'noise-complaint',
          input: ADDRESS,
          citizen: who,
          via: { channel: 'web', actor: { id: 'portal' } },
        })
      ).id;
    const first = await open({ phone: CITIZEN_PHONE });
    // Oldest first: the second case opens a second later, so the order does not hang on random ids.
    web.router.clock.advance(1000);
    ids = [first, await open({ idNumber: ID })];
  });
  afterAll(() => web.close());

  it('lets a clerk on the counter channel link identifiers over HTTP; find then returns all her cases', async () => {
    const client = createHttpRouterClient(web.api, { headers: staff('clerk-3') });
    expect((await client.find({ idNumber: ID })).map((view) => view.id)).toEqual([ids[1]]);
    expect(
      await client.linkCitizen({ idNumber: ID, phone: CITIZEN_PHONE }, { via: counter, reason }),
    ).toEqual({
      added: 1,
    });
    expect((await client.find({ idNumber: ID })).map((view) => view.id)).toEqual(ids);
    expect(
      await client.linkCitizen({ phone: CITIZEN_PHONE, idNumber: ID }, { via: counter, reason }),
    ).toEqual({
      added: 0,
    });
    // The server records its authenticated principal on the channel asked for, not what the client claims.
    const [link] = await web.router.citizenLinks({ phone: CITIZEN_PHONE });
    expect(link?.via).toEqual({ channel: 'counter', actor: { id: 'clerk-3', role: 'clerk' } });
    expect(link?.reason).toBe(reason);
  });

  it('answers a citizen with 403 and links nothing', async () => {
    const body = { identifiers: { phone: '13700137000', idNumber: ID }, reason: 'it is me' };
    const answer = await call(`${web.api}/citizen-links`, { headers: citizen('eve', '13700137000'), body });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('FORBIDDEN');
    expect(await web.router.citizenLinks({ phone: '13700137000' })).toEqual([]);
    const client = createHttpRouterClient(web.api, { headers: citizen('eve', '13700137000') });
    const refused = await client
      .linkCitizen({ phone: '13700137000', idNumber: ID }, { via: counter, reason })
      .catch((error: unknown) => error);
    expect(isHttpProblemError(refused) && refused.status).toBe(403);
  });

  it('refuses one identifier, a missing reason or a channel the clerk does not have, as the router does', async () => {
    const client = createHttpRouterClient(web.api, { headers: staff('clerk-4', 'web') });
    const codeOf = (work: Promise<unknown>) =>
      work.then(
        () => 'linked',
        (error: unknown) => (isCaseError(error) ? error.code : String(error)),
      );
    const web1: Via = { channel: 'web', actor: { id: 'clerk-4' } };
    expect(await codeOf(client.linkCitizen({ phone: '13600136000' }, { via: web1, reason }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      await codeOf(client.linkCitizen({ phone: '13600136000', idNumber: ID }, { via: web1, reason: '' })),
    ).toBe('INVALID_INPUT');
    expect(
      await codeOf(client.linkCitizen({ phone: '13600136000', idNumber: ID }, { via: counter, reason })),
    ).toBe('CHANNEL_FORBIDDEN');
    const raw = await call(`${web.api}/citizen-links`, {
      headers: staff(),
      body: { identifiers: 'x', reason },
    });
    expect(raw.status).toBe(400);
    expect(await web.router.citizenLinks({ phone: '13600136000' })).toEqual([]);
  });

  it('shows a signed-in citizen the cases filed under identifiers a clerk linked to hers', async () => {
    const mine = await call(`${web.api}/cases`, { headers: citizen('alice', CITIZEN_PHONE) });
    expect(mine.body.map((view: { id: string }) => view.id)).toEqual(ids);
  });
});
