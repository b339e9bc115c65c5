import type { RouterClient } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  handleCall,
  HOTLINE_REVIEW_SERVICE,
  interpretCall,
  isTranscriptError,
  parseTranscript,
} from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

const PHONE = '13800138000';

function onlyTranscriptErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!isTranscriptError(error)) throw error;
  }
}

/** A router client that records every write the hotline makes. */
async function recordingClient() {
  const router = createTestRouter({ services: testServices });
  await router.open({
    service: 'noise-complaint',
    input: { address: '人民路1号', description: '很吵很吵' },
    citizen: { phone: PHONE },
    via: web,
  });
  const writes: { kind: 'open' | 'send'; service?: string; type?: string }[] = [];
  const client: RouterClient = {
    get: (ref) => router.get(ref),
    history: (ref) => router.history(ref),
    find: (query) => router.find(query),
    linkCitizen: (identifiers, options) => router.linkCitizen(identifiers, options),
    appliedEvent: (ref, key) => router.appliedEvent(ref, key),
    timers: (ref) => router.timers(ref),
    catalogue: () => router.catalogue(),
    list: (query) => router.list(query),
    count: (query) => router.count(query),
    aggregate: (query) => router.aggregate(query),
    async open(command) {
      writes.push({ kind: 'open', service: command.service });
      return router.open(command as never);
    },
    async send(ref, event, options) {
      writes.push({ kind: 'send', type: event.type });
      return router.send(ref, event as never, options);
    },
  };
  return { client, writes };
}

const filler = fc.constantFrom(
  '嗯',
  '呃',
  'um',
  'uh',
  '一二三',
  '幺',
  '零',
  'hello',
  '天气',
  '你好',
  '谢谢',
  ' ',
  ',',
  '。',
  '12345',
  'abc',
  'x',
  'Q',
  '-',
  '：',
  '\t',
);
const harmless = fc.array(filler, { maxLength: 30 }).map((parts) => parts.join(''));
const lineText = fc
  .string({ unit: 'grapheme', maxLength: 120 })
  .map((text) => text.replace(/[\r\n\u2028\u2029\u0085]/g, ' '));

describe('hotline properties', () => {
  it('parseTranscript throws nothing but TranscriptError, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
        onlyTranscriptErrors(() => parseTranscript(text)),
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(lineText, lineText, (a, b) =>
        onlyTranscriptErrors(() => parseTranscript(`Call-Id: p\nCaller: ${a}\n\nAgent: ${b}\n${a}`)),
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        onlyTranscriptErrors(() => parseTranscript(value as never));
        onlyTranscriptErrors(() => parseTranscript(JSON.stringify(value ?? null)));
        onlyTranscriptErrors(() => parseTranscript({ callId: 'p', segments: [value] } as never));
      }),
      { numRuns: 300 },
    );
  });

  it('never acts without a confident intent whose words were said', async () => {
    const { client, writes } = await recordingClient();
    const cue = fc.constantFrom(
      '帮我催一下',
      '我想补充一下',
      '我要撤回投诉',
      '我要投诉',
      '楼下施工太吵',
      '在人民路3号',
      'please hurry',
      'withdraw',
      'noise',
      '满意',
      '进度',
    );
    const line = fc
      .array(fc.oneof(lineText, cue), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(' '));
    const intentOf: Record<string, string> = {
      'case.urge': 'urge',
      'info.add': 'add-info',
      'case.withdraw': 'withdraw',
      'visit.rate': 'rate',
    };
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), fc.nat(), async (lines, n) => {
        writes.length = 0;
        const id = `prop-${n}-${lines.join('').length}`;
        const transcript = parseTranscript(
          `Call-Id: ${id}\nCaller: ${PHONE}\n\n${lines.map((l) => `Caller: ${l}`).join('\n')}`,
        );
        const summary = await handleCall(client, transcript, rules, { review: false });
        const said = summary.interpretation.intents.filter((intent) => intent.confidence >= rules.threshold);
        for (const write of writes) {
          expect(write.service).not.toBe(HOTLINE_REVIEW_SERVICE);
          const kind = write.kind === 'open' ? 'new-request' : intentOf[write.type ?? ''];
          const intent = said.find((candidate) => candidate.kind === kind);
          expect(
            intent,
            `${write.kind} ${write.type ?? write.service} without a confident intent`,
          ).toBeDefined();
          expect(intent!.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('makes no intent at all out of fillers, digits and small talk', async () => {
    const { client, writes } = await recordingClient();
    await fc.assert(
      fc.asyncProperty(fc.array(harmless, { minLength: 1, maxLength: 5 }), async (lines) => {
        writes.length = 0;
        const transcript = parseTranscript(
          `Call-Id: prop\nCaller: ${PHONE}\n\n${lines.map((l, i) => `${i % 2 ? 'Agent' : 'Caller'}: ${l}`).join('\n')}`,
        );
        expect(interpretCall(transcript, rules).intents).toEqual([]);
        const summary = await handleCall(client, transcript, rules);
        // A pointless call touches no case; it only goes to the review queue as such.
        expect(writes.filter((write) => write.service !== HOTLINE_REVIEW_SERVICE)).toEqual([]);
        expect(summary.review?.reasons).toEqual(['no-request']);
      }),
      { numRuns: 150 },
    );
  });
});
