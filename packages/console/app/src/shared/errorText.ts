import { isApiError } from './apiError.js';
import type { Translate } from './i18n/locale.js';

/**
 * What a failed call means for the person, in their language: not reachable, not allowed at
 * this stage, changed meanwhile, signed out, forbidden, not found, or try again later.
 *
 * @example
 * ```ts
 * catch (error) { announce(errorText(error, t), 'assertive'); }
 * ```
 */
export function errorText(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.other');
  switch (error.code) {
    case 'NETWORK':
      return t('error.network');
    case 'EVENT_NOT_ALLOWED':
    case 'CHANNEL_FORBIDDEN':
      return t('error.notAllowed');
    case 'VERSION_CONFLICT':
      return t('error.conflict');
    case 'UNAUTHENTICATED':
      return t('error.unauthenticated');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'UNKNOWN_CASE':
    case 'NOT_FOUND':
      return t('error.notFound');
    case 'INVALID_INPUT':
      return t('issue.whole');
    default:
      return t('error.other');
  }
}
