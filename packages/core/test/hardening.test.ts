import { noise } from '@onecase/testing/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import {
  type CaseError,
  type CaseMachineEvents,
  createRouter,
  defineService,
  isCaseError,
} from '../src/index.js';

const via = { channel: 'counter', actor: { id: 'clerk-1' } };
const input = { address: '1 Main St', description: 'loud' };

async function refusal(work: Promise<unknown>): Promise<CaseError> {
  try {
    await work;
  } catch (error) {
    if (isCaseError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('text no store can hold is refused before the store', () => {
  const router = createRouter({ services: [noise], secret: 's' });

  it.each([
    ['a NUL in an input field', { address: 'a\u0000b', description: 'd' }, 'input.address'],
    ['a lone high surrogate', { address: 'x', description: '\ud800' }, 'input.description'],
    ['a lone low surrogate', { address: '\udfffy', description: 'd' }, 'input.address'],
  ])('open with %s → INVALID_INPUT naming the field', async (_, bad, field) => {
    const error = await refusal(router.open({ service: 'noise-complaint', input: bad, via }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details.field).toBe(field);
  });

  it('in a payload, a case id, a citizen field, an actor and a key', async () => {
    const view = await router.open({ service: 'noise-complaint', input, via });
    const send = (event: Record<string, unknown>, options: Record<string, unknown> = {}) =>
      refusal(router.send(view.ref, { type: 'info.add', ...event } as never, { via, ...options }));
    expect((await send({ note: 'ok\ud83d' })).details.field).toBe('payload.note');
    expect((await refusal(router.get('abc\u0000'))).code).toBe('INVALID_INPUT');
    expect((await send({ note: 'x' }, { idempotencyKey: 'k\u0000' })).details.field).toBe('idempotencyKey');
    expect(
      (
        await refusal(
          router.send(
            view.ref,
            { type: 'info.add', note: 'x' },
            { via: { channel: 'counter', actor: { id: '\udc00' } } },
          ),
        )
      ).details.field,
    ).toBe('via.actor.id');
    expect(
      (
        await refusal(
          router.open({ service: 'noise-complaint', input, via, citizen: { phone: '138\u0000' } }),
        )
      ).details.field,
    ).toBe('citizen.phone');
    expect((await router.history(view.ref)).length).toBe(1);
  });

  it('a well-formed emoji (a surrogate pair) is fine', async () => {
    const view = await router.open({
      service: 'noise-complaint',
      input: { address: '🏠 1 Main', description: '😡' },
      via,
    });
    expect((view.context as { address: string }).address).toBe('🏠 1 Main');
  });
});

describe('event types are looked up as own properties', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    '%s is an unknown event',
    async (type) => {
      const router = createRouter({ services: [noise], secret: 's' });
      const view = await router.open({ service: 'noise-complaint', input, via });
      const error = await refusal(router.send(view.ref, { type } as never, { via }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details.events).toContain('info.add');
    },
  );
});

describe('a context that is not plain JSON is refused on every store', () => {
  const events = { 'case.stamp': z.object({ kind: z.enum(['date', 'map', 'nan', 'hole']) }) };
  const machine = setup({
    types: { context: {} as { value: unknown }, events: {} as CaseMachineEvents<typeof events> },
  }).createMachine({
    initial: 'open',
    context: { value: null },
    states: {
      open: {
        on: {
          'case.stamp': {
            actions: assign({
              value: ({ event }) =>
                ({ date: new Date(0), map: new Map(), nan: { deep: [1, Number.NaN] }, hole: [1, undefined] })[
                  event.kind
                ],
            }),
          },
        },
      },
    },
  });
  const stamped = defineService({
    id: 'stamped',
    version: 1,
    title: 'Stamped',
    refPrefix: 'ST',
    machine,
    input: z.object({}),
    events,
    channels: { counter: '*' },
  });

  it.each([
    ['date', 'context.value', 'Date'],
    ['map', 'context.value', 'Map'],
    ['nan', 'context.value.deep[1]', 'NaN'],
    ['hole', 'context.value[1]', 'undefined'],
  ])('%s → refused naming %s, nothing committed', async (kind, path, found) => {
    const router = createRouter({ services: [stamped], secret: 's' });
    const view = await router.open({ service: 'stamped', input: {}, via });
    const error = await refusal(router.send(view.ref, { type: 'case.stamp', kind } as never, { via }));
    expect(error.details).toMatchObject({ path, found });
    expect((await router.get(view.ref)).version).toBe(1);
  });
});

describe('the router secret', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('without one, warns on stderr even with no logger', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    createRouter({ services: [noise] });
    expect(write.mock.calls.map(([text]) => String(text)).join('')).toMatch(/no secret given/);
  });

  it('without one under NODE_ENV=production, refuses to start', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => createRouter({ services: [noise] })).toThrow(/NODE_ENV=production/);
    expect(() => createRouter({ services: [noise], secret: 'real' })).not.toThrow();
  });
});
