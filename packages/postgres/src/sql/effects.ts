import type { EffectRecord } from '@onecase/core';
import { EFFECT_COLUMNS, type EffectRow, toEffect } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';

/**
 * Claims pending effects of some types, available now, for a lease, counting an attempt on
 * each; rows another node is claiming at the same moment are skipped, never waited for.
 *
 * @example
 * ```ts
 * const effects = await claimEffects(client, 'onecase', Date.now(), { types: ['sms.send'], limit: 32, leaseMs: 30_000 });
 * ```
 */
export async function claimEffects(
  client: SqlQueryable,
  schema: string,
  now: number,
  options: { types: string[]; limit: number; leaseMs: number },
): Promise<EffectRecord[]> {
  if (options.types.length === 0) return [];
  const rows = await client.query<EffectRow>(
    `UPDATE ${schema}.effects SET leased_until = $1::bigint + $3::bigint, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM ${schema}.effects
       WHERE state = 'pending' AND type = ANY($4::text[]) AND available_at <= $1::bigint AND leased_until <= $1::bigint
       ORDER BY created_at, id
       LIMIT $2::int
       FOR UPDATE SKIP LOCKED)
     RETURNING ${EFFECT_COLUMNS}`,
    [now, options.limit, options.leaseMs, options.types],
  );
  return rows.map(toEffect).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/**
 * Marks a delivered effect done.
 *
 * @example
 * ```ts
 * await completeEffect(client, 'onecase', effect.id);
 * ```
 */
export async function completeEffect(client: SqlQueryable, schema: string, effectId: string): Promise<void> {
  await client.query(
    `UPDATE ${schema}.effects SET state = 'done', leased_until = 0 WHERE id = $1::text AND state = 'pending'`,
    [effectId],
  );
}

/**
 * Records a failed delivery: pending again from `retryAt`, or dead when `retryAt` is null.
 *
 * @example
 * ```ts
 * await failEffect(client, 'onecase', effect.id, { error: 'timeout', retryAt: Date.now() + 2_000 });
 * ```
 */
export async function failEffect(
  client: SqlQueryable,
  schema: string,
  effectId: string,
  failure: { error: string; retryAt: number | null },
): Promise<void> {
  await client.query(
    `UPDATE ${schema}.effects
     SET last_error = $2::text, leased_until = 0,
       state = CASE WHEN $3::bigint IS NULL THEN 'dead' ELSE 'pending' END,
       available_at = coalesce($3::bigint, available_at)
     WHERE id = $1::text AND state = 'pending'`,
    [effectId, failure.error, failure.retryAt],
  );
}

/**
 * The effects of one case, in the order they were emitted.
 *
 * @example
 * ```ts
 * const effects = await caseEffects(client, 'onecase', caseId);
 * ```
 */
export async function caseEffects(
  client: SqlQueryable,
  schema: string,
  caseId: string,
): Promise<EffectRecord[]> {
  const rows = await client.query<EffectRow>(
    `SELECT ${EFFECT_COLUMNS} FROM ${schema}.effects WHERE case_id = $1::text ORDER BY seq, n`,
    [caseId],
  );
  return rows.map(toEffect);
}

/**
 * Dead-lettered effects, oldest first.
 *
 * @example
 * ```ts
 * const dead = await deadEffects(client, 'onecase', { limit: 100 });
 * ```
 */
export async function deadEffects(
  client: SqlQueryable,
  schema: string,
  options: { types?: string[]; limit: number },
): Promise<EffectRecord[]> {
  const rows = await client.query<EffectRow>(
    `SELECT ${EFFECT_COLUMNS} FROM ${schema}.effects
     WHERE state = 'dead' AND ($2::text[] IS NULL OR type = ANY($2::text[]))
     ORDER BY created_at, id LIMIT $1::int`,
    [options.limit, options.types ?? null],
  );
  return rows.map(toEffect);
}

/**
 * Makes an effect that is not done pending again now, its attempts reset.
 *
 * @example
 * ```ts
 * const redriven = await retryEffect(client, 'onecase', effectId, Date.now());
 * ```
 */
export async function retryEffect(
  client: SqlQueryable,
  schema: string,
  effectId: string,
  now: number,
): Promise<boolean> {
  const rows = await client.query(
    `UPDATE ${schema}.effects SET state = 'pending', attempts = 0, available_at = $2::bigint, leased_until = 0
     WHERE id = $1::text AND state <> 'done' RETURNING id`,
    [effectId, now],
  );
  return rows.length > 0;
}
