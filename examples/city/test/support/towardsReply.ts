import type { CaseView, Router } from '@onecase/core';

type Step = { type: string; payload: (view: CaseView, answer: string) => Record<string, unknown> };

const departmentOf = (view: CaseView) => {
  const context = view.context as { lead?: string; department?: string; unit?: string } | null;
  return context?.lead ?? context?.department ?? context?.unit ?? 'xuhui-env';
};

// What the centre and the department do to a complaint until it is answered, for both the
// city's noise complaint and a 12345 work order: the first step the case allows is taken.
const STEPS: Step[] = [
  { type: 'case.dispatch', payload: () => ({ department: '徐汇区生态环境局' }) },
  { type: 'order.dispatch', payload: () => ({}) },
  { type: 'case.accept', payload: () => ({ handler: '王工' }) },
  { type: 'order.signFor', payload: (view) => ({ department: departmentOf(view) }) },
  { type: 'case.reply', payload: (_view, answer) => ({ answer }) },
  { type: 'order.reply', payload: (view, answer) => ({ department: departmentOf(view), answer }) },
];
const REPLIES = new Set(['case.reply', 'order.reply']);

/**
 * Moves a case through dispatch, sign-for and reply on the staff channels, whichever the
 * service calls them; resolves whether a reply was sent.
 */
export async function driveTowardsReply(router: Router<any>, ref: string, answer: string): Promise<boolean> {
  for (let round = 0; round < 6; round++) {
    const view = await router.get(ref);
    const next = STEPS.flatMap((step) =>
      Object.entries(view.allowed)
        .filter(([channel, types]) => channel !== 'web' && types.includes(step.type))
        .map(([channel]) => ({ step, channel })),
    )[0];
    if (!next) return false;
    await router.send(ref, { type: next.step.type, ...next.step.payload(view, answer) } as never, {
      via: { channel: next.channel, actor: { id: 'officer-7', role: 'officer' } },
    });
    if (REPLIES.has(next.step.type)) return true;
  }
  return false;
}
