import { assign, fromPromise, setup, spawnChild } from 'xstate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaseError, defineService } from '../src/index.js';
import { noiseEvents, noiseInput, noiseMachine } from '@onecase/testing/fixtures';

const base = {
  id: 'noise-complaint',
  version: 1,
  title: 'Noise complaint',
  refPrefix: 'NC',
  machine: noiseMachine,
  input: noiseInput,
  events: noiseEvents,
  channels: { web: ['info.add'] as const, counter: '*' as const },
};

function definitionError(config: unknown): CaseError {
  try {
    defineService(config as never);
  } catch (error) {
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).code).toBe('INVALID_DEFINITION');
    return error as CaseError;
  }
  throw new Error('defineService accepted an invalid definition');
}

describe('defineService', () => {
  it('accepts a valid service and exposes channel policies', () => {
    const service = defineService(base);
    expect(service.key).toBe('noise-complaint@1');
    expect([...service.channelEvents('web')]).toEqual(['info.add']);
    expect(service.channelEvents('counter').size).toBe(Object.keys(noiseEvents).length);
    expect(service.channelEvents('fax').size).toBe(0);
  });

  it('carries every field of its configuration into the definition', () => {
    // The definition lists its fields itself (one V8 shape for every service), so a new
    // configuration field must be listed there too or it is silently dropped.
    const config = {
      ...base,
      description: 'Noise at night',
      open: ['web'] as const,
      index: { address: ({ context }: { context: { address?: string } }) => context.address ?? null },
      queueIndexes: [['address']],
      indexTypes: { address: 'string' as const },
    };
    const service = defineService(config as never) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(config)) expect(service[key], key).toBe(value);
  });

  it('lets every listed channel open a case unless open names the channels', () => {
    expect(defineService(base).canOpen('web')).toBe(true);
    const counterOnly = defineService({ ...base, open: ['counter'] });
    expect(counterOnly.canOpen('web')).toBe(false);
    expect(counterOnly.canOpen('counter')).toBe(true);
    expect(definitionError({ ...base, open: [] }).message).toMatch(/open must be/);
  });

  it('rejects a machine that invokes an actor, naming the state', () => {
    const machine = setup({ actors: { lookup: fromPromise(async () => 1) } }).createMachine({
      initial: 'a',
      states: { a: { invoke: { src: 'lookup' } } },
    });
    const error = definitionError({ ...base, machine, events: {}, channels: { web: [] } });
    expect(error.message).toMatch(/actors \(lookup\)/);
  });

  it('rejects an inline invoke, naming the state', () => {
    const machine = setup({}).createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { invoke: { src: fromPromise(async () => 1) } } } as never,
    });
    expect(definitionError({ ...base, machine, events: {}, channels: { web: [] } }).message).toMatch(
      /state 'm.a' invokes/,
    );
  });

  it('rejects a machine that spawns', () => {
    const machine = setup({}).createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { entry: spawnChild(fromPromise(async () => 1)) } },
    });
    expect(definitionError({ ...base, machine, events: {}, channels: { web: [] } }).message).toMatch(
      /state 'm.a' spawns/,
    );
  });

  it('rejects a machine event without a schema, naming state and event', () => {
    const error = definitionError({ ...base, events: { ...noiseEvents, 'case.reply': undefined } });
    expect(error.message).toMatch(/schema/);
    const missing = { ...noiseEvents } as Record<string, unknown>;
    delete missing['case.reply'];
    const error2 = definitionError({ ...base, events: missing, channels: { counter: '*' } });
    expect(error2.message).toBe(
      "Service 'noise-complaint': state 'noise.handling' handles event 'case.reply' that has no schema in events",
    );
  });

  it('rejects a schema for an event no state handles', () => {
    const error = definitionError({ ...base, events: { ...noiseEvents, 'case.close': z.object({}) } });
    expect(error.message).toMatch(/'case.close' has a schema but no state handles it/);
  });

  it('rejects a channel policy naming an unknown event', () => {
    const error = definitionError({ ...base, channels: { web: ['info.ad'] } });
    expect(error.message).toMatch(/channel 'web' allows event 'info.ad'/);
  });

  it('rejects reserved payload fields, bad ids, prefixes and versions', () => {
    expect(
      definitionError({ ...base, events: { ...noiseEvents, 'info.add': z.object({ at: z.number() }) } })
        .message,
    ).toMatch(/'at'/);
    expect(definitionError({ ...base, id: 'Noise Complaint' }).message).toMatch(/kebab-case/);
    expect(definitionError({ ...base, refPrefix: 'n1' }).message).toMatch(/refPrefix/);
    expect(definitionError({ ...base, version: 0 }).message).toMatch(/version/);
    expect(definitionError({ ...base, input: { parse: () => 1 } }).message).toMatch(/zod schema/);
  });

  it('rejects a delay written as text that XState would not understand', () => {
    const machine = setup({}).createMachine({
      id: 'm',
      initial: 'a',
      context: { n: 0 },
      states: { a: { after: { '2d': { actions: assign({ n: 1 }) } } as never } },
    });
    const error = definitionError({ ...base, machine, events: {}, channels: { web: [] } });
    expect(error.message).toMatch(/waits after '2d'/);
  });
});
