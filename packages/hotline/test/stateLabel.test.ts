import { describe, expect, it } from 'vitest';
import { stateLabel } from '../src/stateLabel.js';

const rule = {
  states: {
    review: { zh: '审核中', en: 'under review' },
    'review.fee.paid': { zh: '已缴费', en: 'fee paid' },
  },
};

describe('stateLabel', () => {
  it('reads every parallel region back, none dropped', () => {
    expect(stateLabel(rule, { review: { docs: 'checking', fee: 'paid' } }, 'en')).toBe(
      'under review; fee paid',
    );
    expect(stateLabel(rule, { review: { docs: 'checking', fee: 'paid' } }, 'zh')).toBe('审核中；已缴费');
  });

  it('falls back to the parent label, then to the state path itself', () => {
    expect(stateLabel(rule, { review: 'docs' }, 'en')).toBe('under review');
    expect(stateLabel(undefined, { handling: 'site' }, 'en')).toBe('handling.site');
  });
});
