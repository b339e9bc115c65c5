import { CaseError } from '../caseError.js';
import type { Logger } from '../types.js';

const DEV_SECRET = 'onecase-development-secret-do-not-use-in-production';

/** The router's secret. Without one, identifier hashes and the audit chain are keyed with a public value: say so loudly. */
export function routerSecret(options: { secret?: string; logger?: Logger }): string {
  if (options.secret !== undefined) {
    if (typeof options.secret !== 'string' || options.secret.length === 0) {
      throw new CaseError('INVALID_DEFINITION', 'createRouter: secret must be a non-empty string');
    }
    return options.secret;
  }
  if (process.env.NODE_ENV === 'production') {
    throw new CaseError(
      'INVALID_DEFINITION',
      'createRouter: no secret given and NODE_ENV=production; pass { secret } (identifier hashes and the audit chain are keyed with it)',
    );
  }
  const warning =
    'onecase: no secret given; using the public development secret (identifier hashes are guessable, the audit chain can be forged)';
  if (options.logger) options.logger.warn({}, warning);
  else process.stderr.write(`${warning}\n`);
  return DEV_SECRET;
}
