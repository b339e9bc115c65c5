import { handleCall, listReviewItems } from '@onecase/hotline';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityHotlineRules } from '../src/hotlineRules.js';
import { cityServices } from '../src/services/index.js';
import { type CorpusCase, seedVersion } from '../src/sim/hotline/corpus.js';
import { type CorpusReport, evaluateCorpus } from '../src/sim/hotline/evaluateCorpus.js';

describe('hotline call corpus', () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus();
  });

  it('has at least 40 calls in both languages and both formats, covering every intent', () => {
    const { calls } = report;
    expect(calls.length).toBeGreaterThanOrEqual(40);
    expect(new Set(calls.map((c) => c.transcript.language))).toEqual(new Set(['zh', 'en']));
    expect(calls.some((c) => c.file.endsWith('.json'))).toBe(true);
    expect(calls.some((c) => c.file.endsWith('.txt'))).toBe(true);
    const intents = new Set(calls.flatMap((c) => c.expected.intents));
    expect(intents).toEqual(new Set(['new-request', 'status', 'add-info', 'urge', 'withdraw', 'rate']));
    expect(calls.some((c) => c.expected.refs.some((ref) => ref.startsWith('!')))).toBe(true);
  });

  it('reads intents at 0.9 or better and never invents a reference', () => {
    const misses = report.calls
      .filter((c) => !c.intentsOk)
      .map((c) => `${c.file}: ${c.intents} ≠ ${c.expected.intents}`);
    expect(report.intentAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.refPrecision).toBe(1);
    expect(report.refRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('does what each call asks: the right case, outcome and review reason', () => {
    const misses = report.calls
      .filter((c) => !c.actionsOk)
      .map((c) => `${c.file}: ${JSON.stringify(c.summary.actions)}`);
    expect(report.outcomeAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('acts only on the right case and does nothing unsafe', () => {
    const unsafe = report.calls.filter((c) => c.unsafe.length > 0).map((c) => `${c.file}: ${c.unsafe}`);
    expect(report.unsafeActions, unsafe.join('\n')).toBe(0);
    expect(report.rightCase.of).toBeGreaterThanOrEqual(30);
    expect(report.rightCaseRate).toBe(1);
  });

  it('leaves every case untouched when the reference fails its check character', () => {
    expect(report.wrongRefCalls).toBeGreaterThanOrEqual(3);
    expect(report.wrongRefCallsUntouched).toBe(report.wrongRefCalls);
    for (const call of report.calls.filter((c) => c.expected.refs.some((ref) => ref.startsWith('!')))) {
      expect(call.summary.review?.reasons).toContain('wrong-reference');
    }
  });

  it('puts ambiguous and doubtful calls in the review queue', async () => {
    const queued = await listReviewItems(report.city);
    const calls = new Set(queued.map((item) => (item.context as { callId: string }).callId));
    const reviewed = report.calls
      .filter((c) => c.summary.review !== undefined)
      .map((c) => c.transcript.callId);
    expect(calls).toEqual(new Set(reviewed));
    for (const call of report.calls.filter((c) => c.expected.actions.some((a) => a.outcome === 'review'))) {
      expect(calls.has(call.transcript.callId), call.file).toBe(true);
    }
  });

  it('seeds its noise complaints as they were opened (version 1) and opens new ones as work orders', async () => {
    const { city, refs } = report;
    const seeded = await Promise.all([...refs.values()].map((ref) => city.get(ref)));
    const seededNoise = seeded.filter((view) => view.service.id === 'noise-complaint');
    expect(seededNoise.length).toBeGreaterThanOrEqual(40);
    expect(new Set(seededNoise.map((view) => view.service.version))).toEqual(new Set([1]));
    const opened = report.calls.flatMap((call) =>
      call.summary.actions.filter(
        (action) => action.outcome === 'opened' && action.service === 'noise-complaint',
      ),
    );
    expect(opened.length).toBeGreaterThanOrEqual(3);
    for (const action of opened) {
      const view = await city.get(action.ref!);
      expect(view.service.version, action.ref).toBe(2);
      expect((view.context as { category: string }).category).toMatch(/^noise\./);
    }
  });

  it('picks the newest version a seeded case fits, or the one it names', () => {
    // Written as a cases.json is, `then` and all.
    const [v1, dispatched, v2, v2Dispatched, mixed, named] = JSON.parse(`[
      { "service": "noise-complaint", "input": { "address": "东风路8号", "description": "楼上装修噪音" } },
      { "service": "noise-complaint", "input": { "address": "东风路8号", "description": "楼上装修噪音" },
        "then": [{ "channel": "hotline", "type": "case.dispatch", "department": "城管" }] },
      { "service": "noise-complaint", "input": { "category": "noise.neighbour", "description": "楼上噪音" } },
      { "service": "noise-complaint", "input": { "category": "noise.neighbour", "description": "楼上噪音" },
        "then": [{ "channel": "centre", "type": "order.dispatch" }] },
      { "service": "noise-complaint", "input": { "address": "东风路8号", "description": "楼上装修噪音" },
        "then": [{ "channel": "centre", "type": "order.dispatch" }] },
      { "service": "noise-complaint", "version": 2, "input": { "category": "noise.other", "description": "噪音" } }
    ]`) as CorpusCase[];
    expect(seedVersion(cityServices, v1!)).toBe(1);
    expect(seedVersion(cityServices, dispatched!)).toBe(1);
    expect(seedVersion(cityServices, v2!)).toBe(2);
    expect(seedVersion(cityServices, v2Dispatched!)).toBe(2);
    // v2 events on a v1 input fit no version: the newest is used, and the router says what is wrong.
    expect(seedVersion(cityServices, mixed!)).toBe(undefined);
    expect(seedVersion(cityServices, named!)).toBe(2);
  });

  it('changes nothing when the whole corpus is replayed', async () => {
    const { city, refs } = report;
    const snapshot = async () => {
      const phones = new Set(
        report.calls.map((c) => c.summary.interpretation.caller).filter((p) => p !== undefined),
      );
      const cases = (await Promise.all([...phones].map((phone) => city.find({ phone: phone! })))).flat();
      const review = await listReviewItems(city);
      return [...cases, ...review].map((c) => `${c.ref}@${c.version}`).sort();
    };
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(refs.size);
    for (const call of report.calls) await handleCall(city, call.transcript, cityHotlineRules);
    expect(await snapshot()).toEqual(before);
  });
});
