import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { memoryStore } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { createCity } from '../src/createCity.js';
import { createTimeline } from '../src/demo/createTimeline.js';
import { residents, runCityDay } from '../src/demo/runCityDay.js';

const cityDir = fileURLToPath(new URL('..', import.meta.url));
const LINE =
  /^\w{3} \d{2} \w{3} \d{2}:\d{2} +(\S+) +(\S+) +(\S+(?: \S+)?) +(\S+(?: \S+)?) +([A-Z]{2,6}-[0-9A-Z]{5}-[0-9A-Z]{5})$/;

interface Line {
  channel: string;
  actor: string;
  event: string;
  state: string;
  ref: string;
}

function timelineOf(stdout: string): Line[] {
  return stdout.split('\n').flatMap((text) => {
    const match = LINE.exec(text.trimEnd());
    return match
      ? [{ channel: match[1]!, actor: match[2]!, event: match[3]!, state: match[4]!, ref: match[5]! }]
      : [];
  });
}

describe('pnpm demo', () => {
  it('plays a day across web, counter and hotline and exits 0', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', '--conditions=onecase-source', 'src/demo.ts'],
      {
        cwd: cityDir,
        env: { ...process.env, DATABASE_URL: '' },
        timeout: 90_000,
      },
    );
    const lines = timelineOf(stdout);
    const channelsOf = (ref: string) => new Set(lines.filter((l) => l.ref === ref).map((l) => l.channel));
    const people = ['web', 'counter', 'hotline'];
    const crossChannel = [...new Set(lines.map((l) => l.ref))].filter(
      (ref) => [...channelsOf(ref)].filter((channel) => people.includes(channel)).length >= 2,
    );
    expect(crossChannel.length).toBeGreaterThanOrEqual(1);
    const complaint = crossChannel.find((ref) => ref.startsWith('NC-'))!;
    // The complaint is a work order: the 12345 centre dispatches it, a department signs for it and replies.
    expect([...channelsOf(complaint)]).toEqual(
      expect.arrayContaining(['hotline', 'web', 'counter', 'centre', 'department']),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ ref: complaint, event: 'order.dispatch', state: 'dispatched' }),
    );
    expect(stdout).toMatch(/effect order\.dispatched lead=dongcheng\.cityadmin/);

    // The KTV complaint nobody signed for: 催办 before the working-day deadline, then overdue.
    const timer = lines.find((l) => l.channel === 'system' && l.event.startsWith('timer '));
    expect(timer).toMatchObject({ event: 'timer remindAt', state: 'dispatched' });
    expect(stdout).toContain(
      'effect escalation.remind stage=sign-for level=催办 department=chaoyang.ecology',
    );

    const refusal = lines.find((l) => l.state.startsWith('REFUSED'));
    expect(refusal).toMatchObject({
      channel: 'web',
      event: 'visit.rate',
      state: 'REFUSED EVENT_NOT_ALLOWED',
    });
    expect(stdout).toContain("cannot take 'visit.rate' now");

    expect(stdout).toMatch(/timers fired +2/);
    expect(stdout).toMatch(/commands refused +1/);
  }, 120_000);

  // The same as `pnpm demo --pglite <dir>` twice, with the store kept in memory between the runs:
  // each run has its own router and clock, so only what the store holds carries over.
  it('continues the same cases on a second run over the same store', async () => {
    const store = memoryStore();
    const day = async () => {
      const clock = createFakeClock(Date.UTC(2026, 2, 2, 0, 0));
      const router = createCity({ clock, store, secret: 'demo-test' });
      const timeline = createTimeline(router, { now: clock.now, write: () => {} });
      try {
        return {
          result: await runCityDay({ router, clock, timeline, secret: 'demo-test' }),
          entries: timeline.entries,
        };
      } finally {
        timeline.stop();
        await router.close();
      }
    };
    const first = await day();
    expect(first.result.continued).toBe(0);
    const reopened = first.result.cases.find(
      (c) => c.service.id === 'noise-complaint' && c.state.value === 'handling',
    )!;
    const second = await day();
    expect(second.result.continued).toBeGreaterThanOrEqual(2);
    const followUp = second.entries.filter((entry) => entry.ref === reopened.ref).map((entry) => entry.event);
    // A week on, the reopened complaint's deadline passed: 催办, overdue, 督办; then the reply and the rating.
    expect(followUp).toEqual([
      'timer remindAt',
      'timer dueAt',
      'timer superviseAt',
      'order.reply',
      'visit.rate',
    ]);
    expect(second.result.cases.find((c) => c.ref === reopened.ref)?.state.value).toBe('closed');
  });

  // A store an older demo filled holds version 1 complaints: the day finishes them on version 1.
  it('finishes a version 1 complaint of an earlier store on version 1', async () => {
    const store = memoryStore();
    const clock = createFakeClock(Date.UTC(2026, 1, 23, 2, 0));
    const router = createCity({ clock, store, secret: 'demo-test' });
    const old = await router.open({
      service: 'noise-complaint',
      version: 1,
      input: { address: '东风路8号402', description: '楼上每晚装修打电钻', source: 'construction' },
      citizen: { phone: residents.li.phone },
      via: { channel: 'hotline', actor: { id: 'agent-12' } },
    });
    await router.send(
      old.ref,
      { type: 'case.dispatch', department: 'Environment Bureau' },
      { via: { channel: 'hotline', actor: { id: 'agent-12' } } },
    );
    const timeline = createTimeline(router, { now: clock.now, write: () => {} });
    try {
      const result = await runCityDay({ router, clock, timeline, secret: 'demo-test' });
      expect(result.continued).toBe(1);
      const done = await router.get(old.ref);
      expect(done.service.version).toBe(1);
      expect(done.state.value).toBe('closed');
      expect(timeline.entries.filter((entry) => entry.ref === old.ref).map((entry) => entry.event)).toEqual([
        'timer acceptLimit',
        'case.accept',
        'case.reply',
        'visit.rate',
      ]);
    } finally {
      timeline.stop();
      await router.close();
    }
  });

  // The heading of a continued day counts every open case it found; the count must be what the
  // day then shows: per service, and the noise complaints are the ones it goes on to answer.
  it('says how many earlier cases are still open, consistently with what it narrates', async () => {
    const store = memoryStore();
    const day = async () => {
      const clock = createFakeClock(Date.UTC(2026, 2, 2, 0, 0));
      const router = createCity({ clock, store, secret: 'demo-test' });
      const lines: string[] = [];
      const timeline = createTimeline(router, { now: clock.now, write: (line) => lines.push(line) });
      try {
        const result = await runCityDay({ router, clock, timeline, secret: 'demo-test' });
        return { result, lines, entries: timeline.entries };
      } finally {
        timeline.stop();
        await router.close();
      }
    };
    const first = await day();
    const openBefore = first.result.cases.filter((view) => !view.state.done);
    const second = await day();
    const heading = second.lines.find((line) => line.includes('still open from an earlier run'))!;
    const [, total, list] = /(\d+) case\(s\) still open from an earlier run: (.+); the scheduler/.exec(
      heading,
    )!;
    const listed = [...list!.matchAll(/(\d+) × ([^[]+) \[/g)].map(([, n, title]) => [
      title!.trim(),
      Number(n),
    ]);
    expect(Number(total)).toBe(openBefore.length);
    expect(second.result.continued).toBe(openBefore.length);
    expect(listed.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(openBefore.length);
    const earlierComplaints = openBefore.filter((view) => view.service.id === 'noise-complaint');
    const answered = new Set(
      second.entries
        .filter(
          (entry) =>
            ['order.reply', 'case.reply'].includes(entry.event) &&
            earlierComplaints.some((view) => view.ref === entry.ref),
        )
        .map((entry) => entry.ref),
    );
    expect(answered.size).toBe(earlierComplaints.length);
    expect(second.lines.join('\n')).toContain(
      `The departments answer the ${earlierComplaints.length} earlier noise complaint(s)`,
    );
  });
});
