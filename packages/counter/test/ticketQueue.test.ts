import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeClock } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { createTicketQueue, isCounterError, jsonLinesQueueStore } from '../src/index.js';

const groups = { permits: { prefix: 'P' }, complaints: { prefix: 'C' } };

function setup(options: { file?: string; noShowAfterCalls?: number } = {}) {
  const clock = createFakeClock('2026-01-05T09:00:00+08:00');
  const queue = createTicketQueue({
    clock,
    groups,
    ...(options.file ? { store: jsonLinesQueueStore(options.file) } : {}),
    ...(options.noShowAfterCalls ? { noShowAfterCalls: options.noShowAfterCalls } : {}),
  });
  return { clock, queue };
}

describe('ticket queue', () => {
  it('numbers tickets per group and calls them first come, first served', async () => {
    const { clock, queue } = setup();
    const numbers = [];
    for (const group of ['permits', 'complaints', 'permits']) {
      numbers.push((await queue.take({ group })).number);
      clock.advance('1m');
    }
    expect(numbers).toEqual(['P001', 'C001', 'P002']);
    expect((await queue.callNext('1'))?.number).toBe('P001');
    await queue.served('1');
    expect((await queue.callNext('1'))?.number).toBe('C001');
  });

  it('calls priority tickets first, then due appointments, then walk-ins in order', async () => {
    const { clock, queue } = setup();
    await queue.take({ group: 'permits' }); // P001 walk-in
    clock.advance('1m');
    await queue.take({ group: 'permits', appointmentAt: clock.now() + 5 * 60_000 }); // P002 due within the grace
    await queue.take({ group: 'permits', appointmentAt: clock.now() + 3 * 3_600_000 }); // P003 far ahead
    clock.advance('1m');
    await queue.take({ group: 'permits', priority: 1 }); // P004 elderly
    const order = (await queue.waiting({ counter: '1' })).map((t) => t.number);
    expect(order).toEqual(['P004', 'P002', 'P001', 'P003']);
    const called = [];
    for (let i = 0; i < 4; i++) {
      called.push((await queue.callNext('1'))!.number);
      await queue.served('1');
    }
    expect(called).toEqual(order);
    expect(await queue.callNext('1')).toBeUndefined();
  });

  it('only calls the groups a counter serves', async () => {
    const { queue } = setup();
    await queue.take({ group: 'permits' });
    await queue.take({ group: 'complaints' });
    expect((await queue.callNext('7', { groups: ['complaints'] }))?.number).toBe('C001');
  });

  it('refuses to call the next ticket while one is still called at the counter', async () => {
    const { queue } = setup();
    await queue.take({ group: 'permits' });
    await queue.take({ group: 'permits' });
    await queue.callNext('1');
    const error = await queue.callNext('1').catch((e: unknown) => e);
    expect(isCounterError(error, 'COUNTER_BUSY')).toBe(true);
    expect((await queue.current('1'))?.number).toBe('P001');
  });

  it('marks a ticket no-show when a recall follows the configured number of unanswered calls', async () => {
    const { queue } = setup({ noShowAfterCalls: 2 });
    await queue.take({ group: 'permits' });
    await queue.take({ group: 'permits' });
    await queue.callNext('1');
    expect(await queue.recall('1')).toMatchObject({ number: 'P001', status: 'called', calls: 2 });
    expect(await queue.recall('1')).toMatchObject({ number: 'P001', status: 'no-show' });
    expect(await queue.current('1')).toBeUndefined();
    expect((await queue.callNext('1'))?.number).toBe('P002');
  });

  it('transfers a ticket to another counter, which calls it ahead of its own queue', async () => {
    const { clock, queue } = setup();
    await queue.take({ group: 'permits' });
    await queue.take({ group: 'complaints' });
    await queue.callNext('1', { groups: ['permits'] });
    clock.advance('4m');
    const moved = await queue.transfer('1', '5');
    expect(moved).toMatchObject({ number: 'P001', status: 'waiting', forCounter: '5', transfers: 1 });
    // Counter 2 serves permits too but the ticket now waits for counter 5 only.
    expect(await queue.callNext('2', { groups: ['permits'] })).toBeUndefined();
    expect((await queue.callNext('5', { groups: ['complaints'] }))?.number).toBe('P001');
    expect((await queue.current('5'))?.counter).toBe('5');
  });

  it('measures waiting time across transfers, excluding time at a counter', async () => {
    const { clock, queue } = setup();
    await queue.take({ group: 'permits' });
    clock.advance('10m');
    await queue.callNext('1');
    clock.advance('5m');
    await queue.transfer('1', '2');
    clock.advance('3m');
    expect(await queue.waitingMs('P001')).toBe(13 * 60_000);
    await queue.callNext('2');
    clock.advance('20m');
    expect(await queue.waitingMs('P001')).toBe(13 * 60_000);
  });

  it('picks up after a restart from its JSON-lines file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'onecase-queue-')), 'queue.jsonl');
    const first = setup({ file });
    for (let i = 0; i < 3; i++) await first.queue.take({ group: 'permits' });
    await first.queue.take({ group: 'complaints', priority: 1 });
    await first.queue.callNext('1');
    await first.queue.served('1');
    await first.queue.callNext('1');

    const second = setup({ file });
    expect((await second.queue.current('1'))?.number).toBe('P001');
    expect((await second.queue.get('C001'))?.status).toBe('served');
    expect((await second.queue.take({ group: 'permits' })).number).toBe('P004');
    await second.queue.served('1');
    expect((await second.queue.callNext('1'))?.number).toBe('P002');
    expect(readFileSync(file, 'utf8').trim().split('\n').length).toBe(10);
  });

  it('starts numbering again each day and never calls leftover tickets from yesterday', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'onecase-queue-')), 'queue.jsonl');
    const { clock, queue } = setup({ file });
    await queue.take({ group: 'permits' });
    await queue.take({ group: 'permits', priority: 1 });
    clock.set(new Date('2026-01-06T08:30:00+08:00'));
    expect(await queue.waiting()).toEqual([]);
    const fresh = await queue.take({ group: 'permits' });
    expect(fresh).toMatchObject({ number: 'P001', day: '2026-01-06' });

    const restarted = createTicketQueue({ clock, groups, store: jsonLinesQueueStore(file) });
    expect((await restarted.callNext('1'))?.takenAt).toBe(fresh.takenAt);
    expect(await restarted.list()).toHaveLength(1);
    expect(await restarted.list({ allDays: true })).toHaveLength(3);
  });

  it('refuses unknown groups and counters without a called ticket, changing nothing', async () => {
    const { queue } = setup();
    await expect(queue.take({ group: 'weddings' })).rejects.toThrow(/Unknown service group/);
    await expect(queue.served('1')).rejects.toSatisfy((e: unknown) => isCounterError(e, 'NO_CURRENT_TICKET'));
    expect(await queue.list()).toEqual([]);
  });
});
