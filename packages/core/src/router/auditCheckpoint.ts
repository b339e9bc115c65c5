import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../canonicalJson.js';
import { CaseError } from '../caseError.js';
import type { CaseHead, CaseStore } from '../caseStore.js';
import { uncheckedStore } from './recordGuard.js';
import { type RouterContext, storeCall } from './routerContext.js';

const FORMAT = 'onecase.checkpoint.v1';
const PAGE = 1_000;

/**
 * A signed digest of every case's head (id, version, last event hash) at one moment: kept
 * outside the database (published, mailed, written to WORM storage), it proves later whether
 * cases were removed or rolled back since, as a certificate-transparency signed tree head does.
 *
 * @example
 * ```ts
 * const checkpoint: AuditCheckpoint = await router.auditCheckpoint();
 * await writeFile(`checkpoint-${checkpoint.at}.json`, JSON.stringify(checkpoint));
 * ```
 */
export interface AuditCheckpoint {
  format: typeof FORMAT;
  /** The router clock when it was taken (epoch ms). */
  at: number;
  /** How many cases it anchors. */
  cases: number;
  /** SHA-256 hash chain over `heads` in order: anyone can recompute it from the heads. */
  root: string;
  /** Every case as `[id, version, lastHash]`, in the store's id order. */
  heads: [id: string, version: number, lastHash: string][];
  /** HMAC (router secret) over format, `at`, `cases` and `root`. */
  signature: string;
}

/**
 * One case that is not, or no longer, where a checkpoint saw it.
 *
 * @example
 * ```ts
 * const removed = report.problems.filter((p: CheckpointProblem) => p.problem === 'removed');
 * ```
 */
export interface CheckpointProblem {
  caseId: string;
  /** `removed`: the case is gone; `rolled-back`: it is at a lower version; `rewritten`: its event at the checkpoint's version has another hash. */
  problem: 'removed' | 'rolled-back' | 'rewritten';
  expected: { version: number; lastHash: string };
  found?: { version: number; lastHash: string };
}

/**
 * What `verifyCheckpoint` found: `ok` when every anchored case is still there, at or past its anchored head.
 *
 * @example
 * ```ts
 * const report: CheckpointReport = await router.verifyCheckpoint(checkpoint);
 * if (!report.ok) alert(report.problems.map((p) => `${p.caseId}: ${p.problem}`));
 * ```
 */
export interface CheckpointReport {
  ok: boolean;
  checkpointAt: number;
  /** Cases the checkpoint anchors, all of which were checked. */
  cases: number;
  problems: CheckpointProblem[];
}

function chainRoot(heads: AuditCheckpoint['heads']): string {
  let root = createHash('sha256').update(FORMAT).digest('hex');
  for (const head of heads) {
    root = createHash('sha256').update(root).update('\n').update(canonicalJson(head)).digest('hex');
  }
  return root;
}

function sign(secret: string, checkpoint: Pick<AuditCheckpoint, 'format' | 'at' | 'cases' | 'root'>): string {
  const { format, at, cases, root } = checkpoint;
  return createHmac('sha256', secret).update(canonicalJson({ format, at, cases, root })).digest('base64url');
}

/** Every case head of the store, page by page, in the store's id order. */
export async function* allHeads(store: CaseStore): AsyncGenerator<CaseHead> {
  let after: string | undefined;
  for (;;) {
    const page = await storeCall(() =>
      store.caseHeads({ ...(after !== undefined ? { after } : {}), limit: PAGE }),
    );
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}

/** Reads every case head from the store and signs their hash chain. */
export async function auditCheckpoint(ctx: RouterContext): Promise<AuditCheckpoint> {
  const heads: AuditCheckpoint['heads'] = [];
  for await (const head of allHeads(uncheckedStore(ctx.store)))
    heads.push([head.id, head.version, head.lastHash]);
  const unsigned = {
    format: FORMAT,
    at: ctx.clock.now(),
    cases: heads.length,
    root: chainRoot(heads),
  } as const;
  return { ...unsigned, heads, signature: sign(ctx.secret, unsigned) };
}

function checkSigned(ctx: RouterContext, checkpoint: AuditCheckpoint): void {
  const valid =
    checkpoint?.format === FORMAT &&
    Array.isArray(checkpoint.heads) &&
    checkpoint.heads.length === checkpoint.cases &&
    typeof checkpoint.signature === 'string' &&
    chainRoot(checkpoint.heads) === checkpoint.root;
  const expected = valid ? Buffer.from(sign(ctx.secret, checkpoint)) : undefined;
  const given = Buffer.from(String(checkpoint?.signature));
  if (!expected || expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new CaseError(
      'INVALID_INPUT',
      'The checkpoint was changed or was not signed with this router’s secret',
      { format: checkpoint?.format },
    );
  }
}

/**
 * Compares the store with a checkpoint this router's secret signed: every case it anchors
 * must still exist, at its anchored version or later, with the anchored hash at that version.
 */
export async function verifyCheckpoint(
  ctx: RouterContext,
  checkpoint: AuditCheckpoint,
): Promise<CheckpointReport> {
  checkSigned(ctx, checkpoint);
  const store = uncheckedStore(ctx.store);
  const expected = new Map(checkpoint.heads.map(([id, version, lastHash]) => [id, { version, lastHash }]));
  const problems: CheckpointProblem[] = [];
  for await (const head of allHeads(store)) {
    const anchored = expected.get(head.id);
    if (!anchored) continue;
    expected.delete(head.id);
    const found = { version: head.version, lastHash: head.lastHash };
    if (head.version < anchored.version) {
      problems.push({ caseId: head.id, problem: 'rolled-back', expected: anchored, found });
      continue;
    }
    const hashThen =
      head.version === anchored.version
        ? head.lastHash
        : (await storeCall(() => store.events(head.id, { fromSeq: anchored.version })))[0]?.hash;
    if (hashThen !== anchored.lastHash) {
      problems.push({ caseId: head.id, problem: 'rewritten', expected: anchored, found });
    }
  }
  for (const [caseId, anchored] of expected)
    problems.push({ caseId, problem: 'removed', expected: anchored });
  return { ok: problems.length === 0, checkpointAt: checkpoint.at, cases: checkpoint.cases, problems };
}
