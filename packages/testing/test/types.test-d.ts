import { createRouter, defineService, type CommandEventFrom } from '@onecase/core';
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { coverWorkflow, workflowSpec } from '../src/index.js';
import { citizen, officer, permitEvents, permitInput, samplePermit } from './sampleService.js';

const via = citizen;

describe('events are typed from the zod schemas', () => {
  it('router.send refuses a misspelled event type or a wrong payload field', () => {
    const router = createRouter({ services: [samplePermit] });
    const send = () => {
      router.send('SP-1', { type: 'info.add', note: 'fine' }, { via });
      // @ts-expect-error misspelled event type
      router.send('SP-1', { type: 'info.ad', note: 'x' }, { via });
      // @ts-expect-error wrong payload field
      router.send('SP-1', { type: 'info.add', nots: 'x' }, { via });
      // @ts-expect-error wrong payload type
      router.send('SP-1', { type: 'permit.approve', zone: 3 }, { via });
      // @ts-expect-error missing payload field
      router.send('SP-1', { type: 'permit.reject' }, { via });
    };
    expectTypeOf(send).toBeFunction();
    expectTypeOf<CommandEventFrom<typeof samplePermit>['type']>().toEqualTypeOf<
      'info.add' | 'permit.approve' | 'permit.reject' | 'case.withdraw'
    >();
  });

  it('router.open checks the service id and its input', () => {
    const router = createRouter({ services: [samplePermit] });
    const open = () => {
      router.open({ service: 'sample-permit', input: { plate: '粤B12345' }, via });
      // @ts-expect-error unknown service
      router.open({ service: 'sample-permit-x', input: { plate: '粤B12345' }, via });
      // @ts-expect-error wrong input field
      router.open({ service: 'sample-permit', input: { plat: '粤B12345' }, via });
    };
    expectTypeOf(open).toBeFunction();
  });

  it('workflowSpec refuses misspelled events, payloads and states', () => {
    const spec = workflowSpec(samplePermit, { input: { plate: '粤B12345' } });
    const scenarios = () => {
      spec
        .given({ type: 'permit.approve', zone: 'T3', via: officer }, { advance: '2d' })
        .when({ type: 'case.withdraw' })
        .then('withdrawn');
      // @ts-expect-error misspelled event type in given
      spec.given({ type: 'permit.aprove', zone: 'T3' });
      // @ts-expect-error wrong payload field in given
      spec.given({ type: 'permit.approve', zones: 'T3' });
      // @ts-expect-error misspelled event type in when
      spec.given().when({ type: 'case.withdrew' });
      // @ts-expect-error wrong payload field in when
      spec.given().when({ type: 'info.add', text: 'x' });
      // @ts-expect-error a state the machine does not have
      spec.given().when({ type: 'case.withdraw' }).then('withdrawm');
      spec.given().when({ type: 'case.withdraw' }).then({ error: 'EVENT_NOT_ALLOWED' });
      // @ts-expect-error an error code that does not exist
      spec.given().when({ type: 'case.withdraw' }).then({ error: 'NOT_ALLOWED' });
      // @ts-expect-error input of the wrong shape
      workflowSpec(samplePermit, { input: { plates: 'x' } });
    };
    expectTypeOf(scenarios).toBeFunction();
  });

  it('coverWorkflow samples are keyed by event type and typed by payload', () => {
    const cover = () => {
      coverWorkflow(samplePermit, {
        input: { plate: '粤B12345' },
        samples: { 'permit.approve': [{ zone: 'T3' }] },
      });
      const input = { plate: '粤B12345' };
      // @ts-expect-error misspelled event type
      coverWorkflow(samplePermit, { input, samples: { 'permit.aprove': [{ zone: 'T3' }] } });
      // @ts-expect-error wrong payload field
      coverWorkflow(samplePermit, { input, samples: { 'permit.approve': [{ zones: 'T3' }] } });
    };
    expectTypeOf(cover).toBeFunction();
  });

  it("a service's channel policy names only declared events", () => {
    const define = () =>
      defineService({
        id: 'typed-policy',
        version: 1,
        title: 'Typed policy',
        refPrefix: 'TP',
        machine: samplePermit.machine,
        input: permitInput,
        events: permitEvents,
        channels: {
          web: ['info.add'],
          // @ts-expect-error misspelled event in a channel policy
          counter: ['info.ad'],
        },
      });
    expectTypeOf(define).toBeFunction();
    expectTypeOf(z.object({})).not.toBeAny();
  });
});
