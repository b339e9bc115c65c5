import type { CaseView } from '@onecase/core';
import type { WorkOrderContext } from '@onecase/governance';
import type { CityRouter } from '../createCity.js';

const agent = { channel: 'hotline', actor: { id: 'agent-12', role: 'agent' } };
// Version 1 complaints (from a store an older demo filled) are accepted and answered on `staff`.
const envOfficer = { channel: 'staff', actor: { id: 'env-bureau.liu', role: 'department' } };
const cityOfficer = { channel: 'staff', actor: { id: 'urban-mgmt.qian', role: 'department' } };

/**
 * A department's clerk as a work order sees them: the `department` channel.
 *
 * @example
 * ```ts
 * await router.send(ref, { type: 'order.signFor', department }, { via: clerkOf(department) });
 * ```
 */
export function clerkOf(department: string) {
  return { channel: 'department', actor: { id: `${department}.clerk`, role: 'department' } };
}

/**
 * Answers the noise complaints an earlier run left waiting on a department, each on the version
 * it was opened with (a work order signed for and replied to by its lead, a version 1 complaint
 * accepted and answered on `staff`), and rates each in a satisfied return visit.
 *
 * @example
 * ```ts
 * await answerEarlierComplaints(router, earlier.filter((view) => view.service.id === 'noise-complaint'));
 * ```
 */
export async function answerEarlierComplaints(
  router: CityRouter,
  complaints: readonly CaseView[],
): Promise<void> {
  const answer = 'Inspected on site; the operator was ordered to stop the noise at night.';
  for (const view of complaints) {
    if (view.state.value !== 'dispatched' && view.state.value !== 'handling') continue;
    if (view.service.version === 1) {
      const officer = view.openedVia.channel === 'web' ? cityOfficer : envOfficer;
      if (view.state.value === 'dispatched')
        await router.send(view.ref, { type: 'case.accept' }, { via: officer });
      await router.send(view.ref, { type: 'case.reply', answer }, { via: officer });
    } else {
      const department = (view.context as WorkOrderContext).lead!;
      const via = clerkOf(department);
      if (view.state.value === 'dispatched')
        await router.send(view.ref, { type: 'order.signFor', department }, { via });
      await router.send(view.ref, { type: 'order.reply', department, answer }, { via });
    }
    await router.send(view.ref, { type: 'visit.rate', score: 5, comment: 'Quiet at last' }, { via: agent });
  }
}
