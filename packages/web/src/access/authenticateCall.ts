import { HttpProblemError } from '../httpProblemError.js';
import type { Authenticate, Principal } from '../principal.js';
import type { WebCall } from '../handler/webCall.js';
import type { WebContext } from '../handler/webContext.js';
import { parsePrincipal, shapeOf } from './parsePrincipal.js';

/**
 * Asks `authenticate` who sent a call and fails closed: `null` (or `undefined`) is nobody; a
 * throw or anything that is not a well-formed principal is 401. The log names the path and
 * what went wrong, never the error's message or the principal's values, since either may
 * carry the credential.
 */
export async function authenticateCall(
  authenticate: Authenticate,
  call: WebCall,
  url: URL,
  web: WebContext,
): Promise<Principal | null> {
  let value: unknown;
  try {
    value = await authenticate(call.request());
  } catch (error) {
    web.logger?.warn?.(
      { method: call.method, path: url.pathname, error: (error as Error)?.name ?? typeof error },
      'onecase web: authenticate threw; answered 401',
    );
    throw new HttpProblemError('UNAUTHENTICATED', 'The credentials could not be checked');
  }
  if (value === null || value === undefined) return null;
  const principal = parsePrincipal(value);
  if (principal) return principal;
  web.logger?.error(
    { method: call.method, path: url.pathname, principal: shapeOf(value) },
    'onecase web: authenticate returned no well-formed citizen or staff principal; answered 401',
  );
  throw new HttpProblemError('UNAUTHENTICATED', 'The credentials name no citizen or member of staff');
}
