import { describe, expect, it } from 'vitest';
import { chinaWorkCalendar, kpisFromCases, type WorkOrderFacts } from '../src/index.js';

const cst = (local: string) => Date.parse(`${local}+08:00`);
const calendar = chinaWorkCalendar();
// Every case is received on Mon 2 Mar 2026 at 09:00 (office hours 09:00–12:00, 13:30–17:30: 7 h a day).
const MON = cst('2026-03-02T09:00:00');
const T = {
  h1: cst('2026-03-03T10:00:00'), // from Tue 09:00: 1 working hour
  h2: cst('2026-03-02T11:00:00'), // 2 working hours after MON
  h4: cst('2026-03-02T14:30:00'), // 3 + 1 = 4
  h8: cst('2026-03-03T10:00:00'), // 7 + 1 = 8
  h15: cst('2026-03-04T10:00:00'), // 7 + 7 + 1 = 15
  h36: cst('2026-03-09T10:00:00'), // 5 × 7 + 1 = 36
};

type Row = Partial<WorkOrderFacts>;
function facts(row: Row): { context: { facts: WorkOrderFacts } } {
  return {
    context: {
      facts: {
        channel: 'web',
        category: 'lamp',
        district: null,
        street: null,
        department: 'dept',
        receivedAt: MON,
        firstDispatchedAt: MON,
        dispatchedAt: MON,
        signedAt: null,
        signForMissed: false,
        repliedAt: null,
        resolveMissed: false,
        closedAt: null,
        closeReason: null,
        satisfaction: null,
        resolved: null,
        reopened: 0,
        returns: 0,
        extensions: 0,
        merged: false,
        withdrawn: false,
        ...row,
      },
    },
  };
}
const rated = (satisfaction: number, resolved: boolean, extra: Partial<WorkOrderFacts> = {}) => ({
  satisfaction,
  resolved,
  closeReason: 'rated' as const,
  closedAt: T.h36,
  ...extra,
});
const answered = {
  firstDispatchedAt: null,
  dispatchedAt: null,
  repliedAt: MON,
  closeReason: 'answered' as const,
  closedAt: MON,
};

// 30 cases; #12 and #30 are merged duplicates and #16 was received before the window: 27 count.
const cases = [
  /* 1 */ facts({ district: 'east', signedAt: T.h2, repliedAt: T.h8, ...rated(5, true) }),
  /* 2 */ facts({ district: 'east', signedAt: T.h2, repliedAt: T.h8, ...rated(4, true) }),
  /* 3 */ facts({
    district: 'east',
    channel: 'hotline',
    signedAt: T.h4,
    repliedAt: T.h15,
    ...rated(3, true),
  }),
  /* 4 */ facts({
    district: 'east',
    channel: 'hotline',
    signedAt: T.h8,
    signForMissed: true,
    repliedAt: T.h15,
    ...rated(4, true, { reopened: 1 }),
  }),
  /* 5 */ facts({ district: 'east', channel: 'hotline', category: 'tax', ...answered }),
  /* 6 */ facts({ district: 'east', channel: 'hotline', category: 'tax', ...answered }),
  /* 7 */ facts({
    district: 'east',
    channel: 'counter',
    signedAt: T.h2,
    repliedAt: T.h36,
    resolveMissed: true,
    ...rated(1, false, { reopened: 1, closeReason: 'supervised' }),
  }),
  /* 8 */ facts({ district: 'east', signedAt: T.h2 }),
  /* 9 */ facts({ district: 'east', category: 'pothole' }),
  /* 10 */ facts({ district: 'east', category: 'pothole', signForMissed: true }),
  /* 11 */ facts({
    district: 'east',
    firstDispatchedAt: null,
    dispatchedAt: null,
    withdrawn: true,
    closedAt: T.h2,
  }),
  /* 12 */ facts({ district: 'east', merged: true, closedAt: T.h2 }),
  /* 13 */ facts({
    district: 'east',
    channel: 'hotline',
    signedAt: T.h2,
    repliedAt: T.h8,
    closeReason: 'no-visit',
    closedAt: T.h15,
  }),
  /* 14 */ facts({ district: 'east', signedAt: T.h4, repliedAt: T.h8, ...rated(5, false) }),
  /* 15 */ facts({
    district: 'east',
    category: 'pothole',
    signedAt: T.h2,
    repliedAt: T.h8,
    ...rated(5, true),
  }),
  /* 16 */ facts({
    district: 'east',
    receivedAt: cst('2026-02-20T10:00:00'),
    signedAt: T.h2,
    repliedAt: T.h8,
    ...rated(1, false),
  }),
  /* 17 */ facts({ district: 'west', signedAt: T.h2, repliedAt: T.h8, ...rated(5, true) }),
  /* 18 */ facts({ district: 'west', signedAt: T.h2, repliedAt: T.h8, ...rated(4, true) }),
  /* 19 */ facts({ district: 'west', signedAt: T.h2, repliedAt: T.h8, ...rated(4, true) }),
  /* 20 */ facts({ district: 'west', signedAt: T.h4, repliedAt: T.h15, ...rated(3, true) }),
  /* 21 */ facts({
    district: 'west',
    channel: 'hotline',
    category: 'pothole',
    signedAt: T.h8,
    signForMissed: true,
    repliedAt: T.h36,
    resolveMissed: true,
    ...rated(2, false, { reopened: 1, closeReason: 'supervised' }),
  }),
  /* 22 */ facts({ district: 'west', channel: 'hotline', category: 'tax', ...answered }),
  /* 23 */ facts({
    district: 'west',
    channel: 'hotline',
    category: 'tax',
    signedAt: T.h2,
    repliedAt: T.h8,
    ...rated(5, true),
  }),
  /* 24 */ facts({
    district: 'west',
    channel: 'counter',
    category: 'pothole',
    signedAt: T.h2,
    repliedAt: T.h8,
    ...rated(5, true),
  }),
  /* 25 */ facts({ district: 'west', category: 'pothole', signedAt: T.h2 }),
  /* 26 */ facts({ district: 'west', category: 'pothole' }),
  /* 27 */ facts({ district: 'west', signedAt: T.h4 }),
  /* 28 */ facts({ district: 'west', signedAt: T.h2, repliedAt: T.h8, ...rated(5, true) }),
  /* 29 */ facts({
    district: 'west',
    returns: 1,
    dispatchedAt: cst('2026-03-03T09:00:00'),
    signedAt: T.h1,
    repliedAt: T.h15,
    ...rated(4, true),
  }),
  /* 30 */ facts({ district: 'west', merged: true }),
];
const window = { from: cst('2026-03-01T00:00:00'), to: cst('2026-04-01T00:00:00'), calendar };

describe('kpisFromCases against a hand-computed fixture of 30 cases', () => {
  it('computes every figure for the whole city', () => {
    const [all] = kpisFromCases(cases, window);
    expect(all!.group).toBe('all');
    expect(all!.counts).toEqual({
      received: 27, // 30 − 2 merged − 1 outside the window
      dispatched: 23, // all but #5, #6, #22 (answered on the call) and #11 (withdrawn first)
      signedOnTime: 18, // 20 signed, minus #4 and #21 signed late
      rated: 16,
      askedResolved: 16,
      resolved: 13, // rated, minus #7, #14, #21
      satisfied: 12, // 4–5: #1 #2 #4 #14 #15 #17 #18 #19 #23 #24 #28 #29
      reopened: 3, // #4 #7 #21
      closed: 20, // 16 rated + 3 answered + #13 not reached
      closedOnTime: 18, // all closed but #7 and #21
      hotline: 8, // #3 #4 #5 #6 #13 #21 #22 #23
      answeredOnCall: 3, // #5 #6 #22
    });
    expect(all!.responseRate).toBeCloseTo(18 / 23);
    expect(all!.resolutionRate).toBeCloseTo(13 / 16);
    expect(all!.satisfactionRate).toBeCloseTo(12 / 16);
    expect(all!.onTimeClosureRate).toBeCloseTo(18 / 20);
    expect(all!.reopenRate).toBeCloseTo(3 / 16);
    expect(all!.firstCallResolution).toBeCloseTo(3 / 8);
    // sign-for hours: 1×1, 13×2, 4×4, 2×8 → 59 / 20; the 18th of 20 sorted values is 4
    expect(all!.signForHours.mean).toBeCloseTo(59 / 20);
    expect(all!.signForHours.p90).toBe(4);
    // resolve hours: 3×0, 11×8, 4×15, 2×36 → 220 / 20 = 11; the 18th is 15
    expect(all!.resolveHours.mean).toBeCloseTo(11);
    expect(all!.resolveHours.p90).toBe(15);
  });

  it('computes them per district', () => {
    const [east, west] = kpisFromCases(cases, { ...window, groupBy: 'district' });
    expect(east!.group).toBe('east');
    expect(east!.counts.received).toBe(14);
    expect(east!.responseRate).toBeCloseTo(8 / 11);
    expect(east!.resolutionRate).toBeCloseTo(5 / 7);
    expect(east!.satisfactionRate).toBeCloseTo(5 / 7);
    expect(east!.onTimeClosureRate).toBeCloseTo(9 / 10);
    expect(east!.reopenRate).toBeCloseTo(2 / 7);
    expect(east!.firstCallResolution).toBeCloseTo(2 / 5);
    expect(east!.signForHours).toEqual({ mean: expect.closeTo(28 / 9), p90: 8 });
    expect(east!.resolveHours).toEqual({ mean: expect.closeTo(10.6), p90: 15 });

    expect(west!.group).toBe('west');
    expect(west!.counts.received).toBe(13);
    expect(west!.responseRate).toBeCloseTo(10 / 12);
    expect(west!.resolutionRate).toBeCloseTo(8 / 9);
    expect(west!.satisfactionRate).toBeCloseTo(7 / 9);
    expect(west!.onTimeClosureRate).toBeCloseTo(9 / 10);
    expect(west!.reopenRate).toBeCloseTo(1 / 9);
    expect(west!.firstCallResolution).toBeCloseTo(1 / 3);
    expect(west!.signForHours).toEqual({ mean: expect.closeTo(31 / 11), p90: 4 });
    expect(west!.resolveHours).toEqual({ mean: expect.closeTo(11.4), p90: 15 });
  });

  it('groups by channel and day, gives null for an empty denominator, ignores other services', () => {
    const byChannel = kpisFromCases([...cases, { context: { address: 'not a work order' } }], {
      ...window,
      groupBy: 'channel',
    });
    expect(byChannel.map((r) => r.group)).toEqual(['counter', 'hotline', 'web']);
    const counter = byChannel[0]!;
    expect(counter.firstCallResolution).toBeNull();
    expect(counter.counts.received).toBe(2);
    // A hotline return visit that only asked for the score: rated, but not in the 解决率 denominator.
    const scoreOnly = facts({
      district: 'east',
      signedAt: T.h2,
      repliedAt: T.h8,
      ...rated(5, true),
      resolved: null,
    });
    const [withScoreOnly] = kpisFromCases([...cases, scoreOnly], window);
    expect(withScoreOnly!.counts).toMatchObject({
      rated: 17,
      askedResolved: 16,
      resolved: 13,
      satisfied: 13,
    });
    expect(withScoreOnly!.resolutionRate).toBeCloseTo(13 / 16);
    expect(withScoreOnly!.satisfactionRate).toBeCloseTo(13 / 17);
    const byDay = kpisFromCases(cases, { ...window, groupBy: 'day' });
    expect(byDay.map((r) => r.group)).toEqual(['2026-03-02']);
    expect(kpisFromCases(cases, { ...window, from: window.to, to: window.to + 1 })).toEqual([]);
  });
});
