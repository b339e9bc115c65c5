import { CaseError, misreadRefError } from '../caseError.js';
import { looksLikeCaseRef, parseCaseRef } from '../caseRef.js';
import type { Citizen, Via } from '../types.js';
import { type RouterContext, storeCall } from './routerContext.js';

const MAX_ID_LENGTH = 200;
const CITIZEN_FIELDS = new Set(['phone', 'idNumber', 'accountId']);
/** NUL, or a UTF-16 surrogate without its pair: text no PostgreSQL column (and no UTF-8 file) can hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function invalidInput(message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_INPUT', message, details);
}

function describePath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Any NUL or surrogate at all: a quick test that passes nearly all text before the exact one runs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const SUSPECT_TEXT = /[\u0000\ud800-\udfff]/;

const unstorable = (text: string): boolean => SUSPECT_TEXT.test(text) && UNSTORABLE_TEXT.test(text);

/** Whether any string (key or value) in a value is unstorable; allocates nothing, names nothing. */
function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasUnstorableText(value[i])) return true;
    return false;
  }
  for (const key of Object.keys(value)) {
    if (unstorable(key) || hasUnstorableText((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * Refuses text that cannot be stored (NUL, unpaired surrogates) anywhere in a value, naming
 * the field, before any store sees it: every store and channel gets the same answer.
 */
export function checkStorableText(value: unknown, path: string): void {
  // Every command passes through here: the walk that names the field runs only on a problem.
  if (hasUnstorableText(value)) findUnstorableText(value, path);
}

function findUnstorableText(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (UNSTORABLE_TEXT.test(value)) {
      throw invalidInput(
        `${path} contains a NUL character or an unpaired surrogate, which cannot be stored`,
        {
          field: path,
        },
      );
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findUnstorableText(item, `${path}[${index}]`);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    findUnstorableText(key, `${path} key`);
    findUnstorableText(item, describePath(path, key));
  }
}

export function checkVia(via: unknown): asserts via is Via {
  const candidate = via as Via | undefined;
  if (
    !candidate ||
    typeof candidate.channel !== 'string' ||
    candidate.channel.length === 0 ||
    !candidate.actor ||
    typeof candidate.actor.id !== 'string' ||
    candidate.actor.id.length === 0
  ) {
    throw invalidInput('via must be { channel, actor: { id } }');
  }
  checkStorableText(candidate, 'via');
}

export function checkCitizen(citizen: unknown): asserts citizen is Citizen | undefined {
  if (citizen === undefined) return;
  if (typeof citizen !== 'object' || citizen === null) throw invalidInput('citizen must be an object');
  for (const [key, value] of Object.entries(citizen)) {
    if (!CITIZEN_FIELDS.has(key)) {
      throw invalidInput(`citizen.${key} is not a known identifier (phone, idNumber, accountId)`);
    }
    if (value !== undefined && (typeof value !== 'string' || value.trim().length === 0)) {
      throw invalidInput(`citizen.${key} must be a non-empty string`);
    }
  }
  checkStorableText(citizen, 'citizen');
}

export function checkIdempotencyKey(key: unknown): asserts key is string | undefined {
  if (key === undefined) return;
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_ID_LENGTH) {
    throw invalidInput(`idempotencyKey must be a string of 1 to ${MAX_ID_LENGTH} characters`);
  }
  checkStorableText(key, 'idempotencyKey');
}

export function checkExpectedVersion(version: unknown): asserts version is number | undefined {
  if (version !== undefined && (!Number.isInteger(version) || (version as number) < 0)) {
    throw invalidInput('expectedVersion must be a non-negative integer');
  }
}

/**
 * The case id a channel means: an id as given, or a reference looked up (a misread one refused).
 * Both are remembered by the text given, so a channel sending to a case again parses nothing
 * and reads nothing: what the text means never changes. With `load` (a send, which needs the
 * case next), a reference not seen yet is read with its case in one go where the store can,
 * and the case is kept for the decision.
 */
export async function resolveCaseId(
  ctx: RouterContext,
  caseIdOrRef: string,
  options: { load?: boolean } = {},
): Promise<string> {
  if (typeof caseIdOrRef !== 'string' || caseIdOrRef.length === 0 || caseIdOrRef.length > MAX_ID_LENGTH) {
    throw invalidInput('A case id or reference is required');
  }
  const known = ctx.refs.get(caseIdOrRef);
  if (known !== undefined) return known;
  checkStorableText(caseIdOrRef, 'case id or reference');
  if (!looksLikeCaseRef(caseIdOrRef)) {
    ctx.refs.remember(caseIdOrRef, caseIdOrRef);
    return caseIdOrRef;
  }
  const parsed = parseCaseRef(caseIdOrRef);
  if (!parsed.valid) throw misreadRefError(parsed.ref);
  const { store } = ctx;
  let id: string | undefined;
  if (options.load && store.loadByRef) {
    const record = await storeCall(() => store.loadByRef!(parsed.ref));
    if (record) ctx.cache.keep(ctx.registry, record);
    id = record?.id;
  } else {
    id = await storeCall(() => store.resolveRef(parsed.ref));
  }
  if (!id) throw new CaseError('UNKNOWN_CASE', `No case ${parsed.ref}`, { ref: parsed.ref });
  ctx.refs.remember(caseIdOrRef, id);
  return id;
}

/**
 * Refuses a machine context that would not read back the same after a restart (a `Date`
 * comes back as a string, a `Map` as `{}`, `NaN` as `null`), naming the path: on every store,
 * so a test on the memory store catches what PostgreSQL would silently change.
 */
export function checkPlainJson(value: unknown, path: string): void {
  // Every commit passes through here: the walk that names the path runs only on a problem.
  if (!isPlainJson(value)) findNotJson(value, path);
}

/** The same test as `findNotJson`, without building a path per key. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value) || value[index] === undefined || !isPlainJson(value[index])) return false;
    }
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && !isPlainJson(item)) return false;
  }
  return true;
}

function findNotJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notJson(path, String(value));
    return;
  }
  if (typeof value !== 'object') throw notJson(path, typeof value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value) || value[index] === undefined) throw notJson(`${path}[${index}]`, 'undefined');
      findNotJson(value[index], `${path}[${index}]`);
    }
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw notJson(path, (value as object).constructor?.name ?? 'a class instance');
  }
  for (const [key, item] of Object.entries(value)) {
    // An absent field and an undefined one read the same after a restart.
    if (item !== undefined) findNotJson(item, describePath(path, key));
  }
}

function notJson(path: string, what: string): CaseError {
  return new CaseError(
    'INVALID_DEFINITION',
    `The machine put ${what} at ${path}, which is not plain JSON and would change after a restart; keep contexts to JSON (ISO strings or epoch ms for times)`,
    { path, found: what },
  );
}
