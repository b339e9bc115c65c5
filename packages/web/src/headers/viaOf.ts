import { CaseError, type Via } from '@onecase/core';
import type { WebCall } from '../handler/webCall.js';
import { CHANNEL_HEADER, type Principal } from '../principal.js';

/**
 * Who acts and on which channel: citizens on the handler's channel, staff on the first of
 * their channels or the one `Onecase-Channel` names, if it is one of theirs.
 */
export function viaOf(principal: Principal, call: WebCall, defaultChannel: string): Via {
  const channels = principal.kind === 'citizen' ? [defaultChannel] : (principal.channels ?? [defaultChannel]);
  const asked = call.headers.get(CHANNEL_HEADER)?.trim() || channels[0];
  if (asked === undefined || !channels.includes(asked)) {
    throw new CaseError('CHANNEL_FORBIDDEN', `You may not act on channel '${asked ?? ''}'`, {
      channel: asked ?? null,
      channels: [...channels],
    });
  }
  const role = principal.kind === 'citizen' ? 'citizen' : principal.role;
  return { channel: asked, actor: { id: principal.id, role } };
}
