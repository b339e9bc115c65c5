import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { CASE_REF_PATTERN } from '@onecase/core';
import { handleCall, interpretCall, parseTranscript, type Transcript } from '@onecase/hotline';
import { createFakeClock } from '@onecase/testing';
import { cityHotlineRules } from '../../examples/city/src/hotlineRules.js';
import { fillRefs, readCorpus, seedCorpus } from '../../examples/city/src/sim/hotline/corpus.js';
import { createCity } from '../../examples/city/src/createCity.js';
import { evaluateCorpus } from '../../examples/city/src/sim/hotline/evaluateCorpus.js';
import { type BenchSuite, round } from '../benchSuite.js';

/**
 * Operations per wall-clock second and per CPU second of this process, the best of five short
 * windows after a warm-up: on a shared machine the best window is the closest to what one idle core does.
 */
async function throughput(fn: () => unknown, windows = 5, ms = 300): Promise<{ wall: number; cpu: number }> {
  // Regular expressions and the rule scan reach their optimised tiers only after tens of thousands of calls.
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) for (let i = 0; i < 50; i++) await fn();
  let wall = 0;
  let cpu = 0;
  for (let w = 0; w < windows; w++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let ops = 0;
    while (performance.now() - start < ms) {
      for (let i = 0; i < 50; i++) await fn();
      ops += 50;
    }
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    wall = Math.max(wall, (ops * 1000) / wallMs);
    cpu = Math.max(cpu, (ops * 1e6) / (used.user + used.system));
  }
  return { wall, cpu };
}

// The raw baseline reads the same text the cheapest way that still finds something: split into
// lines, one regex for references and one for a handful of intent words per line.
const RAW_WORDS = /催|进度|补充|撤回|满意|投诉|status|hurry|withdraw|satisf|report|add/i;
function rawScan(text: string): number {
  let hits = 0;
  for (const line of text.split('\n')) {
    hits += line.match(CASE_REF_PATTERN)?.length ?? 0;
    if (RAW_WORDS.test(line)) hits += 1;
  }
  return hits;
}

const suite: BenchSuite = {
  name: 'hotline',
  async run() {
    const corpus = readCorpus();
    const city = createCity({
      clock: createFakeClock('2026-03-05T09:00:00+08:00'),
      secret: 'bench-secret',
    });
    const refs = await seedCorpus(city, corpus.cases);
    const texts = corpus.files.map((file) => ({
      text: fillRefs(readFileSync(file, 'utf8'), refs),
      callId: basename(file).replace(/\.\w+$/, ''),
    }));
    const transcripts: Transcript[] = texts.map(({ text, callId }) => parseTranscript(text, { callId }));

    let i = 0;
    const next = () => texts[i++ % texts.length]!;
    const interpret = await throughput(() => {
      const { text, callId } = next();
      interpretCall(parseTranscript(text, { callId }), cityHotlineRules);
    });
    const raw = await throughput(() => rawScan(next().text));

    // Fresh calls act (open cases, send events, open review items); replays find their stored outcome.
    let n = 0;
    const fresh = await throughput(() => {
      const transcript = transcripts[n % transcripts.length]!;
      n += 1;
      return handleCall(city, { ...transcript, callId: `${transcript.callId}-bench-${n}` }, cityHotlineRules);
    });
    let m = 0;
    const replay = await throughput(() =>
      handleCall(city, transcripts[m++ % transcripts.length]!, cityHotlineRules),
    );
    const target = refs.get('nc-urge-3')!;
    let k = 0;
    const via = { channel: 'hotline', actor: { id: 'bench' } };
    const send = await throughput(() =>
      city.send(target, { type: 'case.urge' }, { via, idempotencyKey: `bench-urge-${k++}` }),
    );

    const report = await evaluateCorpus();
    return {
      machine: {
        loadAverage1m: round(loadavg()[0]!, 2),
        note: 'shared machine: per-CPU-second figures approximate one core',
      },
      corpus: {
        calls: report.calls.length,
        intentAccuracy: report.intentAccuracy,
        refPrecision: report.refPrecision,
        refRecall: report.refRecall,
        outcomeAccuracy: report.outcomeAccuracy,
        wrongRefCallsUntouched: `${report.wrongRefCallsUntouched}/${report.wrongRefCalls}`,
        note: 'calls 01-49 written with the rules (upper bound); 90-95 written after them scored 2/6 before tuning, misses safe',
      },
      interpret: {
        transcriptsPerSec: Math.round(interpret.wall),
        transcriptsPerCpuSec: Math.round(interpret.cpu),
        goal: 5000,
        rawSplitRegexPerSec: Math.round(raw.wall),
        rawSplitRegexPerCpuSec: Math.round(raw.cpu),
        ratio: round(interpret.wall / raw.wall, 4),
        cpuRatio: round(interpret.cpu / raw.cpu, 4),
        includes: 'parseTranscript + interpretCall (normalise, cues, references, rating, slots)',
      },
      handleCall: {
        freshCallsPerSec: Math.round(fresh.wall),
        replayedCallsPerSec: Math.round(replay.wall),
        rawRouterSendPerSec: Math.round(send.wall),
        freshRatio: round(fresh.wall / send.wall, 3),
        replayRatio: round(replay.wall / send.wall, 3),
        store: 'memory',
        includes: 'interpretation, find by phone, get, open/send with idempotency keys, review items',
      },
    };
  },
};

export default suite;
