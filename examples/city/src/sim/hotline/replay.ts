import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type CallSummary, handleCall, isTranscriptError, parseTranscript } from '@onecase/hotline';
import { CliError, fromInvokingDir, parseCli } from '../../cli.js';
import { createCity } from '../../createCity.js';
import { cityHotlineRules } from '../../hotlineRules.js';
import { CORPUS_DIR, fillRefs, readCorpus, seedCorpus } from './corpus.js';

const USAGE = `Usage: pnpm sim:hotline [transcript…]

Replays 12345 call transcripts against the example city and prints what each call led to:
the intents heard, the case references, the actions taken and what the agent reads back.
Without files it replays the whole corpus in examples/city/calls. A transcript is plain text
(Call-Id:, Caller:, Started: headers, a blank line, then Agent: / Caller: turns) or JSON ASR
segments; paths are taken from the folder you run the command in.

Options:
  -h, --help  show this help

Environment:
  CITY_SECRET the router secret that keys citizen identifiers (default: a demo secret)`;

// `pnpm sim:hotline [files…]` replays call transcripts against the demo city and prints what
// each call led to. Without files it replays the whole corpus in examples/city/calls.
const { positionals } = parseCli({
  name: 'pnpm sim:hotline',
  usage: USAGE,
  options: {},
  allowPositionals: true,
});
const args = positionals.map(fromInvokingDir);
const absent = args.filter((file) => !existsSync(file));
if (absent.length > 0) throw new CliError(`no such transcript: ${absent.join(', ')}`);
const corpus = readCorpus(args[0] ? dirnameWithCases(args[0]) : CORPUS_DIR);
const files = args.length > 0 ? args : corpus.files;

function dirnameWithCases(file: string): string {
  try {
    readFileSync(join(dirname(file), 'cases.json'));
    return dirname(file);
  } catch {
    return CORPUS_DIR;
  }
}

function mask(phone: string | undefined): string {
  return phone === undefined ? 'withheld' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

function print(file: string, summary: CallSummary): void {
  const reading = summary.interpretation;
  const lines = [
    `── ${file}  (call ${summary.callId}, ${summary.language}, caller ${mask(reading.caller)}, agent ${summary.agentId})`,
    `   intents: ${
      reading.intents
        .map((intent) => {
          const sure = intent.confidence >= cityHotlineRules.threshold ? '' : ' (unsure)';
          return `${intent.kind} ${intent.confidence.toFixed(2)}${sure} [${[...new Set(intent.evidence.map((e) => e.match))].join(', ')}]`;
        })
        .join('; ') || 'none'
    }`,
  ];
  if (reading.references.length > 0) {
    const why = (ref: (typeof reading.references)[number]) =>
      ref.denied
        ? 'denied by the caller'
        : ref.counts
          ? `said by ${ref.source}`
          : 'agent only, not confirmed';
    lines.push(
      `   heard:   ${reading.references
        .map((ref) => `${ref.ref} ${ref.valid ? '✓' : '✗ check character'} (${why(ref)})`)
        .join(', ')}`,
    );
  }
  const slots = Object.entries(reading.slots).filter(([, value]) => value !== undefined);
  if (slots.length > 0) {
    lines.push(
      `   slots:   ${slots.map(([name, value]) => `${name}=${JSON.stringify(value!.slice(0, 60))}`).join(', ')}`,
    );
  }
  for (const intent of reading.intents.filter((i) => i.confidence >= cityHotlineRules.threshold)) {
    const { slots: _slots, ...details } = intent.details;
    const said = Object.entries(details).filter(([, value]) => value !== undefined);
    if (said.length > 0) {
      lines.push(
        `   ${intent.kind}: ${said.map(([name, value]) => `${name}=${JSON.stringify(String(value).slice(0, 60))}`).join(', ')}`,
      );
    }
  }
  if (reading.flags.length > 0) lines.push(`   flags:   ${reading.flags.join(', ')}`);
  for (const action of summary.actions) {
    const where = action.ref ? ` ${action.ref}` : action.service ? ` ${action.service}` : '';
    const why = action.reason ? ` (${action.reason}${action.refs ? `: ${action.refs.join(', ')}` : ''})` : '';
    const state = action.state ? ` — ${action.state}` : '';
    lines.push(`   action:  ${action.intent} → ${action.outcome}${where}${why}${state}`);
  }
  if (summary.review) {
    lines.push(
      `   review:  ${summary.review.ref ?? summary.review.error} [${summary.review.reasons.join(', ')}]`,
    );
  }
  lines.push('   reply:');
  for (const line of summary.reply) lines.push(`     > ${line}`);
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

const secret = process.env.CITY_SECRET ?? 'onecase-demo-city';
const city = createCity({ secret });
const refs = await seedCorpus(city, corpus.cases);
process.stdout.write(
  `Demo city ready: ${refs.size} existing cases from cases.json; replaying ${files.length} call(s).\n\n`,
);

let failed = 0;
for (const file of files) {
  try {
    const text = fillRefs(readFileSync(file, 'utf8'), refs);
    // A bare JSON array has no envelope for an id: the file name gives one; a text transcript without
    // `Call-Id` gets one derived from its content, so replaying it is still a replay.
    const transcript = parseTranscript(text, { callId: basename(file).replace(/\.\w+$/, '') });
    print(basename(file), await handleCall(city, transcript, cityHotlineRules, { secret }));
  } catch (error) {
    failed += 1;
    const message = isTranscriptError(error)
      ? `transcript rejected, ${error.message}`
      : String((error as Error)?.stack ?? error);
    process.stdout.write(`── ${basename(file)}\n   ✗ ${message}\n\n`);
  }
}
await city.close();
process.exitCode = failed > 0 ? 1 : 0;
