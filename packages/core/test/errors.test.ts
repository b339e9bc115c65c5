import { describe, expect, it } from 'vitest';
import {
  type CaseErrorCode,
  type CaseStore,
  type CaseView,
  createRouter,
  isCaseError,
  memoryStore,
  type Via,
} from '../src/index.js';
import { noise } from '@onecase/testing/fixtures';

const web: Via = { channel: 'web', actor: { id: 'citizen-1' } };
const counter: Via = { channel: 'counter', actor: { id: 'clerk-1' } };

async function setup(store: CaseStore = memoryStore()) {
  const router = createRouter({ services: [noise], store, secret: 's' });
  const refused: CaseErrorCode[] = [];
  router.on('case.refused', ({ error }) => refused.push(error.code));
  const view = await router.open({
    service: 'noise-complaint',
    input: { address: 'a', description: 'b' },
    via: web,
  });
  await router.send(view.ref, { type: 'info.add', note: 'first' }, { via: web, idempotencyKey: 'k1' });
  const before = await router.get(view.ref);
  return { router, view: before, refused };
}

async function expectRefused(promise: Promise<unknown>, code: CaseErrorCode) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isCaseError(error), `expected a CaseError ${code}, got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code).toBe(code);
  return error as { code: string; message: string; details: Record<string, unknown> };
}

describe('every error code, from the input that causes it, changes nothing', () => {
  it.each<[CaseErrorCode, (r: Awaited<ReturnType<typeof setup>>['router'], v: CaseView) => Promise<unknown>]>(
    [
      [
        'UNKNOWN_SERVICE',
        (r) => r.open({ service: 'no-such-service' as 'noise-complaint', input: {}, via: web } as never),
      ],
      ['UNKNOWN_CASE', (r) => r.send('NC-00000-00000', { type: 'info.add', note: 'x' }, { via: web })],
      [
        'UNKNOWN_CASE',
        (r) => r.send('0d2a3c1e-0000-4000-8000-000000000000', { type: 'info.add', note: 'x' }, { via: web }),
      ],
      ['INVALID_INPUT', (r, v) => r.send(v.ref, { type: 'info.add', note: '' }, { via: web })],
      ['INVALID_INPUT', (r, v) => r.send(v.ref, { type: 'no.such.event' } as never, { via: web })],
      [
        'INVALID_INPUT',
        (r) => r.open({ service: 'noise-complaint', input: { address: '' }, via: web } as never),
      ],
      [
        'INVALID_INPUT',
        (r, v) => r.send(v.ref, { type: 'info.add', note: 'x' }, { via: { channel: 'web' } } as never),
      ],
      [
        'EVENT_NOT_ALLOWED',
        (r, v) => r.send(v.ref, { type: 'case.reply', answer: 'done' }, { via: counter }),
      ],
      ['CHANNEL_FORBIDDEN', (r, v) => r.send(v.ref, { type: 'documents.check', ok: true }, { via: web })],
      [
        'CHANNEL_FORBIDDEN',
        (r) =>
          r.open({
            service: 'noise-complaint',
            input: { address: 'a', description: 'b' },
            via: { channel: 'fax', actor: { id: 'x' } },
          }),
      ],
      [
        'VERSION_CONFLICT',
        (r, v) =>
          r.send(v.ref, { type: 'info.add', note: 'x' }, { via: web, expectedVersion: v.version - 1 }),
      ],
      [
        'IDEMPOTENCY_MISMATCH',
        (r, v) => r.send(v.ref, { type: 'info.add', note: 'different' }, { via: web, idempotencyKey: 'k1' }),
      ],
    ],
  )('%s', async (code, act) => {
    const { router, view, refused } = await setup();
    await expectRefused(act(router, view), code);
    const after = await router.get(view.ref);
    expect(after).toEqual(view);
    expect(await router.history(view.ref)).toHaveLength(view.version);
    expect(refused).toEqual([code]);
  });

  it('EVENT_NOT_ALLOWED names the state and what the channel may send instead', async () => {
    const { router, view } = await setup();
    const error = await expectRefused(
      router.send(view.ref, { type: 'case.reply', answer: 'x' }, { via: counter }),
      'EVENT_NOT_ALLOWED',
    );
    expect(error.details.state).toBe('received');
    expect(error.details.allowed).toEqual(['case.dispatch', 'info.add', 'documents.check', 'case.withdraw']);
  });

  it('INVALID_INPUT carries the zod issues', async () => {
    const { router, view } = await setup();
    const error = await expectRefused(
      router.send(view.ref, { type: 'info.add', note: 42 } as never, { via: web }),
      'INVALID_INPUT',
    );
    expect((error.details.issues as { path: string[] }[])[0]!.path).toEqual(['note']);
  });

  it('a reference with a wrong check character is UNKNOWN_CASE with a hint, never another case', async () => {
    const { router, view } = await setup();
    const last = view.ref.at(-1)!;
    const typo = view.ref.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const error = await expectRefused(router.get(typo), 'UNKNOWN_CASE');
    expect(error.details.hint).toBe('check-character');
    expect(error.message).toMatch(/mistyped/);
  });

  it('STORE_UNAVAILABLE when the store throws, with nothing half-applied', async () => {
    const base = memoryStore();
    let down = false;
    const flaky: CaseStore = {
      ...base,
      async commit(input) {
        if (down) throw new Error('connection refused');
        return base.commit(input);
      },
    };
    const { router, view } = await setup(flaky);
    down = true;
    const error = await expectRefused(
      router.send(view.ref, { type: 'info.add', note: 'x' }, { via: web }),
      'STORE_UNAVAILABLE',
    );
    expect((error as unknown as Error).cause).toBeInstanceOf(Error);
    down = false;
    expect(await router.get(view.ref)).toEqual(view);
    const recovered = await router.send(view.ref, { type: 'info.add', note: 'x' }, { via: web });
    expect(recovered.version).toBe(view.version + 1);
  });
});
