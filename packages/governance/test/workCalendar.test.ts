import { isCaseError } from '@onecase/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  chinaWorkCalendar,
  createWorkCalendar,
  isGovernanceError,
  isWorkingDay,
  isWorkingTime,
  workingTimeBetween,
} from '../src/index.js';

const cst = (local: string) => Date.parse(`${local}+08:00`);
const iso = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().replace('.000Z', '+08:00');
const day = (date: string) => cst(`${date}T10:00:00`);

describe('chinaWorkCalendar() against the State Council notices', () => {
  const calendar = chinaWorkCalendar();

  // 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）:
  // 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
  // 二、春节：1月28日（农历除夕、周二）至2月4日（周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
  // 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
  it('has the 2025 National Day, Spring Festival and Labour Day as notified', () => {
    for (const date of [
      '2025-10-01',
      '2025-10-03',
      '2025-10-06',
      '2025-10-08',
      '2025-01-28',
      '2025-02-04',
      '2025-05-05',
    ]) {
      expect(isWorkingDay(calendar, day(date)), date).toBe(false);
    }
    for (const date of ['2025-09-28', '2025-10-11', '2025-01-26', '2025-02-08', '2025-04-27', '2025-10-09']) {
      expect(isWorkingDay(calendar, day(date)), date).toBe(true);
    }
  });

  // 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社11月4日电）:
  // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
  // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
  // 二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
  it('has the 2026 National Day, Mid-Autumn and Spring Festival as notified', () => {
    for (const date of ['2026-10-01', '2026-10-05', '2026-10-07', '2026-09-25', '2026-02-16', '2026-02-23']) {
      expect(isWorkingDay(calendar, day(date)), date).toBe(false);
    }
    for (const date of ['2026-09-20', '2026-10-10', '2026-02-14', '2026-02-28', '2026-10-08', '2026-10-09']) {
      expect(isWorkingDay(calendar, day(date)), date).toBe(true);
    }
    expect(isWorkingDay(calendar, day('2026-10-11'))).toBe(false); // an ordinary Sunday
  });

  it('lands a 3-working-day deadline from 30 Sep 2026 on the 调休 Saturday 10 Oct at close of business', () => {
    expect(iso(addWorkingTime(calendar, cst('2026-09-30T10:00:00'), '3wd'))).toBe(
      '2026-10-10T17:30:00+08:00',
    );
  });

  it('counts the start day when the calendar says so, but not once the office has closed', () => {
    const startDay = chinaWorkCalendar({ counting: 'start-day' });
    expect(iso(addWorkingTime(startDay, cst('2026-09-29T10:00:00'), '2wd'))).toBe(
      '2026-09-30T17:30:00+08:00',
    );
    expect(iso(addWorkingTime(startDay, cst('2026-09-30T18:00:00'), '1wd'))).toBe(
      '2026-10-08T17:30:00+08:00',
    );
  });

  it('runs working hours through office hours only (lunch, nights, holidays)', () => {
    expect(iso(addWorkingTime(calendar, cst('2026-09-30T11:00:00'), '2wh'))).toBe(
      '2026-09-30T14:30:00+08:00',
    );
    expect(iso(addWorkingTime(calendar, cst('2026-09-30T16:30:00'), '2wh'))).toBe(
      '2026-10-08T10:00:00+08:00',
    );
    expect(iso(addWorkingTime(calendar, cst('2026-10-03T03:00:00'), '30wm'))).toBe(
      '2026-10-08T09:30:00+08:00',
    );
    expect(workingTimeBetween(calendar, cst('2026-09-30T16:30:00'), cst('2026-10-08T10:00:00'))).toBe(
      2 * 3_600_000,
    );
  });

  it('refuses a deadline past its data unless the weekends fallback was chosen', () => {
    expect(calendar.covers).toEqual({ from: '2004-01-01', to: '2026-12-31' });
    const late = cst('2026-12-28T10:00:00');
    const error = (() => {
      try {
        addWorkingTime(calendar, late, '5wd');
      } catch (e) {
        return e;
      }
    })();
    expect(isGovernanceError(error, 'CALENDAR_OUT_OF_RANGE')).toBe(true);
    expect((error as { details: { day: string } }).details.day).toBe('2027-01-01');
    const lenient = chinaWorkCalendar({ fallback: 'weekends' });
    expect(iso(addWorkingTime(lenient, late, '5wd'))).toBe('2027-01-04T17:30:00+08:00');
  });

  describe('independently of the machine time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      it(`gives the same days and deadlines with TZ=${zone}`, () => {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBeNaN();
        const fresh = chinaWorkCalendar();
        expect(isWorkingDay(fresh, day('2026-10-10'))).toBe(true);
        expect(isWorkingDay(fresh, day('2026-10-01'))).toBe(false);
        expect(isWorkingDay(fresh, day('2026-09-30'))).toBe(true);
        expect(iso(addWorkingTime(fresh, cst('2026-09-30T10:00:00'), '3wd'))).toBe(
          '2026-10-10T17:30:00+08:00',
        );
        expect(iso(addWorkingTime(fresh, cst('2026-09-30T10:00:00'), '4wh'))).toBe(
          '2026-09-30T15:30:00+08:00',
        );
      });
    }
  });
});

describe('createWorkCalendar', () => {
  it('builds a calendar for any zone and its own holidays', () => {
    const paris = createWorkCalendar({
      timeZone: 'Europe/Paris',
      workweek: [1, 2, 3, 4, 5],
      holidays: ['2026-07-14'],
      hours: ['09:00-17:00'],
    });
    // Mon 13 Jul 2026 16:00 in Paris (UTC+2): one working hour left, the 14th is a holiday.
    const at = Date.parse('2026-07-13T16:00:00+02:00');
    expect(new Date(addWorkingTime(paris, at, '2wh')).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(isWorkingTime(paris, Date.parse('2026-07-15T08:30:00+02:00'))).toBe(false);
  });

  it('keeps office hours in local time across a daylight-saving change', () => {
    const paris = createWorkCalendar({
      timeZone: 'Europe/Paris',
      workweek: [1, 2, 3, 4, 5],
      hours: ['09:00-17:00'],
    });
    // Fri 27 Mar 2026 16:00 CET (+01:00); clocks go forward on Sun 29 Mar; Mon 30 Mar is CEST (+02:00).
    const friday = Date.parse('2026-03-27T16:00:00+01:00');
    expect(new Date(addWorkingTime(paris, friday, '2wh')).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(new Date(addWorkingTime(paris, friday, '1wd')).toISOString()).toBe('2026-03-30T15:00:00.000Z');
    expect(workingTimeBetween(paris, friday, Date.parse('2026-03-30T10:00:00+02:00'))).toBe(2 * 3_600_000);
  });

  it('refuses bad definitions naming the culprit', () => {
    const bad = [
      { timeZone: 'Mars/Olympus', workweek: [1] },
      { timeZone: 'UTC', workweek: [] },
      { timeZone: 'UTC', workweek: [8] },
      { timeZone: 'UTC', workweek: [1], holidays: ['2026-02-30'] },
      { timeZone: 'UTC', workweek: [1], holidays: ['2026-03-01'], makeupWorkdays: ['2026-03-01'] },
      { timeZone: 'UTC', workweek: [1], hours: ['12:00-09:00'] },
      { timeZone: 'UTC', workweek: [1], hours: ['09:00-12:00', '11:00-13:00'] },
      { timeZone: 'UTC', workweek: [1], covers: { from: '2027-01-01', to: '2026-01-01' } },
    ];
    for (const options of bad) {
      let caught: unknown;
      try {
        createWorkCalendar(options);
      } catch (e) {
        caught = e;
      }
      expect(isCaseError(caught, 'INVALID_DEFINITION'), JSON.stringify(options)).toBe(true);
    }
    expect(() => createWorkCalendar({ timeZone: 'UTC', workweek: [1], holidays: ['2026-02-30'] })).toThrow(
      /2026-02-30/,
    );
  });

  it('refuses unreadable durations with INVALID_DURATION', () => {
    const calendar = chinaWorkCalendar();
    for (const duration of ['5d', '0wd', '-1wh', 'soon', -5] as never[]) {
      expect(() => addWorkingTime(calendar, cst('2026-03-02T10:00:00'), duration)).toThrow(
        /working duration/,
      );
    }
  });
});

describe('working time properties (fast-check)', () => {
  const calendar = chinaWorkCalendar();
  const startDay = chinaWorkCalendar({ counting: 'start-day' });
  // 2025-01-01 .. 2026-11-30 in China: deadlines of up to 20 working days stay within the data.
  const instant = fc.integer({ min: cst('2025-01-01T00:00:00'), max: cst('2026-11-30T00:00:00') });
  const days = fc.integer({ min: 1, max: 10 });
  const hours = fc.integer({ min: 0, max: 60 });

  it('never lands on non-working time', () => {
    fc.assert(
      fc.property(instant, days, hours, (at, n, h) => {
        expect(isWorkingTime(calendar, addWorkingTime(calendar, at, `${n}wd`))).toBe(true);
        expect(isWorkingTime(calendar, addWorkingTime(calendar, at, `${h}wh`))).toBe(true);
        expect(isWorkingTime(startDay, addWorkingTime(startDay, at, `${n}wd`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in its start', () => {
    fc.assert(
      fc.property(instant, instant, days, hours, (a, b, n, h) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(calendar, early, `${n}wd`)).toBeLessThanOrEqual(
          addWorkingTime(calendar, late, `${n}wd`),
        );
        expect(addWorkingTime(calendar, early, `${h}wh`)).toBeLessThanOrEqual(
          addWorkingTime(calendar, late, `${h}wh`),
        );
        expect(addWorkingTime(startDay, early, `${n}wd`)).toBeLessThanOrEqual(
          addWorkingTime(startDay, late, `${n}wd`),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('adds n then m working days as n + m, in both counting rules, and hours likewise', () => {
    fc.assert(
      fc.property(instant, days, days, hours, hours, (at, n, m, h, k) => {
        for (const cal of [calendar, startDay]) {
          expect(addWorkingTime(cal, addWorkingTime(cal, at, `${n}wd`), `${m}wd`)).toBe(
            addWorkingTime(cal, at, `${n + m}wd`),
          );
        }
        if (h > 0 && k > 0) {
          expect(addWorkingTime(calendar, addWorkingTime(calendar, at, `${h}wh`), `${k}wh`)).toBe(
            addWorkingTime(calendar, at, `${h + k}wh`),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('measures back what it added', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), (at, h) => {
        const due = addWorkingTime(calendar, at, `${h}wh`);
        expect(workingTimeBetween(calendar, at, due)).toBe(h * 3_600_000);
      }),
      { numRuns: 200 },
    );
  });
});
