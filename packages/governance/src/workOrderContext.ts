import type { CaseMachineInput } from '@onecase/core';
import type { workOrderInput } from './workOrderEvents.js';
import type { RouteResult } from './defineDirectory.js';
import type { WorkOrderRules } from './workOrderMachine.js';
import type { WorkOrderContext, WorkOrderFact } from './workOrderTypes.js';

type Input = CaseMachineInput<ReturnType<typeof workOrderInput>>;

const fact = (at: number, type: string, extra: Omit<WorkOrderFact, 'at' | 'type'> = {}): WorkOrderFact => ({
  at,
  type,
  ...extra,
});

// Written out rather than spread: a spread copy that is later frozen (case views freeze the
// context) gets a V8 map of its own, one per case, and every read of it goes megamorphic.
function routeCopy(route: RouteResult): RouteResult {
  return route.routed
    ? { routed: true, lead: route.lead, coHandlers: [...route.coHandlers], unit: route.unit }
    : { routed: false, reason: route.reason, category: route.category, unit: route.unit };
}

/** The context a work order opens with: where it is (unit matched from the address), what the directory proposes, empty facts. */
export function initialWorkOrderContext(rules: WorkOrderRules, input: Input): WorkOrderContext {
  const { jurisdictions, directory } = rules;
  const unit =
    (input.unit && jurisdictions.get(input.unit)) ||
    (input.address ? jurisdictions.match(input.address) : undefined);
  const district = unit ? (jurisdictions.path(unit.id)[1]?.id ?? null) : null;
  const street = unit ? (jurisdictions.path(unit.id)[2]?.id ?? null) : null;
  return {
    category: input.category,
    description: input.description,
    address: input.address ?? null,
    details: Object.fromEntries(
      rules.detailKeys.flatMap((key) => {
        const value = (input as unknown as Record<string, unknown>)[key];
        return value === undefined ? [] : [[key, value]];
      }),
    ),
    unit: unit?.id ?? null,
    district,
    street,
    suggested: routeCopy(directory.route({ category: input.category, unit: unit?.id ?? null })),
    lead: null,
    coHandlers: [],
    clock: null,
    extension: null,
    suspension: null,
    visitDueAt: null,
    reply: null,
    mergedInto: null,
    duplicates: [],
    urges: 0,
    notes: [],
    log: [fact(input.at, 'order.received', { channel: input.via.channel, unit: unit?.id ?? null })],
    facts: {
      channel: input.via.channel,
      category: input.category,
      district,
      street,
      department: null,
      receivedAt: input.at,
      firstDispatchedAt: null,
      dispatchedAt: null,
      signedAt: null,
      signForMissed: false,
      repliedAt: null,
      resolveMissed: false,
      closedAt: null,
      closeReason: null,
      satisfaction: null,
      resolved: null,
      reopened: 0,
      returns: 0,
      extensions: 0,
      merged: false,
      withdrawn: false,
    },
  };
}
