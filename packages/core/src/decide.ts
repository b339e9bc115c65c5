import { type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, createActor } from 'xstate';
import type { AnyServiceDefinition } from './defineService.js';
import type { CaseEffect } from './types.js';

/** A timer the decision arms: XState's delayed `raise`, made durable by the router. */
export interface ArmedTimer {
  sendId: string;
  event: { type: string; [key: string]: unknown };
  delay: number;
}

/** The outcome of deciding one command with XState's pure transition functions. */
export interface Decision {
  snapshot: AnyMachineSnapshot;
  effects: CaseEffect[];
  cancel: string[];
  arm: ArmedTimer[];
}

interface ExecutableAction {
  type: string;
  params?: Record<string, any>;
}

function collect(snapshot: AnyMachineSnapshot, actions: ExecutableAction[]): Decision {
  const decision: Decision = { snapshot, effects: [], cancel: [], arm: [] };
  actions.forEach((action, index) => {
    const params = action.params ?? {};
    if (action.type === 'xstate.emit') {
      decision.effects.push(params.event as CaseEffect);
    } else if (action.type === 'xstate.raise' && typeof params.delay === 'number') {
      const sendId = typeof params.id === 'string' ? params.id : `xstate.raise.${index}`;
      // A re-armed id replaces the earlier timer, as XState's own scheduler does.
      decision.cancel.push(sendId);
      decision.arm = decision.arm.filter((timer) => timer.sendId !== sendId);
      decision.arm.push({ sendId, event: params.event, delay: params.delay });
    } else if (action.type === 'xstate.cancel' && typeof params.sendId === 'string') {
      decision.cancel.push(params.sendId);
      decision.arm = decision.arm.filter((timer) => timer.sendId !== params.sendId);
    }
    // Custom actions do not run: case machines are deciders and publish side effects with emit().
  });
  return decision;
}

type Decide = <T>(step: (scope: AnyActorScope) => T) => [T, ExecutableAction[]];

const deciders = new WeakMap<AnyStateMachine, Decide>();

/**
 * Runs a pure XState step in one inert actor scope per machine, collecting the actions it
 * would execute. XState's `transition()` and `initialTransition()` build a whole actor per call,
 * initial state included (which even throws inside when the context factory reads `input`):
 * that was a fifth of every command. Case machines neither invoke nor spawn, so nothing ever
 * registers in the scope's system and one scope serves every decision.
 */
function deciderFor(machine: AnyStateMachine): Decide {
  const known = deciders.get(machine);
  if (known) return known;
  const self = createActor(machine);
  let sink: ExecutableAction[] = [];
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: (action: ExecutableAction) => {
      sink.push(action);
    },
  } as unknown as AnyActorScope;
  const decide: Decide = (step) => {
    const actions: ExecutableAction[] = [];
    sink = actions;
    return [step(scope), actions];
  };
  deciders.set(machine, decide);
  return decide;
}

/** Decides the opening of a case: the machine's initial state for the given input. */
export function decideOpen(service: AnyServiceDefinition, input: unknown): Decision {
  const machine = service.machine;
  const [snapshot, actions] = deciderFor(machine)((scope) => machine.getInitialSnapshot(scope, input));
  return collect(snapshot, actions);
}

/**
 * Decides one event on a case; `undefined` when the machine would ignore it
 * (no enabled transition), which the router reports as `EVENT_NOT_ALLOWED`.
 */
export function decideEvent(
  service: AnyServiceDefinition,
  snapshot: AnyMachineSnapshot,
  event: { type: string; [key: string]: unknown },
): Decision | undefined {
  if (snapshot.status !== 'active') return undefined;
  const machine = service.machine;
  const [next, actions] = deciderFor(machine)((scope) => machine.transition(snapshot, event, scope));
  // XState returns the very same snapshot when no transition was enabled.
  if (next === snapshot && !snapshot.can(event)) return undefined;
  return collect(next, actions);
}

/** Revives a persisted snapshot into a machine snapshot the pure transition functions take. */
export function restoreSnapshot(service: AnyServiceDefinition, persisted: unknown): AnyMachineSnapshot {
  // Case machines have no children, so no actor scope is needed to revive them.
  return service.machine.restoreSnapshot(persisted as any, {} as any) as AnyMachineSnapshot;
}
