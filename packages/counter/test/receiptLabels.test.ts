import { defineService } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { noiseEvents, noiseInput, noiseMachine } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { createCounterSession } from '../src/index.js';
import { makeResidentId } from './helpers.js';

const idNumber = makeResidentId('310115', '19800101', '123');
const states = ['received', 'handling', 'replied', 'withdrawn'];

function labelledNoise() {
  const leaves = Object.keys(noiseMachine.root.states);
  expect(leaves.sort()).toEqual([...states].sort());
  const events = Object.keys(noiseEvents);
  return defineService({
    id: 'noise-complaint',
    version: 1,
    title: 'Noise complaint',
    refPrefix: 'NC',
    machine: noiseMachine,
    input: noiseInput,
    events: noiseEvents,
    channels: { web: ['info.add', 'case.withdraw'], counter: '*', staff: '*' },
    labels: {
      'zh-CN': {
        title: '噪声投诉',
        fields: { address: '地址', description: '描述' },
        events: Object.fromEntries(events.map((type) => [type, `事件 ${type}`])),
        states: { received: '已受理', handling: '办理中', replied: '已答复', withdrawn: '已撤回' },
      },
      en: {
        title: 'Noise complaint (labelled)',
        fields: { address: 'Address', description: 'Description' },
        events: Object.fromEntries(events.map((type) => [type, `Event ${type}`])),
        states: {
          received: 'Received',
          handling: 'Being handled',
          replied: 'Replied',
          withdrawn: 'Withdrawn',
        },
      },
    },
  });
}

async function receiptIn(locale?: string) {
  const router = createTestRouter({ services: [labelledNoise()], start: '2026-01-05T09:00:00+08:00' });
  const opened = await router.open({
    service: 'noise-complaint',
    input: { address: 'Lane 12', description: 'Karaoke' },
    citizen: { idNumber },
    via: { channel: 'web', actor: { id: 'c' } },
  });
  const session = createCounterSession({
    client: router,
    counter: '3',
    clerk: 'clerk-17',
    clock: router.clock,
    ...(locale !== undefined ? { locale } : {}),
  });
  session.identify(idNumber);
  await session.cases();
  const result = await session.act(opened.ref, { type: 'case.dispatch', department: 'Environment' });
  await router.close();
  return result.receipt;
}

describe('receipts name services, states and events from the catalogue labels', () => {
  it('prints English labels by default, beside the ids the clerk acts with', async () => {
    const receipt = await receiptIn();
    expect(receipt).toContain('Service:    Noise complaint (labelled)');
    expect(receipt).toContain('New state:  handling · Being handled');
    expect(receipt).toContain('Action:     case.dispatch · Event case.dispatch');
    expect(receipt).toContain('case.reply (counter, staff) · Event case.reply');
  });

  it('prints Chinese labels for a hall set to zh-CN', async () => {
    const receipt = await receiptIn('zh-CN');
    expect(receipt).toContain('Service:    噪声投诉');
    expect(receipt).toContain('New state:  handling · 办理中');
  });
});
