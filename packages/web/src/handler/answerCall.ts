import { authenticateCall } from '../access/authenticateCall.js';
import { HttpProblemError } from '../httpProblemError.js';
import type { Authenticate } from '../principal.js';
import { errorReply } from './problemReply.js';
import { type CompiledRoute, matchRoute } from './routeTable.js';
import type { WebCall, WebReply } from './webCall.js';
import type { WebContext } from './webContext.js';

/** What `answerCall` runs on: the context, the compiled routes and who decides who asks. */
export interface WebApp {
  web: WebContext;
  routes: readonly CompiledRoute[];
  authenticate: Authenticate;
}

/**
 * Answers one call: finds its route and method (`OPTIONS` and `HEAD` derived), asks who
 * sent it, runs the handler and turns any refusal into a problem answer.
 */
export async function answerCall(app: WebApp, call: WebCall): Promise<WebReply> {
  const { web } = app;
  const conditional = call.headers.get('if-match') !== null;
  let pathname = '/';
  try {
    const url = new URL(call.url, 'http://localhost');
    pathname = url.pathname;
    const found = matchRoute(app.routes, web.basePath, pathname);
    if (!found) throw new HttpProblemError('NOT_FOUND', `No route ${pathname}`, { path: pathname });
    const { route, params } = found;
    if (call.method === 'OPTIONS') return { status: 204, headers: { allow: route.allow }, body: null };
    const head = call.method === 'HEAD';
    const method = route.methods.get(head ? 'GET' : call.method);
    if (!method) {
      throw new HttpProblemError(
        'METHOD_NOT_ALLOWED',
        `${call.method} is not allowed here; use ${route.allow}`,
        {
          method: call.method,
          allow: route.allow,
        },
      );
    }
    const principal = await authenticateCall(app.authenticate, call, url, web);
    if (!principal && !method.public)
      throw new HttpProblemError('UNAUTHENTICATED', 'Sign in to use this route');
    const reply = await method.handle({ call, url, params, principal }, web);
    if (!head) return reply;
    // A HEAD answer has the GET's status and headers; its body (an event stream too) is never started.
    if (reply.body instanceof ReadableStream) await reply.body.cancel();
    return { status: reply.status, headers: reply.headers, body: null };
  } catch (error) {
    return errorReply(web, error, call, pathname, conditional);
  }
}
