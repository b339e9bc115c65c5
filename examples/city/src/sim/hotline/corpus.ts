import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AnyServiceDefinition,
  type CaseView,
  createCaseRef,
  type RouterClient,
  type Via,
} from '@onecase/core';
import type { IntentKind } from '@onecase/hotline';

/** The corpus shipped with the example city. */
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../calls');

/** A case that exists before the calls are replayed (`cases.json`). */
export interface CorpusCase {
  key: string;
  service: string;
  /**
   * The service version to open it on. Without one, the newest registered version whose input
   * schema accepts `input` and whose events accept every `then` event: a corpus written before an
   * upgrade seeds its cases as they were opened then.
   */
  version?: number;
  phone: string;
  input: Record<string, unknown>;
  /** Channel that opens it (default `web`). */
  via?: string;
  /** Events that bring it to the state the calls expect: `{ channel, type, ...payload }`. */
  then?: ({ channel: string; type: string } & Record<string, unknown>)[];
}

/** What one call should lead to (`expected.json`). */
export interface CorpusExpectation {
  intents: IntentKind[];
  /** References said in the call: `key` (valid), `!key` (misheard: check character wrong), `~key` (valid but unknown). */
  refs: string[];
  /** Each action: intent, outcome, the case (`key`, or `new` for an opened one), the review reason, service and score. */
  actions: {
    /** `none` for a call with no request at all, which still goes to a human. */
    intent: IntentKind | 'none';
    outcome: string;
    case?: string;
    reason?: string;
    service?: string;
    score?: number;
  }[];
}

/** One call of the corpus, its references filled in. */
export interface CorpusCall {
  file: string;
  /** The transcript as replayed (placeholders replaced). */
  text: string;
  expected?: CorpusExpectation;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ZH = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const PLACEHOLDER = /\{\{(REF|BADREF|NEWREF):([a-z0-9-]+)(?:\|([a-z]+))?\}\}/g;

/** The same reference with its last symbol changed: a single-symbol slip the check character always catches. */
export function misheardRef(ref: string): string {
  const last = ref[ref.length - 1]!;
  return ref.slice(0, -1) + ALPHABET[(ALPHABET.indexOf(last) + 1) % ALPHABET.length]!;
}

/** A well-formed reference no case holds, derived from a key so runs are repeatable. */
export function unknownRef(key: string): string {
  const prefix = key.split('-')[0]!.toUpperCase();
  return createCaseRef(prefix, createHash('sha256').update(`unknown:${key}`).digest());
}

/** Writes a reference the way a caller or an ASR engine might say it. */
export function sayRef(ref: string, form = 'plain'): string {
  const symbols = ref.replace(/-/g, '').split('');
  const groups = ref.split('-');
  switch (form) {
    case 'lower':
      return groups.join(' ').toLowerCase();
    case 'compact':
      return symbols.join('');
    case 'spaced':
      return groups.map((g) => g.split('').join(' ')).join(' ');
    case 'zh':
      return groups
        .map((g) =>
          g
            .split('')
            .map((c) => (/[0-9]/.test(c) ? ZH[Number(c)] : c))
            .join(' '),
        )
        .join(' 杠 ');
    case 'en':
      return groups
        .map((g) =>
          g
            .split('')
            .map((c) => (/[0-9]/.test(c) ? EN[Number(c)] : c))
            .join(' '),
        )
        .join(' dash ');
    default:
      return ref;
  }
}

/** Reads `cases.json`, `expected.json` and every `.txt` / `.json` transcript of a corpus directory. */
export function readCorpus(dir = CORPUS_DIR): {
  cases: CorpusCase[];
  files: string[];
  expected: Record<string, CorpusExpectation>;
} {
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as CorpusCase[];
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    CorpusExpectation
  >;
  const files = readdirSync(dir)
    .filter((file) => /^\d.*\.(txt|json)$/.test(file))
    .sort()
    .map((file) => join(dir, file));
  return { cases, files, expected };
}

/**
 * The version a corpus case is seeded on: its own `version`, else the newest of the registered
 * versions whose input accepts the case's input and whose events accept its `then` events;
 * `undefined` (the newest) when none does, so the router reports what is wrong with it.
 *
 * @example
 * ```ts
 * seedVersion(city.services, { key: 'nc-1', service: 'noise-complaint', phone, input: { address, description } }); // 1
 * ```
 */
export function seedVersion(
  services: readonly AnyServiceDefinition[],
  item: Pick<CorpusCase, 'service' | 'version' | 'input' | 'then'>,
): number | undefined {
  if (item.version !== undefined) return item.version;
  const fits = (service: AnyServiceDefinition) =>
    service.input.safeParse(item.input).success &&
    (item.then ?? []).every(({ channel: _channel, type, ...payload }) => {
      const schema = (service.events as Record<string, { safeParse(value: unknown): { success: boolean } }>)[
        type
      ];
      return schema?.safeParse(payload).success === true;
    });
  return services
    .filter((service) => service.id === item.service)
    .sort((a, b) => b.version - a.version)
    .find(fits)?.version;
}

/**
 * Opens the corpus cases (idempotently, so seeding twice is harmless) and brings each to its
 * state; returns the reference of each case by key. Each case opens on its `version`, or on the
 * one `seedVersion` finds among the client's registered services (a router's `services`; a
 * client that lists none opens on the newest).
 */
export async function seedCorpus(
  client: RouterClient & { readonly services?: readonly AnyServiceDefinition[] },
  cases: readonly CorpusCase[],
): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  for (const item of cases) {
    const via: Via = { channel: item.via ?? 'web', actor: { id: `corpus-${item.key}` } };
    const version = item.version ?? (client.services ? seedVersion(client.services, item) : undefined);
    let view: CaseView = await client.open({
      service: item.service,
      ...(version !== undefined ? { version } : {}),
      input: item.input,
      citizen: { phone: item.phone },
      via,
      idempotencyKey: `corpus:${item.key}`,
    });
    for (const [index, { channel, ...event }] of (item.then ?? []).entries()) {
      view = await client.send(view.ref, event, {
        via: { channel, actor: { id: `corpus-${channel}` } },
        idempotencyKey: `corpus:${item.key}:${index}`,
      });
    }
    refs.set(item.key, view.ref);
  }
  return refs;
}

/** Replaces `{{REF:key|form}}`, `{{BADREF:key|form}}` and `{{NEWREF:key|form}}` with references. */
export function fillRefs(text: string, refs: ReadonlyMap<string, string>): string {
  return text.replace(PLACEHOLDER, (_all, kind: string, key: string, form: string | undefined) => {
    if (kind === 'NEWREF') return sayRef(unknownRef(key), form);
    const ref = refs.get(key);
    if (ref === undefined)
      throw new Error(`The corpus names case '${key}', which cases.json does not define`);
    return sayRef(kind === 'BADREF' ? misheardRef(ref) : ref, form);
  });
}

/** The canonical reference an expectation token (`key`, `!key`, `~key`) stands for. */
export function expectedRef(token: string, refs: ReadonlyMap<string, string>): string {
  if (token.startsWith('~')) return unknownRef(token.slice(1));
  const ref = refs.get(token.replace(/^!/, ''));
  if (ref === undefined)
    throw new Error(`expected.json names case '${token}', which cases.json does not define`);
  return token.startsWith('!') ? misheardRef(ref) : ref;
}

/** Loads the calls of a corpus with their references filled in and their expectations. */
export function loadCalls(
  files: readonly string[],
  refs: ReadonlyMap<string, string>,
  expected: Record<string, CorpusExpectation> = {},
): CorpusCall[] {
  return files.map((file) => {
    const call: CorpusCall = { file: basename(file), text: fillRefs(readFileSync(file, 'utf8'), refs) };
    const expectation = expected[basename(file)];
    if (expectation) call.expected = expectation;
    return call;
  });
}
