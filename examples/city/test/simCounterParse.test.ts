import { describe, expect, it } from 'vitest';
import { parsePayload, tokenize } from '../src/sim/counter/tokenize.js';

describe('counter terminal command lines', () => {
  it('keeps quoted text together as one word', () => {
    expect(tokenize(`act #1 info.add note="Again at 2am" by='the bar'`)).toEqual([
      'act',
      '#1',
      'info.add',
      'note=Again at 2am',
      'by=the bar',
    ]);
    expect(tokenize('  call   ')).toEqual(['call']);
    expect(tokenize('note=""')).toEqual(['note=']);
  });

  it('reads payloads as key=value words with JSON values, or as one JSON object', () => {
    expect(parsePayload(['complete=true', 'missing=["lease"]', 'count=3', 'note=Again at 2am'])).toEqual({
      complete: true,
      missing: ['lease'],
      count: 3,
      note: 'Again at 2am',
    });
    const line = 'act #1 info.add {"note": "Again at 2am", "urgent": true}';
    expect(parsePayload(tokenize(line).slice(3), line)).toEqual({ note: 'Again at 2am', urgent: true });
    expect(parsePayload([])).toEqual({});
    expect(() => parsePayload(['oops'])).toThrow(/key=value/);
  });
});
