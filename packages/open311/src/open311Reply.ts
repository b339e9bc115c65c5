import { createHash } from 'node:crypto';
import { isCaseError } from '@onecase/core';
import type { Open311Context } from './open311Context.js';
import { Open311Error } from './open311Error.js';
import { toXml, type XmlValue } from './xml.js';

/** The two formats of GeoReport v2, chosen by the path's extension. */
export type Open311Format = 'json' | 'xml';

/** A reply body with its XML root (the JSON is the value itself). */
export interface Open311Body {
  root: string;
  value: XmlValue;
}

const CONTENT_TYPES: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Serialises a body in a format. */
export function render(format: Open311Format, body: Open311Body): string {
  return format === 'json' ? JSON.stringify(body.value) : toXml(body.root, body.value);
}

/** An answer in the requested format. */
export function reply(
  format: Open311Format,
  status: number,
  body: Open311Body,
  headers: Record<string, string> = {},
): Response {
  return new Response(render(format, body), {
    status,
    headers: { 'content-type': CONTENT_TYPES[format], 'cache-control': 'no-store', ...headers },
  });
}

/** The entity tag of a rendered body. */
export function entityTag(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/** An answer with an entity tag: 304 when `If-None-Match` names it, else the text (rendered only then). */
export function conditionalReply(
  request: Request,
  format: Open311Format,
  etag: string,
  text: () => string,
  headers: Record<string, string> = {},
): Response {
  const common = { etag, 'cache-control': 'no-cache', vary: 'Accept-Language', ...headers };
  const match = request.headers.get('if-none-match');
  if (match?.split(',').some((tag) => [etag, '*'].includes(tag.trim().replace(/^W\//, '')))) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(text(), { status: 200, headers: { 'content-type': CONTENT_TYPES[format], ...common } });
}

/** A body rendered once per key (keys must come from a bounded set: formats, locales, services), with its tag. */
export function cachedText(
  format: Open311Format,
  cache: Map<string, { text: string; etag: string }>,
  key: string,
  build: () => Open311Body,
): { text: string; etag: string } {
  let entry = cache.get(key);
  if (!entry) {
    const text = render(format, build());
    entry = { text, etag: entityTag(text) };
    cache.set(key, entry);
  }
  return entry;
}

/** An answer that changes only with the services: `cachedText` with an `ETag` and a 304 for a matching `If-None-Match`. */
export function cachedReply(
  request: Request,
  format: Open311Format,
  cache: Map<string, { text: string; etag: string }>,
  key: string,
  build: () => Open311Body,
  headers: Record<string, string> = {},
): Response {
  const entry = cachedText(format, cache, key, build);
  const { text } = entry;
  return conditionalReply(request, format, entry.etag, () => text, headers);
}

function describeIssues(issues: unknown, standard: ReadonlyMap<string, string> | undefined): string[] {
  if (!Array.isArray(issues)) return [];
  return issues.map((issue: { path?: unknown[]; message?: string }) => {
    const [field, ...rest] = (issue.path ?? []).map(String);
    if (field === undefined) return issue.message ?? 'invalid request';
    const name = standard?.get(field) ?? `attribute[${field}]`;
    return `${name}${rest.length > 0 ? `.${rest.join('.')}` : ''}: ${issue.message ?? 'invalid'}`;
  });
}

/**
 * Turns anything thrown while answering into the spec's error array: a client's mistake is a
 * 4xx naming it, a store outage 503, anything else a logged 500 that says nothing of the bug.
 */
export function toOpen311Error(
  ctx: Open311Context,
  error: unknown,
  standard?: ReadonlyMap<string, string>,
): Open311Error {
  if (error instanceof Open311Error) return error;
  if (isCaseError(error)) {
    switch (error.code) {
      case 'INVALID_INPUT': {
        const described = describeIssues(error.details.issues, standard);
        return new Open311Error('INVALID_REQUEST', described.length > 0 ? described : error.message);
      }
      case 'UNKNOWN_SERVICE':
        return new Open311Error('UNKNOWN_SERVICE', error.message);
      case 'UNKNOWN_CASE':
        return new Open311Error('UNKNOWN_REQUEST', 'No such service request');
      case 'CHANNEL_FORBIDDEN':
        return new Open311Error(
          'INVALID_API_KEY',
          `This service does not accept requests through ${ctx.channel}`,
        );
      case 'IDEMPOTENCY_MISMATCH':
        return new Open311Error('CONFLICT', 'This Idempotency-Key was used for a different request');
      case 'STORE_UNAVAILABLE':
        return new Open311Error('UNAVAILABLE', 'The service is unavailable; try again shortly');
      default:
        return new Open311Error('INVALID_REQUEST', error.message);
    }
  }
  ctx.logger?.error({ err: error }, 'onecase open311: unexpected error');
  return new Open311Error('INTERNAL', 'Internal error');
}

/** The error array as an answer. */
export function errorReply(format: Open311Format, error: Open311Error): Response {
  const headers: Record<string, string> = error.status === 503 ? { 'retry-after': '1' } : {};
  return reply(format, error.status, { root: 'errors', value: error.errors as unknown as XmlValue }, headers);
}
