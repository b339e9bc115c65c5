import type { QueueChange } from '@onecase/core';
import type { Route } from '../handler/routeTable.js';
import { HttpProblemError } from '../httpProblemError.js';
import { caseQueryFromParams } from '../query/caseQueryParams.js';
import { boundedEventStream } from '../stream/boundedEventStream.js';
import { eventText } from '../stream/caseEventChunk.js';
import { streamFailure } from '../stream/openCaseStream.js';

/**
 * `GET /cases/stream?<query>` (staff): a live work queue as server-sent events — `entered`,
 * `changed` and `left`, each with the case view — from every router sharing the store.
 */
export const queueStream: Route = {
  method: 'GET',
  path: '/cases/stream',
  handle: async ({ principal, url, call }, web) => {
    if (principal.kind !== 'staff') throw new HttpProblemError('FORBIDDEN', 'Only staff follow work queues');
    const query = caseQueryFromParams(url.searchParams);
    const { limit: _limit, cursor: _cursor, ...live } = query;
    // Refuse a bad query with a problem before the stream starts.
    await web.router.count(live);
    const body = boundedEventStream({
      signal: call.signal,
      keepAliveMs: web.keepAliveMs,
      bufferBytes: web.streamBufferBytes,
      start({ write, end }) {
        const send = (change: QueueChange) =>
          write(
            eventText(
              `id: ${change.position}\nevent: ${change.type}\ndata: ${JSON.stringify(change.case)}\n\n`,
            ),
          );
        let stop: (() => void) | undefined;
        let ended = false;
        web.router.watch(live, send).then(
          (unwatch) => {
            if (ended) unwatch();
            else stop = unwatch;
            write(eventText('event: ready\ndata: {}\n\n'));
          },
          (error: unknown) => end(eventText(`event: error\ndata: ${streamFailure(error)}\n\n`)),
        );
        return () => {
          ended = true;
          stop?.();
        };
      },
    });
    return {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
      },
      body,
    };
  },
};
