import type { CaseEffect, EffectDelivery, HandleEffectsOptions, Logger, Router } from '@onecase/core';

/** A department's inbox: where dispatches, reminders and urges are delivered (a fake in the example city). */
export interface DepartmentInbox {
  deliver(message: { department: string; kind: string; ref: string; effectId: string }): Promise<void> | void;
}

/** A text-message gateway to the citizen of a case (a fake in the example city: it logs). */
export interface SmsSender {
  send(message: { ref: string; template: string; effectId: string; text: string }): Promise<void> | void;
}

/** What the city's effect delivery remembers, so a redelivered effect is not sent twice. */
export interface DeliveredLog {
  has(effectId: string): boolean;
  add(effectId: string): void;
}

/** The fakes the example city uses: an inbox per department and an SMS sender that log what they get. */
export function createCityOutbox(logger?: Pick<Logger, 'info'>) {
  const inbox: { department: string; kind: string; ref: string; effectId: string }[] = [];
  const sms: { ref: string; template: string; effectId: string; text: string }[] = [];
  return {
    inbox,
    sms,
    departments: {
      deliver(message) {
        inbox.push(message);
        logger?.info(
          { department: message.department, kind: message.kind, ref: message.ref },
          'department notified',
        );
      },
    } satisfies DepartmentInbox,
    sender: {
      send(message) {
        sms.push(message);
        logger?.info({ ref: message.ref, template: message.template }, 'SMS sent to the citizen');
      },
    } satisfies SmsSender,
  };
}

// The department each effect is for: v1 services name it `department`, a work order's dispatch its `lead`.
const DEPARTMENT_EFFECTS: Record<string, { kind: string; field: 'department' | 'lead' }> = {
  'department.notify': { kind: 'dispatch', field: 'department' },
  'department.reminder': { kind: 'reminder', field: 'department' },
  'department.urged': { kind: 'urge', field: 'department' },
  // A work order (the noise complaint v2, street facilities): 派单, 催办 and 督办 of the lead department.
  'order.dispatched': { kind: 'dispatch', field: 'lead' },
  'escalation.remind': { kind: 'reminder', field: 'department' },
  'escalation.supervise': { kind: 'supervision', field: 'department' },
};

function citizenText(effect: CaseEffect, ref: string): string {
  if (effect.template === 'noise-reply' || effect.type === 'citizen.reply')
    return `Your case ${ref} has a reply from the department: ${String(effect.answer ?? '')}`;
  return `Your case ${ref} was updated.`;
}

/**
 * Delivers the city's effects through the outbox: department notifications to their inbox,
 * citizen notices as SMS. Each delivery is idempotent on the effect id, so the at-least-once
 * redelivery after a crash never notifies twice. Returns the stop function.
 *
 * @example
 * ```ts
 * const outbox = createCityOutbox(logger);
 * const stop = startCityEffects(city, { departments: outbox.departments, sms: outbox.sender });
 * ```
 */
export function startCityEffects(
  router: Pick<Router, 'handleEffects'>,
  targets: { departments: DepartmentInbox; sms: SmsSender; delivered?: DeliveredLog },
  options?: HandleEffectsOptions,
): () => Promise<void> {
  const delivered = targets.delivered ?? new Set<string>();
  const once =
    (work: (delivery: EffectDelivery) => Promise<void> | void) => async (delivery: EffectDelivery) => {
      if (delivered.has(delivery.id)) return;
      await work(delivery);
      delivered.add(delivery.id);
    };
  const text = once(({ id, effect, case: view }) =>
    targets.sms.send({
      ref: view.ref,
      template: String(effect.template ?? (effect.type === 'citizen.reply' ? 'reply' : 'update')),
      effectId: id,
      text: citizenText(effect, view.ref),
    }),
  );
  const handlers: Record<string, (delivery: EffectDelivery) => Promise<void>> = {
    'citizen.notify': text,
    'citizen.reply': text,
  };
  for (const [type, { kind, field }] of Object.entries(DEPARTMENT_EFFECTS)) {
    handlers[type] = once(({ id, effect, case: view }) =>
      targets.departments.deliver({
        department: String(effect[field] ?? 'unassigned'),
        kind,
        ref: view.ref,
        effectId: id,
      }),
    );
  }
  return router.handleEffects(handlers, options);
}
