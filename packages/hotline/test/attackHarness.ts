import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { type CallSummary, handleCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

type Router = ReturnType<typeof createTestRouter<typeof testServices>>;

/** A case an attack call needs, in the shapes the testers of rounds 10–14 wrote them. */
export interface AttackCase {
  key: string;
  service?: 'noise' | 'light' | 'noise-complaint' | 'streetlight-repair';
  phone?: string;
  address: string;
  description: string;
  state?: 'received' | 'handling' | 'closed' | 'withdrawn';
  closed?: boolean;
  /** Days (or a duration such as '30d') the clock moves before the case is opened. */
  advance?: string;
  gap?: boolean;
}

/** An attack call as a tester wrote it: the cases it needs and its transcript (text or JSON segments). */
export interface AttackCall {
  id: string;
  cases: AttackCase[];
  text: string | object;
  note?: string;
  /** When the test router's clock starts (the default: 2026-03-02 10:00 in Shanghai). */
  start?: string;
}

/** What a call may do: cases it keeps as they were, events it never sends, what it reads, rates and opens. */
export interface Expectation {
  keep?: string[];
  histories?: Record<string, string[]>;
  never?: Record<string, string>;
  noRead?: boolean;
  reads?: boolean;
  notScore?: number;
  noScore?: boolean;
  score?: number;
  opens?: string;
  openedAt?: string;
}

const staff = { via: { channel: 'staff', actor: { id: 'clerk-1' } } };

/** Opens the cases of an attack on a test router (closing or withdrawing them as asked) and returns their references by key. */
export async function openCases(r: Router, cases: readonly AttackCase[]): Promise<Record<string, string>> {
  const refs: Record<string, string> = {};
  for (const spec of cases) {
    if (spec.gap) r.clock.advance('30d');
    if (spec.advance) r.clock.advance(spec.advance);
    const citizen = spec.phone ? { citizen: { phone: spec.phone } } : {};
    const view =
      spec.service === 'light' || spec.service === 'streetlight-repair'
        ? await r.open({
            service: 'streetlight-repair',
            input: { location: spec.address, description: spec.description },
            ...citizen,
            via: web,
          })
        : await r.open({
            service: 'noise-complaint',
            input: { address: spec.address, description: spec.description },
            ...citizen,
            via: web,
          });
    refs[spec.key] = view.ref;
    if (spec.closed || spec.state === 'handling' || spec.state === 'closed')
      await r.send(view.ref, { type: 'case.assign', department: 'env' }, staff);
    if (spec.closed || spec.state === 'closed')
      await r.send(view.ref, { type: 'case.close', answer: 'done' }, staff);
    if (spec.state === 'withdrawn') await r.send(view.ref, { type: 'case.withdraw' }, staff);
  }
  return refs;
}

/** Each case's event types, by key. */
export async function historiesOf(
  r: Router,
  refs: Record<string, string>,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [key, ref] of Object.entries(refs)) out[key] = (await r.history(ref)).map((event) => event.type);
  return out;
}

/** Checks a handled call against what it may do. */
export async function expectOutcome(
  r: Router,
  want: Expectation,
  summary: CallSummary,
  before: Record<string, string[]>,
  after: Record<string, string[]>,
): Promise<void> {
  for (const key of want.keep ?? []) expect(after[key], `${key} stays as it was`).toEqual(before[key]);
  for (const [key, types] of Object.entries(want.histories ?? {})) expect(after[key]).toEqual(types);
  for (const [key, type] of Object.entries(want.never ?? {})) expect(after[key]).not.toContain(type);
  const reads = summary.actions.filter((action) => action.outcome === 'read');
  if (want.noRead) expect(reads).toEqual([]);
  if (want.reads) expect(reads.length).toBeGreaterThan(0);
  const scores = summary.actions
    .filter((action) => action.outcome === 'applied' && action.score !== undefined)
    .map((action) => action.score);
  if (want.notScore !== undefined) expect(scores).not.toContain(want.notScore);
  if (want.noScore) expect(scores).toEqual([]);
  if (want.score !== undefined) expect(scores).toContain(want.score);
  const opened = summary.actions.filter((action) => action.outcome === 'opened');
  if (want.opens) expect(opened.map((action) => action.service)).toContain(want.opens);
  if (want.openedAt) {
    expect(opened).toHaveLength(1);
    const [open] = await r.history(opened[0]!.ref!);
    expect(JSON.stringify(open!.payload)).toContain(want.openedAt);
  }
}

/**
 * Runs an attack call on a fresh test router: opens its cases, fills its references in
 * (`{{REF:key}}`, and `{{REFSP:key}}` as the reference's symbols spaced — with its dashes unless
 * `dashes: false`, as the testers of rounds 16–19 wrote it) and handles the call.
 */
export async function runAttack(attack: AttackCall, options: { dashes?: boolean } = {}) {
  const r = createTestRouter({ services: testServices, start: attack.start ?? '2026-03-02T10:00:00+08:00' });
  const refs = await openCases(r, attack.cases);
  const spaced = (ref: string) =>
    (options.dashes === false ? ref.replace(/-/g, '') : ref).split('').join(' ');
  const fill = (text: string) =>
    text
      .replace(/\{\{REF:(\w+)\}\}/g, (_all, key: string) => refs[key]!)
      .replace(/\{\{REFSP:(\w+)\}\}/g, (_all, key: string) => spaced(refs[key]!));
  const input =
    typeof attack.text === 'string' ? fill(attack.text) : JSON.parse(fill(JSON.stringify(attack.text)));
  const before = await historiesOf(r, refs);
  const summary = await handleCall(r, parseTranscript(input), rules);
  return { r, summary, before, after: await historiesOf(r, refs) };
}

/** The tests of one attack round: every call it recorded does only what its expectation allows. */
export function attackRound(
  title: string,
  round: {
    unsafe: readonly AttackCall[];
    refused?: readonly AttackCall[];
    expected: Record<string, Expectation>;
  },
  options: { dashes?: boolean } = {},
): void {
  describe(title, () => {
    const calls = [...round.unsafe, ...(round.refused ?? [])];
    it('has every finding of the round', () =>
      expect(calls.filter((call) => round.expected[call.id] !== undefined).length).toBe(
        Object.keys(round.expected).length,
      ));
    const check = async (call: AttackCall) => {
      const { r, summary, before, after } = await runAttack(call, options);
      await expectOutcome(r, round.expected[call.id]!, summary, before, after);
    };
    it.each(round.unsafe.map((call) => [call.id, call] as const))('unsafe before: %s', (_id, call) =>
      check(call),
    );
    if (round.refused && round.refused.length > 0)
      it.each(round.refused.map((call) => [call.id, call] as const))('refused before: %s', (_id, call) =>
        check(call),
      );
  });
}
