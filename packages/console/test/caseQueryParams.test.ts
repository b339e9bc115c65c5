import { caseQueryToParams } from '@onecase/web';
import { describe, expect, it } from 'vitest';
import { caseQueryParams } from '../app/src/shared/caseQueryParams.js';
import { formatDateTime, formatDuration } from '../app/src/shared/formatTime.js';

describe('browser case query encoding', () => {
  it('writes what @onecase/web reads, for every kind of condition', () => {
    const query = {
      service: ['noise-complaint', 'street-facility'],
      state: 'dispatched',
      tags: ['open'],
      done: false,
      where: { district: 'xuhui', level: '2', dueAt: { lte: 1_800_000_000_000 }, unit: { in: ['a', 'b'] } },
      openedAt: { from: 1, to: 2 },
      sort: { by: 'dueAt', order: 'asc' as const },
      limit: 20,
      cursor: 'abc',
    };
    expect(caseQueryParams(query).toString()).toBe(caseQueryToParams(query).toString());
  });
});

describe('local time', () => {
  it('shows Shanghai time whatever the machine’s zone', () => {
    expect(formatDateTime(Date.UTC(2026, 11, 1, 9, 41), 'zh-CN')).toBe('2026/12/01 17:41');
    expect(formatDuration(27 * 3_600_000, 'zh-CN')).toBe('1 天 3 小时');
  });
});
