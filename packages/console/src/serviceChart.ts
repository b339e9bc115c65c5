import type { AnyServiceDefinition } from '@onecase/core';
import type { AnyStateNode } from 'xstate';

/** One state of a service's machine, by its dotted path (`handling.site`). */
export interface ChartState {
  path: string;
  /** The parent state's path; `null` at the top level. */
  parent: string | null;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** The path of the child a compound state starts in. */
  initial?: string;
  tags: string[];
}

/** One transition: an event (or a timer) moving a case from one state to another. */
export interface ChartTransition {
  /** The source state's path; `'*'` for a transition the machine takes in any state. */
  from: string;
  /** The target state's path (the source itself for an event taken without moving). */
  to: string;
  /** True for an event the state takes without leaving it (a note, an urge, an extension request). */
  internal?: true;
  /** The event type; `null` for a timer (`after`). */
  event: string | null;
  /** The named delay of a timer (`visitDueAt`), or the milliseconds as text. */
  after?: string;
  /** The guard's name when the move is conditional. */
  guard?: string;
  /** The channels whose policy lets them send the event. */
  channels: string[];
}

/** A service's state chart as data, for a client to draw and highlight a case's state on. */
export interface ServiceChart {
  service: { id: string; version: number };
  /** The path of the state a case opens in. */
  initial: string | null;
  states: ChartState[];
  transitions: ChartTransition[];
}

const pathOf = (node: AnyStateNode) => node.path.join('.');

function guardName(guard: unknown): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String(guard.type);
  return 'guard';
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => [child, ...descendants(child)]);
}

/**
 * Reads the state chart of any service from its machine: every state (nested ones with their
 * parent), and every transition with its event or timer, guard and the channels that may send
 * it. What the console draws a case's current state on; `@onecase/testing`'s `stateChart`
 * draws the same machine as Mermaid text.
 *
 * @example
 * ```ts
 * const chart = serviceChart(router.service('street-facility')!);
 * chart.transitions.filter((t) => t.from === 'dispatched').map((t) => t.event); // ['order.signFor', …]
 * ```
 */
export function serviceChart(service: AnyServiceDefinition): ServiceChart {
  const root = service.machine.root as AnyStateNode;
  const channelsOf = (type: string) =>
    Object.keys(service.channels).filter((channel) => service.channelEvents(channel).has(type));
  const states: ChartState[] = [];
  const transitions: ChartTransition[] = [];
  for (const node of [root, ...descendants(root)]) {
    const from = node === root ? '*' : pathOf(node);
    for (const transition of node.after) {
      const target = transition.target?.[0];
      if (!target) continue;
      transitions.push({
        from,
        to: pathOf(target),
        event: null,
        after: String(transition.delay),
        channels: [],
      });
    }
    for (const [type, list] of node.transitions) {
      if (type.startsWith('xstate.')) continue;
      for (const transition of list) {
        const target = transition.target?.[0];
        const guard = guardName(transition.guard);
        transitions.push({
          from,
          // An event the state takes without moving is kept (a client offers it), marked internal.
          ...(target ? { to: pathOf(target) } : { to: from, internal: true as const }),
          event: type,
          ...(guard !== undefined ? { guard } : {}),
          channels: channelsOf(type),
        });
      }
    }
    if (node === root) continue;
    const initial = node.initial?.target[0];
    states.push({
      path: pathOf(node),
      parent: node.path.length > 1 ? node.path.slice(0, -1).join('.') : null,
      type: node.type,
      ...(initial ? { initial: pathOf(initial) } : {}),
      tags: [...node.tags],
    });
  }
  const initial = root.initial?.target[0];
  return {
    service: { id: service.id, version: service.version },
    initial: initial ? pathOf(initial) : null,
    states,
    transitions,
  };
}
