import { type CaseMachineEvents, defineService, isCaseError } from '@onecase/core';
import { assign, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coverWorkflow } from '../src/index.js';
import { samplePermit } from './sampleService.js';

const input = { plate: '粤B12345' };
const samples = {
  'permit.approve': [{ zone: 'T3' }],
  'permit.reject': [{ reason: 'No residence' }],
  'info.add': [{ note: 'x' }],
};

const brokenEvents = { 'case.submit': z.object({}), 'case.close': z.object({}) };
/** Deliberately broken: 'archived' has no way in. */
const unreachable = defineService({
  id: 'broken-unreachable',
  version: 1,
  title: 'Broken',
  refPrefix: 'BR',
  machine: setup({ types: { events: {} as CaseMachineEvents<typeof brokenEvents> } }).createMachine({
    id: 'broken',
    initial: 'draft',
    states: {
      draft: { on: { 'case.submit': 'submitted' } },
      submitted: { on: { 'case.close': 'closed' } },
      closed: { type: 'final' },
      archived: { type: 'final' },
    },
  }),
  input: z.object({}),
  events: brokenEvents,
  channels: { web: '*' },
});

async function coverageFailure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('coverWorkflow', () => {
  it('reaches every state of a service, timers included, and reports the paths', async () => {
    const report = await coverWorkflow(samplePermit, { input, samples });
    expect(report.states).toEqual(expect.arrayContaining(['samplePermit.expired', 'samplePermit.withdrawn']));
    const expired = report.paths.find((path) => path.state === 'expired');
    expect(expired?.events).toEqual(['permit.approve', 'xstate.after.validity.samplePermit.active']);
    expect(report.paths.map((path) => path.state).sort()).toEqual([
      'active',
      'expired',
      'rejected',
      'review',
      'withdrawn',
    ]);
  });

  it('covers every simple path when asked', async () => {
    const report = await coverWorkflow(samplePermit, { input, samples, paths: 'simple' });
    expect(report.paths.filter((path) => path.state === 'withdrawn')).toHaveLength(2);
  });

  it('names a state that no path reaches', async () => {
    const message = await coverageFailure(coverWorkflow(unreachable, { input: {} }));
    expect(message).toContain("state 'broken.archived' cannot be reached");
    expect(message).not.toContain('broken.closed');
  });

  it('names an event whose schema needs a sample', async () => {
    const message = await coverageFailure(
      coverWorkflow(samplePermit, { input, samples: { 'info.add': [{ note: 'x' }] } }),
    );
    expect(message).toContain("event 'permit.approve' needs a sample payload");
  });

  it('names a sample that does not match its schema', async () => {
    const message = await coverageFailure(
      coverWorkflow(samplePermit, {
        input,
        samples: { ...samples, 'permit.approve': [{ zone: 'nowhere' }] },
      }),
    );
    expect(message).toContain("sample of 'permit.approve' does not match its schema");
  });

  it('names the step where the router and the plain machine disagree', async () => {
    // Context that is not JSON: the stored case cannot be what the machine computed.
    const events = { 'case.stamp': z.object({}) };
    const dated = defineService({
      id: 'dated',
      version: 1,
      title: 'Dated',
      refPrefix: 'DT',
      machine: setup({
        types: { context: {} as { at: unknown }, events: {} as CaseMachineEvents<typeof events> },
      }).createMachine({
        id: 'dated',
        initial: 'new',
        context: { at: null },
        states: {
          new: {
            on: {
              'case.stamp': { target: 'stamped', actions: assign({ at: ({ event }) => new Date(event.at) }) },
            },
          },
          stamped: {},
        },
      }),
      input: z.object({}),
      events,
      channels: { web: '*' },
    });
    const message = await coverageFailure(coverWorkflow(dated, { input: {} }));
    expect(message).toContain(
      "path to stamped [case.stamp]: step 1 'case.stamp': context.at is not plain JSON",
    );
  });
});

describe('defineService on a broken service', () => {
  it('names the event that has no schema', () => {
    const events = { 'case.submit': z.object({}) };
    let caught: unknown;
    try {
      defineService({
        id: 'broken-schema',
        version: 1,
        title: 'Broken',
        refPrefix: 'BR',
        machine: setup({
          types: { events: {} as { type: 'case.submit' } | { type: 'case.close' } },
        }).createMachine({
          id: 'broken',
          initial: 'draft',
          states: {
            draft: { on: { 'case.submit': 'submitted' } },
            submitted: { on: { 'case.close': 'closed' } },
            closed: { type: 'final' },
          },
        }),
        input: z.object({}),
        events,
        channels: { web: '*' },
      });
    } catch (error) {
      caught = error;
    }
    expect(isCaseError(caught, 'INVALID_DEFINITION')).toBe(true);
    expect((caught as Error).message).toContain(
      "state 'broken.submitted' handles event 'case.close' that has no schema",
    );
  });
});
