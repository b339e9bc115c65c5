import type { Router } from '@onecase/core';

const as = (channel: string) => ({ via: { channel, actor: { id: 'officer-7', role: 'officer' } } });

/**
 * Takes a 12345 work order from receipt to its reply the way the centre and the department do:
 * the centre dispatches it to the directory's lead, the lead signs for it and answers.
 */
export async function answerWorkOrder(router: Router<any>, ref: string, answer: string): Promise<void> {
  await router.send(ref, { type: 'order.dispatch' } as never, as('centre'));
  const { context } = await router.get(ref);
  const department = (context as { lead: string | null }).lead;
  if (!department) throw new Error(`work order ${ref} was not routed to a department`);
  await router.send(ref, { type: 'order.signFor', department } as never, as('department'));
  await router.send(ref, { type: 'order.reply', department, answer } as never, as('department'));
}
