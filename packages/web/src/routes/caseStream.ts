import { visibleCase } from '../access/visibleCase.js';
import type { Route } from '../handler/routeTable.js';
import { HttpProblemError } from '../httpProblemError.js';
import { openCaseStream } from '../stream/openCaseStream.js';

/** `GET /cases/:ref/stream`: the case as server-sent events, through the handler's shared feed. */
export const caseStream: Route = {
  method: 'GET',
  path: '/cases/:ref/stream',
  handle: async ({ principal, params, call }, web) => {
    const { id } = await visibleCase(web.router, principal, params.ref!);
    if (web.feed.full(id)) {
      throw new HttpProblemError('TOO_MANY_REQUESTS', 'Too many streams follow this case; try again later', {
        caseId: id,
      });
    }
    const body = openCaseStream({
      read: () => web.router.get(id),
      subscribe: (send) => web.feed.subscribe(id, send),
      signal: call.signal,
      keepAliveMs: web.keepAliveMs,
      bufferBytes: web.streamBufferBytes,
    });
    return {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // Tells nginx-style proxies not to buffer the stream.
        'x-accel-buffering': 'no',
      },
      body,
    };
  },
};
