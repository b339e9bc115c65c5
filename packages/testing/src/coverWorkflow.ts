import {
  type AnyServiceDefinition,
  type CaseRecord,
  type CaseStore,
  type CommandEventFrom,
  type EventSchemas,
  type InputFrom,
  formatStateValue,
  isCaseError,
  memoryStore,
  type Via,
} from '@onecase/core';
import { type AnyMachineSnapshot, type StateValue, matchesState } from 'xstate';
import { getShortestPaths, getSimplePaths, getStateNodes } from 'xstate/graph';
import { createFakeClock } from './createFakeClock.js';
import { createTestRouter } from './createTestRouter.js';
import { WorkflowAssertionError } from './workflowSpec.js';

type PayloadOf<E> = E extends { type: string } ? Omit<E, 'type'> : never;

/** Sample payloads per event type, used to build the events a path may take. */
export type EventSamples<S> = {
  [K in CommandEventFrom<S>['type']]?: PayloadOf<Extract<CommandEventFrom<S>, { type: K }>>[];
};

/** What `coverWorkflow` opens each path with, the payloads it may send and how it picks paths. */
export interface CoverWorkflowOptions<S extends AnyServiceDefinition> {
  /** The input each path opens its case with. */
  input: InputFrom<S>;
  /**
   * Payloads to try for each event. An event without samples is tried with `{}` when its
   * schema accepts that; otherwise coverWorkflow fails naming it.
   */
  samples?: EventSamples<S>;
  /** The channel each event is sent through; default: the first channel whose policy allows it. */
  channels?: Partial<Record<CommandEventFrom<S>['type'], string>>;
  /** `shortest` (default): one shortest path per state; `simple`: every path without a repeated state. */
  paths?: 'shortest' | 'simple';
  /** The fake clock's start. */
  start?: number | string | Date;
}

/** One driven path: the events from the opening to a state. */
export interface CoveredPath {
  /** The state the path reaches, e.g. `active.valid`. */
  state: string;
  /** Event types in order (`xstate.after.*` for timers). */
  events: string[];
}

/** What coverWorkflow drove, for further assertions. */
export interface CoverageReport {
  /** Every state node id of the machine, e.g. `noiseComplaint.handling`. */
  states: string[];
  paths: CoveredPath[];
}

interface TraversalEvent {
  type: string;
  at: number;
  via: Via;
  [key: string]: unknown;
}

function isTimerEvent(type: string): boolean {
  return type.startsWith('xstate.after.');
}

/** A store whose loads go through JSON, so each step starts from what a SQL store would return. */
function jsonRoundTripStore(store: CaseStore): CaseStore {
  return {
    ...store,
    async load(caseId: string): Promise<CaseRecord | undefined> {
      const record = await store.load(caseId);
      return record === undefined ? undefined : (JSON.parse(JSON.stringify(record)) as CaseRecord);
    },
  };
}

/** Where a value stops being plain JSON (a Date, a Map, undefined, NaN …), or undefined when it is JSON. */
function nonJsonPath(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nonJsonPath(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return path;
    for (const [key, item] of Object.entries(value)) {
      const found = nonJsonPath(item, `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return path;
}

function fail(service: AnyServiceDefinition, problems: string[], expected: unknown, actual: unknown): never {
  throw new WorkflowAssertionError(
    `coverWorkflow(${service.id}@${service.version}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    expected,
    actual,
  );
}

/**
 * Generates the shortest event paths to every state of a service's machine (with
 * `xstate/graph`), drives each one through a fresh test router per step — so every step
 * starts from the stored, JSON round-tripped case — and fails naming any state no path
 * reaches or any step where the router's state differs from the plain machine's.
 * Timers (`after`) are taken by moving the fake clock to when they are due.
 *
 * @example
 * ```ts
 * it('reaches every state', () =>
 *   coverWorkflow(noiseComplaint, {
 *     input: { address: '8 Dongfeng Rd', description: 'Drilling at night' },
 *     samples: { 'visit.rate': [{ score: 5 }, { score: 1 }], 'case.dispatch': [{ department: 'Environment' }] },
 *   }));
 * ```
 */
export async function coverWorkflow<const S extends AnyServiceDefinition>(
  service: S,
  options: CoverWorkflowOptions<S>,
): Promise<CoverageReport> {
  const clock = createFakeClock(options.start);
  const start = clock.now();
  const samples = (options.samples ?? {}) as Record<string, Record<string, unknown>[] | undefined>;
  const problems: string[] = [];

  const channelFor = new Map<string, string>();
  const payloadsFor = new Map<string, Record<string, unknown>[]>();
  for (const [type, schema] of Object.entries(service.events as EventSchemas)) {
    const chosen = (options.channels as Record<string, string> | undefined)?.[type];
    const channel = chosen ?? Object.keys(service.channels).find((c) => service.channelEvents(c).has(type));
    if (channel === undefined || !service.channelEvents(channel).has(type)) {
      problems.push(
        `event '${type}' is allowed on no channel${chosen ? ` (asked for '${chosen}')` : ''}, so no path can send it`,
      );
      continue;
    }
    channelFor.set(type, channel);
    const given = samples[type] ?? [{}];
    const parsed = given.map((payload, index) => ({ index, result: schema.safeParse(payload) }));
    const invalid = parsed.filter(({ result }) => !result.success);
    if (invalid.length > 0) {
      const detail = invalid
        .map(
          ({ index, result }) =>
            `${given.length > 1 ? `#${index + 1}: ` : ''}${result.error?.issues.map((i) => `${i.path.join('.') || '(payload)'} ${i.message}`).join('; ')}`,
        )
        .join(', ');
      problems.push(
        samples[type] === undefined
          ? `event '${type}' needs a sample payload in options.samples (its schema refuses {}: ${detail})`
          : `sample of '${type}' does not match its schema (${detail})`,
      );
      continue;
    }
    payloadsFor.set(
      type,
      parsed.map(({ result }) => result.data as Record<string, unknown>),
    );
  }
  for (const type of Object.keys(samples)) {
    if (!(type in service.events))
      problems.push(`options.samples names '${type}', which the service does not declare`);
  }
  const inputResult = service.input.safeParse(options.input);
  if (!inputResult.success)
    problems.push(`options.input does not match the input schema: ${inputResult.error.message}`);
  if (problems.length > 0) fail(service, problems, 'valid options', problems);

  const openVia = (channel: string): Via => ({ channel, actor: { id: `cover-${channel}` } });
  const openChannel = Object.keys(service.channels)[0]!;
  const machine = service.machine;
  const machineInput = {
    ...(inputResult.data as Record<string, unknown>),
    at: start,
    via: openVia(openChannel),
  };

  const events = (snapshot: AnyMachineSnapshot): TraversalEvent[] => {
    const types = new Set(snapshot._nodes.flatMap((node) => node.ownEvents));
    return [...types].flatMap((type): TraversalEvent[] => {
      if (isTimerEvent(type))
        return [{ type, at: start, via: { channel: 'system', actor: { id: 'scheduler' } } }];
      const channel = channelFor.get(type);
      if (channel === undefined) return [];
      return (payloadsFor.get(type) ?? []).map((payload) => ({
        ...payload,
        type,
        at: start,
        via: openVia(channel),
      }));
    });
  };
  const traversal = {
    input: machineInput,
    events,
    // States are told apart by value: context holds counters and times that would never repeat.
    serializeState: (snapshot: AnyMachineSnapshot) => JSON.stringify(snapshot.value),
    serializeEvent: (event: TraversalEvent) => {
      const { at: _at, via, ...rest } = event;
      return JSON.stringify({ ...rest, channel: via.channel });
    },
  };
  const generate = options.paths === 'simple' ? getSimplePaths : getShortestPaths;
  const paths = generate(machine, traversal as never) as unknown as {
    state: AnyMachineSnapshot;
    steps: { event: TraversalEvent; state: AnyMachineSnapshot }[];
  }[];

  const allStates = getStateNodes(machine.root).map((node) => node.id);
  const reached = new Set<string>([machine.root.id]);
  for (const path of paths) for (const node of path.state._nodes) reached.add(node.id);
  for (const id of allStates.filter((state) => !reached.has(state))) {
    problems.push(`state '${id}' cannot be reached from the initial state with the given samples`);
  }

  const report: CoverageReport = { states: allStates, paths: [] };
  for (const path of paths) {
    const steps = path.steps.filter((step) => step.event.type !== 'xstate.init');
    const events = steps.map((step) => step.event.type);
    const target = formatStateValue(path.state.value);
    report.paths.push({ state: target, events });
    const problem = await drive(service, steps, machineInput, options.start);
    if (problem) problems.push(`path to ${target} [${events.join(' → ') || 'open'}]: ${problem}`);
  }
  if (problems.length > 0) fail(service, problems, 'every state reached, router equal to machine', problems);
  return report;
}

async function drive(
  service: AnyServiceDefinition,
  steps: { event: TraversalEvent; state: AnyMachineSnapshot }[],
  input: Record<string, unknown> & { via: Via },
  start: number | string | Date | undefined,
): Promise<string | undefined> {
  const store = memoryStore();
  const clock = createFakeClock(start);
  // A fresh router for every step: nothing survives in memory between steps but the store.
  const router = () =>
    createTestRouter({
      services: [service] as readonly AnyServiceDefinition[],
      store: jsonRoundTripStore(store),
      clock,
    });
  const { at: _at, via, ...payload } = input;
  let ref: string;
  try {
    ref = (await router().open({ service: service.id, input: payload, via } as never)).ref;
  } catch (error) {
    return `opening the case was refused: ${(error as Error).message}`;
  }
  for (const [index, step] of steps.entries()) {
    const { type, at: _stepAt, via: stepVia, ...eventPayload } = step.event;
    const node = router();
    const label = `step ${index + 1} '${type}'`;
    try {
      if (isTimerEvent(type)) {
        const timer = (await node.timers(ref)).find((armed) => armed.event.type === type);
        if (!timer) return `${label}: the router armed no such timer`;
        clock.set(Math.max(clock.now(), timer.dueAt));
        await node.runDueTimers();
      } else {
        await node.send(ref, { type, ...eventPayload } as never, { via: stepVia });
      }
    } catch (error) {
      // The router refuses a context that would not survive a restart; name it as the check below does.
      if (isCaseError(error, 'INVALID_DEFINITION') && typeof error.details.path === 'string') {
        return `${label}: ${error.details.path} is not plain JSON (${error.message})`;
      }
      return `${label} via ${stepVia.channel} was refused: ${isCaseError(error) ? `${error.code}: ` : ''}${(error as Error).message}`;
    }
    const view = await router().get(ref);
    const expected = step.state.value as StateValue;
    if (!matchesState(expected, view.state.value) || !matchesState(view.state.value, expected)) {
      return `${label}: the router's case is in ${formatStateValue(view.state.value)} but the machine is in ${formatStateValue(expected)}`;
    }
    const impure = nonJsonPath(step.state.context, 'context');
    if (impure) return `${label}: ${impure} is not plain JSON (stores keep only JSON)`;
  }
  return undefined;
}
