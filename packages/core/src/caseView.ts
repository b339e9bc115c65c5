import type { AnyMachineSnapshot, StateNode } from 'xstate';
import type { CaseRecord } from './caseStore.js';
import { deepFreeze } from './deepFreeze.js';
import type { AnyServiceDefinition } from './defineService.js';
import { SYSTEM_CHANNEL, type CaseView } from './types.js';

interface EventPartition {
  /** Events with an unguarded transition in the current state: allowed whatever the context. */
  always: ReadonlySet<string>;
  /** Events whose transitions all have guards: asked of the machine with `can()`. */
  guarded: string[];
}

const SYSTEM_VIA = { channel: SYSTEM_CHANNEL, actor: { id: 'router' } };
const MAX_CACHED_STATES = 1_000;

/** Builds case views; caches which events a state can take, since that depends only on the state. */
export function createViewBuilder() {
  // By machine and event schemas, which the versions and districts of one kind of service share:
  // a catalogue of ~10,000 service versions has a few dozen machines, so the cache never churns.
  const partitions = new WeakMap<object, WeakMap<object, Map<string, EventPartition>>>();

  function partition(service: AnyServiceDefinition, snapshot: AnyMachineSnapshot): EventPartition {
    const value = snapshot.value;
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    let byEvents = partitions.get(service.machine);
    if (!byEvents) {
      byEvents = new WeakMap();
      partitions.set(service.machine, byEvents);
    }
    let byState = byEvents.get(service.events);
    if (!byState) {
      byState = new Map();
      byEvents.set(service.events, byState);
    }
    let cached = byState.get(key);
    if (cached) return cached;
    const always = new Set<string>();
    const guarded: string[] = [];
    const nodes = (snapshot as unknown as { _nodes: StateNode<any, any>[] })._nodes;
    for (const type of Object.keys(service.events)) {
      const candidates = nodes.flatMap((node) => node.transitions.get(type) ?? []);
      if (candidates.length === 0) continue;
      if (candidates.some((transition) => !transition.guard)) always.add(type);
      else guarded.push(type);
    }
    cached = { always, guarded };
    // A parallel machine's state values are bounded too, but only by the product of its regions.
    if (byState.size >= MAX_CACHED_STATES) byState.clear();
    byState.set(key, cached);
    return cached;
  }

  /** The events the case can take now: those with an unguarded transition, and guarded ones that pass. */
  function enabledEvents(
    service: AnyServiceDefinition,
    snapshot: AnyMachineSnapshot,
    now: number,
  ): (type: string) => boolean {
    if (snapshot.status !== 'active') return () => false;
    const { always, guarded } = partition(service, snapshot);
    if (guarded.length === 0) return (type) => always.has(type);
    const passing = new Set<string>();
    for (const type of guarded) {
      try {
        if (snapshot.can({ type, at: now, via: SYSTEM_VIA })) passing.add(type);
      } catch {
        // A guard that reads the payload cannot be answered without one: let the channel try.
        passing.add(type);
      }
    }
    return (type) => always.has(type) || passing.has(type);
  }

  return function toCaseView(
    service: AnyServiceDefinition,
    record: CaseRecord,
    snapshot: AnyMachineSnapshot,
    now: number,
  ): CaseView {
    const enabled = enabledEvents(service, snapshot, now);
    const allowed: Record<string, string[]> = {};
    for (const channel of Object.keys(service.channels)) {
      const types: string[] = [];
      for (const type of service.channelEvents(channel)) if (enabled(type)) types.push(type);
      allowed[channel] = types;
    }
    return {
      id: record.id,
      ref: record.ref,
      service: { id: service.id, version: service.version },
      state: { value: snapshot.value, tags: [...snapshot.tags], done: snapshot.status === 'done' },
      // Frozen rather than copied: XState never mutates a context, and callers cannot either.
      context: deepFreeze(snapshot.context),
      version: record.version,
      allowed,
      openedAt: record.openedAt,
      updatedAt: record.updatedAt,
      openedVia: record.openedVia,
    };
  };
}

export type ToCaseView = ReturnType<typeof createViewBuilder>;
