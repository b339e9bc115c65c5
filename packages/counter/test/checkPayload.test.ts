import { describe, expect, it } from 'vitest';
import { checkPayload } from '../src/checkPayload.js';

const permit = {
  type: 'object',
  properties: {
    plate: { type: 'string', pattern: '^[A-Z]\\d{5}$' },
    zone: { type: 'string', enum: ['A', 'B'] },
    months: { type: 'integer', minimum: 1, maximum: 12 },
    score: { type: 'number', exclusiveMinimum: 0 },
    missing: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, maxItems: 2 },
    note: { anyOf: [{ type: 'string', maxLength: 3 }, { type: 'null' }] },
  },
  required: ['plate', 'zone'],
};

describe('checkPayload (the JSON Schema subset of the catalogue)', () => {
  it('accepts a payload that fits, extra fields included', () => {
    expect(checkPayload(permit, { plate: 'A12345', zone: 'B', months: 3, note: null, extra: 1 })).toEqual([]);
  });

  it('names every field that does not fit, with its path', () => {
    const issues = checkPayload(permit, {
      plate: 'a1',
      zone: 'C',
      months: 2.5,
      score: 0,
      missing: ['', 'b', 'c'],
      note: 'long',
    });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'plate',
      'zone',
      'months',
      'score',
      'missing',
      'missing.0',
      'note',
    ]);
    expect(checkPayload(permit, {}).map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'plate: Required',
      'zone: Required',
    ]);
    expect(checkPayload(permit, 'not an object')).toEqual([
      { path: [], message: 'Expected object, received string' },
    ]);
  });

  it('refuses text the store cannot hold, also in fields the schema does not name', () => {
    expect(checkPayload(permit, { plate: 'A12345', zone: 'A', other: 'x\u0000' })).toEqual([
      { path: ['other'], message: 'Text contains a NUL character' },
    ]);
    expect(checkPayload({ type: 'string' }, '\udfff')[0]?.message).toBe(
      'Text contains an unpaired surrogate',
    );
    expect(checkPayload({ type: 'string' }, '\ud83d\ude00')).toEqual([]);
  });
});
