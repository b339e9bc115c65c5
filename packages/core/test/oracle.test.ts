import fc from 'fast-check';
import { createActor, setup, assign, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type CaseMachineEvents,
  createRouter,
  defineService,
  isCaseError,
  memoryStore,
  type Via,
} from '../src/index.js';

const events = {
  start: z.object({}),
  add: z.object({ amount: z.number().int() }),
  pause: z.object({}),
  stop: z.object({}),
  flag: z.object({ reason: z.string() }),
  clear: z.object({}),
};

const machine = setup({
  types: {
    context: {} as { count: number; total: number; flags: string[]; lastAt: number },
    events: {} as CaseMachineEvents<typeof events>,
  },
  guards: {
    hasBudget: ({ context }) => context.count < 3,
    isBig: ({ event }) => event.type === 'add' && event.amount > 10,
  },
}).createMachine({
  id: 'oracle',
  type: 'parallel',
  context: { count: 0, total: 0, flags: [], lastAt: 0 },
  states: {
    flow: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            start: { target: 'running', actions: assign({ count: ({ context }) => context.count + 1 }) },
          },
        },
        running: {
          after: { 1000: 'paused' },
          on: {
            add: [
              {
                guard: 'isBig',
                actions: assign({ total: ({ context, event }) => context.total + event.amount * 2 }),
              },
              { actions: assign({ total: ({ context, event }) => context.total + event.amount }) },
            ],
            pause: 'paused',
          },
        },
        paused: {
          after: { 5000: 'idle' },
          on: {
            start: {
              guard: 'hasBudget',
              target: 'running',
              actions: assign({ count: ({ context }) => context.count + 1, lastAt: ({ event }) => event.at }),
            },
            stop: 'stopped',
          },
        },
        stopped: { type: 'final' },
      },
    },
    review: {
      initial: 'open',
      states: {
        open: {
          on: {
            flag: {
              target: 'flagged',
              actions: assign({ flags: ({ context, event }) => [...context.flags, event.reason] }),
            },
          },
        },
        flagged: {
          after: { 2000: 'open' },
          on: {
            flag: {
              actions: assign({ flags: ({ context, event }) => [...context.flags, `again:${event.reason}`] }),
            },
            clear: 'open',
          },
        },
      },
    },
  },
});

const service = defineService({
  id: 'oracle',
  version: 1,
  title: 'Oracle',
  refPrefix: 'OR',
  machine,
  input: z.object({}),
  events,
  channels: { web: '*' },
});

type Command =
  | { kind: 'event'; event: { type: keyof typeof events; [key: string]: unknown } }
  | { kind: 'advance'; ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc
    .constantFrom('start', 'pause', 'stop', 'clear')
    .map((type) => ({ kind: 'event' as const, event: { type } })),
  fc
    .integer({ min: -5, max: 30 })
    .map((amount) => ({ kind: 'event' as const, event: { type: 'add' as const, amount } })),
  fc
    .constantFrom('noise', 'late')
    .map((reason) => ({ kind: 'event' as const, event: { type: 'flag' as const, reason } })),
  fc.integer({ min: 1, max: 7000 }).map((ms) => ({ kind: 'advance' as const, ms })),
);

const via: Via = { channel: 'web', actor: { id: 'oracle' } };

describe('router vs a plain XState actor (oracle)', () => {
  it('ends in the same state and context, refusing exactly the events the actor ignores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        const start = 1_000_000;
        let now = start;
        const clock = { now: () => now };
        const store = memoryStore();
        const routerAt = () => createRouter({ services: [service], store, clock, secret: 's' });

        const simulated = new SimulatedClock();
        simulated.set(start);
        const actor = createActor(machine, { clock: simulated });
        actor.start();

        const opened = await routerAt().open({ service: 'oracle', input: {}, via });

        for (const step of commands) {
          if (step.kind === 'advance') {
            const target = now + step.ms;
            // Fire timers in due order, one due time at a time, as an ideal scheduler would.
            for (;;) {
              const timers = await routerAt().timers(opened.id);
              const next = timers[0];
              if (!next || next.dueAt > target) break;
              now = next.dueAt;
              simulated.set(now);
              await routerAt().runDueTimers();
            }
            now = target;
            simulated.set(now);
            continue;
          }
          const event = { ...step.event, at: now, via };
          const actorWouldTake = actor.getSnapshot().can(event as never);
          let refused = false;
          try {
            await routerAt().send(opened.ref, step.event as never, { via });
          } catch (error) {
            if (!isCaseError(error, 'EVENT_NOT_ALLOWED')) throw error;
            refused = true;
          }
          expect(refused).toBe(!actorWouldTake);
          actor.send(event as never);
        }

        const view = await routerAt().get(opened.ref);
        const snapshot = actor.getSnapshot();
        expect(view.state.value).toEqual(snapshot.value);
        expect(view.context).toEqual(snapshot.context);
        expect((await routerAt().verify(opened.ref)).ok).toBe(true);
        actor.stop();
      }),
      { numRuns: 150 },
    );
  });
});
