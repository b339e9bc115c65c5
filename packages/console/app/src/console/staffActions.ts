import type { CaseView, ServiceDescriptor } from '../shared/index.js';
import type { ChartJson, StaffMe } from './consoleApi.js';

/** One thing the signed-in member of staff may do now: an event and the channel to send it on. */
export interface StaffAction {
  type: string;
  channel: string;
}

/**
 * The events the case allows now on any of the principal's channels (`view.allowed`), each
 * once — plus the guarded events of the current state on those channels (from the state
 * chart) whose payload has required fields: `allowed` asks the machine without a payload, so
 * it leaves out a move whose guard reads one (a department signs for only its own order, a
 * re-dispatch needs its new lead). The server still checks them when they are sent.
 */
export function actionsFor(
  view: CaseView,
  me: StaffMe,
  chart: ChartJson | undefined,
  state: string,
  descriptor: ServiceDescriptor,
): StaffAction[] {
  const seen = new Set<string>();
  const actions: StaffAction[] = [];
  const add = (type: string, channel: string) => {
    if (seen.has(type)) return;
    seen.add(type);
    actions.push({ type, channel });
  };
  for (const channel of me.channels) for (const type of view.allowed[channel] ?? []) add(type, channel);
  if (view.state.done) return actions;
  for (const transition of chart?.transitions ?? []) {
    const here =
      transition.from === '*' || state === transition.from || state.startsWith(`${transition.from}.`);
    if (!here || transition.event === null || transition.guard === undefined) continue;
    const required = (descriptor.events[transition.event]?.schema.required ?? []) as string[];
    if (required.length === 0) continue;
    const channel = me.channels.find((candidate) => transition.channels.includes(candidate));
    if (channel) add(transition.event, channel);
  }
  return actions;
}
