import { describe, expect, it } from 'vitest';
import { isTranscriptError, parseTranscript, TranscriptError } from '../src/index.js';

function reject(
  input: Parameters<typeof parseTranscript>[0],
  options?: Parameters<typeof parseTranscript>[1],
) {
  try {
    parseTranscript(input, options);
  } catch (error) {
    if (isTranscriptError(error)) return error;
    throw error;
  }
  throw new Error('expected a TranscriptError');
}

describe('parseTranscript: plain text', () => {
  it('reads headers and English turns', () => {
    const call = parseTranscript(
      'Call-Id: c-100\nCaller: +86 138-0013-8000\nStarted: 2026-03-01T09:30:00+08:00\nAgent-Id: A-7\n\nAgent: 12345, how can I help?\nCaller: My street light is out.\n',
    );
    expect(call).toMatchObject({ callId: 'c-100', caller: '13800138000', agentId: 'A-7', language: 'en' });
    expect(call.startedAt).toBe(Date.parse('2026-03-01T01:30:00Z'));
    expect(call.turns.map((t) => [t.index, t.speaker, t.text, t.line])).toEqual([
      [0, 'agent', '12345, how can I help?', 6],
      [1, 'caller', 'My street light is out.', 7],
    ]);
  });

  it('reads Chinese labels with full-width or ASCII colons and wrapped lines', () => {
    const call = parseTranscript(
      '通话编号：c-101\n来电号码: 13800138000\n\n坐席：您好\n市民:我要投诉\n楼下太吵了\n[00:15] 坐席：好的',
    );
    expect(call.language).toBe('zh');
    expect(call.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好'],
      ['caller', '我要投诉 楼下太吵了'],
      ['agent', '好的'],
    ]);
  });

  it('treats a withheld number as no caller', () => {
    expect(parseTranscript('Call-Id: c\nCaller: withheld\n\nCaller: hi').caller).toBeUndefined();
  });

  it('names the line of text before any turn', () => {
    const orphan = reject('Call-Id: c-1\n\nhello there\nAgent: hi');
    expect(orphan).toMatchObject({ reason: 'bad-turn', line: 3 });
    expect(orphan.message).toMatch(/^line 3: /);
  });

  it('derives a stable call id from the content when the transcript has no Call-Id', () => {
    const id = parseTranscript('Caller: 13800138000\n\nAgent: hi\nCaller: my street light is out').callId;
    expect(id).toMatch(/^call-[0-9a-f]{20}$/);
    expect(parseTranscript('Caller: 13800138000\n\nAgent: hi\nCaller: my street light is out').callId).toBe(
      id,
    );
    expect(
      parseTranscript('Caller: 13800138000\n\nAgent: hi\nCaller: my street light is on').callId,
    ).not.toBe(id);
    expect(parseTranscript('Agent: hi\nCaller: my street light is out').callId).not.toBe(id);
  });

  it('rejects an unknown header, a bad phone and a bad time', () => {
    expect(reject('Call-Id: c\nPriority: high\n\nAgent: hi')).toMatchObject({
      reason: 'bad-header',
      line: 2,
    });
    expect(reject('Call-Id: c\nCaller: call me maybe\n\nAgent: hi')).toMatchObject({
      reason: 'bad-header',
      line: 2,
    });
    expect(reject('Call-Id: c\nStarted: yesterday\n\nAgent: hi')).toMatchObject({
      reason: 'bad-header',
      line: 2,
    });
    expect(reject('Call-Id: c\n\n')).toMatchObject({ reason: 'no-turns' });
    expect(reject('   \n ')).toMatchObject({ reason: 'empty' });
  });

  it('enforces the size and turn limits', () => {
    expect(reject(`Call-Id: c\n\nCaller: ${'x'.repeat(500)}`, { maxChars: 100 })).toMatchObject({
      reason: 'too-large',
    });
    const turns = Array.from({ length: 6 }, (_, i) => `Caller: turn ${i}`).join('\n');
    expect(reject(`Call-Id: c\n\n${turns}`, { maxTurns: 5 })).toMatchObject({
      reason: 'too-many-turns',
      line: 8,
    });
  });
});

describe('parseTranscript: JSON ASR segments', () => {
  const segments = [
    { speaker: 'agent', start: 0, end: 2.5, text: 'Hotline, how can I help?' },
    { speaker: 'caller', start: 2.6, end: 6, text: ' um the noise again ' },
    { speaker: 'caller', start: 6.1, end: 6.2, text: '' },
  ];

  it('reads an envelope, a JSON string and a bare array with a call id', () => {
    const fromObject = parseTranscript({ callId: 'j-1', caller: '13800138000', segments });
    expect(fromObject.turns.map((t) => [t.speaker, t.text, t.start])).toEqual([
      ['agent', 'Hotline, how can I help?', 0],
      ['caller', 'um the noise again', 2.6],
    ]);
    expect(parseTranscript(JSON.stringify({ callId: 'j-1', segments })).turns).toHaveLength(2);
    expect(parseTranscript(segments, { callId: 'j-2' }).callId).toBe('j-2');
    expect(
      parseTranscript(
        { callId: 'j-3', segments: [{ ...segments[0]!, speaker: 'spk_0' }] },
        { speakers: { spk_0: 'agent' } },
      ).turns[0]!.speaker,
    ).toBe('agent');
  });

  it('names the segment at fault', () => {
    const bad = [...segments, { speaker: 'robot', start: 7, end: 8, text: 'beep' }];
    expect(reject({ callId: 'j', segments: bad })).toMatchObject({ reason: 'bad-segment', segment: 3 });
    expect(
      reject({ callId: 'j', segments: [{ speaker: 'caller', start: 5, end: 1, text: 'x' }] }),
    ).toMatchObject({ segment: 0 });
    expect(parseTranscript(segments).callId).toMatch(/^call-[0-9a-f]{20}$/);
    expect(reject('{"callId": "j", "segments": [\n{"speaker": }]}')).toMatchObject({ reason: 'bad-json' });
    expect(reject(42 as never)).toBeInstanceOf(TranscriptError);
  });
});
