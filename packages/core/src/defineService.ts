// Over 350 lines: the service configuration types and the definition checks that read them, in the order defineService runs them; the label checks live in labels.ts / valueLabels.ts / eventFieldLabels.ts.
import type { AnyStateMachine, ContextFrom, StateNode, StateValue } from 'xstate';
import type { IndexValue } from './caseQuery.js';
import { z } from 'zod';
import { CaseError } from './caseError.js';
import { payloadsOf } from './eventFieldLabels.js';
import { checkLabels, inputFieldNames, machineStatePaths, pathsOf, type ServiceLabelSet } from './labels.js';
import type { Via } from './types.js';

/** Zod schemas of every event a channel may send, keyed by event type. */
export type EventSchemas = Record<string, z.ZodType<Record<string, unknown>>>;

/** Which events each channel may send: a list, or `'*'` for every declared event. */
export type ChannelPolicies<TEvents extends EventSchemas> = Record<
  string,
  readonly (keyof TEvents & string)[] | '*'
>;

/** What the router adds to every event and to the opening input before the machine sees it. */
export interface CommandMeta {
  /** When the router accepted the command (the router's clock, epoch ms). */
  at: number;
  via: Via;
}

/** A payload type as written in the event: an empty `z.object({})` adds no fields. */
type PayloadOf<T> = string extends keyof T ? unknown : T;

/**
 * The events a case machine receives for a map of event schemas: `{ type, ...payload, at, via }`.
 * Use it in `setup({ types: { events: {} as CaseMachineEvents<typeof events> } })`.
 */
export type CaseMachineEvents<TEvents extends EventSchemas> = {
  [K in keyof TEvents & string]: { type: K } & PayloadOf<z.output<TEvents[K]>> & CommandMeta;
}[keyof TEvents & string];

/** The machine input for an input schema: the validated input plus `at` and `via`. */
export type CaseMachineInput<TInput extends z.ZodType> = z.output<TInput> & CommandMeta;

export interface ServiceConfig<
  TId extends string,
  TMachine extends AnyStateMachine,
  TInput extends z.ZodType,
  TEvents extends EventSchemas,
> {
  /** Stable kebab-case id, e.g. `noise-complaint`. */
  id: TId;
  /** Cases stay on the version they opened with; new cases open on the highest registered. */
  version: number;
  title: string;
  /** 2–6 letters before the citizen-facing reference (`NC` → `NC-7K4M9-QXH2T`). */
  refPrefix: string;
  description?: string;
  machine: TMachine;
  input: TInput;
  events: TEvents;
  /** The events each channel may send; a channel not listed may send none. */
  channels: ChannelPolicies<TEvents>;
  /** Channels that may open a case (default: every channel listed in `channels`). */
  open?: readonly string[];
  /**
   * What `router.list` may filter and sort on: scalar values computed from the case after
   * every commit (e.g. `department: ({ context }) => context.department ?? null`) and stored
   * with the record. A new service version may change them; they apply to cases on it.
   */
  index?: ServiceIndex<ContextFrom<TMachine>>;
  /**
   * The work queues worth a composite index in a SQL store: index fields compared for
   * equality first, the field the queue is sorted by last (`[['department', 'dueAt']]`: "my
   * department's cases, due soonest"). Every index field also gets an index of its own.
   */
  queueIndexes?: readonly (readonly string[])[];
  /**
   * The type of some index fields (`{ dueAt: 'number' }`): a commit whose value is of another
   * type is refused (`INVALID_DEFINITION`), and `router.aggregate` refuses a sum, mean or
   * percentile of a field declared other than `number`. Undeclared fields may hold any scalar.
   */
  indexTypes?: Readonly<Record<string, IndexType>>;
  /**
   * What people read instead of ids, by locale (`zh-CN`, `en`): the title and description, a
   * label (and optional hint) for every input field, every event and every leaf state. A
   * declared locale must label all of them; `labelsFor` falls back zh-CN → en → the id.
   */
  labels?: ServiceLabelSet;
}

/** What an index function sees: the case's context and state after a commit. */
export interface IndexSource<TContext> {
  context: TContext;
  state: { value: StateValue; tags: string[]; done: boolean };
}

/** What an index field holds, when a service declares it (`indexTypes`). */
export type IndexType = 'string' | 'number' | 'boolean';

/** Index fields by name, each a function of the case after a commit. */
export type ServiceIndex<TContext = any> = Record<string, (source: IndexSource<TContext>) => IndexValue>;

/** A validated service, ready for `createRouter`. */
export interface ServiceDefinition<
  TId extends string = string,
  TMachine extends AnyStateMachine = AnyStateMachine,
  TInput extends z.ZodType = z.ZodType,
  TEvents extends EventSchemas = EventSchemas,
> extends Readonly<ServiceConfig<TId, TMachine, TInput, TEvents>> {
  /** `id@version`. */
  readonly key: string;
  /** The event types `channel` may send under its policy (empty when the channel is not listed). */
  channelEvents(channel: string): ReadonlySet<string>;
  /** Whether `channel` may open a case of this service. */
  canOpen(channel: string): boolean;
}

// `any` events: a concrete service's channel policies are narrower than those of `EventSchemas`.
export type AnyServiceDefinition = ServiceDefinition<string, AnyStateMachine, z.ZodType, any>;

/** The validated input a service's `open()` takes. */
export type InputFrom<S> = S extends ServiceDefinition<any, any, infer TInput, any> ? z.input<TInput> : never;

/** The events a channel may send to cases of a service: `{ type, ...payload }`. */
export type CommandEventFrom<S> =
  S extends ServiceDefinition<any, any, any, infer TEvents>
    ? { [K in keyof TEvents & string]: { type: K } & PayloadOf<z.input<TEvents[K]>> }[keyof TEvents & string]
    : never;

const RESERVED_KEYS = ['type', 'at', 'via'];

function invalid(service: string, message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_DEFINITION', `Service '${service}': ${message}`, { service, ...details });
}

function allStateNodes(root: StateNode<any, any>): StateNode<any, any>[] {
  const nodes = [root];
  for (const child of Object.values(root.states ?? {})) nodes.push(...allStateNodes(child));
  return nodes;
}

function actionsOf(node: StateNode<any, any>): unknown[] {
  const actions: unknown[] = [...node.entry, ...node.exit];
  for (const transitions of node.transitions.values()) {
    for (const transition of transitions) actions.push(...transition.actions);
  }
  for (const transition of node.always ?? []) actions.push(...transition.actions);
  return actions;
}

function checkSchema(serviceId: string, what: string, schema: unknown): void {
  if (!(schema instanceof z.ZodType)) throw invalid(serviceId, `${what} must be a zod schema`);
  if (schema instanceof z.ZodObject) {
    const clash = Object.keys(schema.shape).find((key) => RESERVED_KEYS.includes(key));
    if (clash) throw invalid(serviceId, `${what} must not have a field '${clash}' (reserved for the router)`);
  }
}

/**
 * Declares a service: its case machine, the zod schemas of its input and events, and
 * which channel may send what. Checks the whole definition up front and throws
 * `CaseError` `INVALID_DEFINITION` naming the state or event at fault.
 *
 * @example
 * ```ts
 * const noise = defineService({
 *   id: 'noise-complaint', version: 1, title: 'Noise complaint', refPrefix: 'NC',
 *   machine, input: z.object({ address: z.string() }),
 *   events: { 'info.add': z.object({ note: z.string().min(1) }) },
 *   channels: { web: ['info.add'], counter: '*', hotline: ['info.add'] },
 * });
 * ```
 */
export function defineService<
  const TId extends string,
  TMachine extends AnyStateMachine,
  TInput extends z.ZodType,
  const TEvents extends EventSchemas,
>(config: ServiceConfig<TId, TMachine, TInput, TEvents>): ServiceDefinition<TId, TMachine, TInput, TEvents> {
  const id = String(config?.id ?? '');
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
    throw invalid(id, 'id must be kebab-case (e.g. "noise-complaint")');
  }
  if (!Number.isInteger(config.version) || config.version < 1) {
    throw invalid(id, `version must be a positive integer, got ${String(config.version)}`);
  }
  if (typeof config.refPrefix !== 'string' || !/^[A-Z]{2,6}$/.test(config.refPrefix)) {
    throw invalid(id, 'refPrefix must be 2 to 6 capital letters (e.g. "NC")');
  }
  const machine = config.machine as AnyStateMachine | undefined;
  if (!machine || typeof machine.getPersistedSnapshot !== 'function' || !machine.root) {
    throw invalid(id, 'machine must be an XState v5 machine made with setup().createMachine()');
  }
  checkSchema(id, 'input', config.input);
  const events = config.events ?? {};
  for (const [type, schema] of Object.entries(events)) {
    if (type.startsWith('xstate.')) throw invalid(id, `event '${type}' uses the reserved xstate. prefix`);
    checkSchema(id, `schema of event '${type}'`, schema);
  }

  const actorImplementations = Object.keys(machine.implementations.actors ?? {});
  if (actorImplementations.length > 0) {
    throw invalid(
      id,
      `machine declares actors (${actorImplementations.join(', ')}); case machines are deciders: use emit() for side effects`,
      {
        actors: actorImplementations,
      },
    );
  }
  const handled = new Set<string>();
  for (const node of allStateNodes(machine.root)) {
    if (node.invoke.length > 0) {
      throw invalid(
        id,
        `state '${node.id}' invokes an actor; case machines may not invoke (use emit() for side effects)`,
        {
          state: node.id,
        },
      );
    }
    const spawns = actionsOf(node).some(
      (action) => (action as { type?: string })?.type === 'xstate.spawnChild',
    );
    if (spawns) {
      throw invalid(
        id,
        `state '${node.id}' spawns an actor; case machines may not spawn (use emit() for side effects)`,
        {
          state: node.id,
        },
      );
    }
    for (const delay of Object.keys(node.config.after ?? {})) {
      if (Number.isNaN(Number(delay)) && !(delay in (machine.implementations.delays ?? {}))) {
        throw invalid(
          id,
          `state '${node.id}' waits after '${delay}', which is neither milliseconds nor a delay named in setup({ delays })`,
          {
            state: node.id,
            delay,
          },
        );
      }
    }
    for (const [type, transitions] of node.transitions) {
      if (type.startsWith('xstate.') || type === '*') continue;
      handled.add(type);
      if (!(type in events)) {
        throw invalid(id, `state '${node.id}' handles event '${type}' that has no schema in events`, {
          state: node.id,
          event: type,
          transitions: transitions.length,
        });
      }
    }
  }
  for (const type of Object.keys(events)) {
    if (!handled.has(type))
      throw invalid(id, `event '${type}' has a schema but no state handles it`, { event: type });
  }

  const policies = new Map<string, ReadonlySet<string>>();
  const channels = config.channels ?? {};
  if (Object.keys(channels).length === 0) throw invalid(id, 'channels must name at least one channel');
  for (const [channel, policy] of Object.entries(channels)) {
    if (policy === '*') {
      policies.set(channel, new Set(Object.keys(events)));
      continue;
    }
    if (!Array.isArray(policy))
      throw invalid(id, `policy of channel '${channel}' must be a list of events or '*'`);
    for (const type of policy) {
      if (!(type in events)) {
        throw invalid(id, `channel '${channel}' allows event '${type}' that is not declared in events`, {
          channel,
          event: type,
        });
      }
    }
    policies.set(channel, new Set(policy));
  }
  const none: ReadonlySet<string> = new Set();
  if (config.open !== undefined) {
    const valid =
      Array.isArray(config.open) && config.open.every((c) => typeof c === 'string' && c.length > 0);
    if (!valid || config.open.length === 0)
      throw invalid(id, 'open must be a non-empty list of channel names');
  }
  const openers = new Set(config.open ?? Object.keys(channels));
  for (const [name, compute] of Object.entries(config.index ?? {})) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(name) || name === 'openedAt' || name === 'updatedAt') {
      throw invalid(
        id,
        `index field '${name}' must be a plain identifier (letters, digits, _) other than openedAt/updatedAt`,
        {
          field: name,
        },
      );
    }
    if (typeof compute !== 'function')
      throw invalid(id, `index field '${name}' must be a function of the case`, { field: name });
  }
  for (const [name, type] of Object.entries(config.indexTypes ?? {})) {
    if (!Object.hasOwn(config.index ?? {}, name) || !['string', 'number', 'boolean'].includes(type)) {
      throw invalid(
        id,
        `indexTypes.${name} must name an index field and be 'string', 'number' or 'boolean'`,
        {
          field: name,
        },
      );
    }
  }
  for (const fields of config.queueIndexes ?? []) {
    const unknown =
      Array.isArray(fields) && fields.length > 0
        ? fields.find((field) => !Object.hasOwn(config.index ?? {}, field))
        : '(an empty list)';
    if (unknown !== undefined) {
      throw invalid(id, `queue index [${String(fields)}] names ${unknown}, which is not an index field`, {
        field: unknown,
      });
    }
  }

  const states = machineStatePaths(machine);
  checkLabels(id, {
    title: config.title,
    fields: inputFieldNames(config.input),
    ...pathsOf(config.input),
    events: Object.keys(events),
    payloads: payloadsOf(events),
    states: states.leaves,
    parentStates: states.parents,
    ...(config.labels !== undefined ? { labels: config.labels } : {}),
  });

  return Object.freeze({
    id: config.id,
    version: config.version,
    title: config.title,
    refPrefix: config.refPrefix,
    description: config.description,
    machine: config.machine,
    input: config.input,
    events: config.events,
    channels: config.channels,
    open: config.open,
    index: config.index,
    queueIndexes: config.queueIndexes,
    indexTypes: config.indexTypes,
    labels: config.labels,
    key: `${id}@${config.version}`,
    channelEvents: (channel: string) => policies.get(channel) ?? none,
    canOpen: (channel: string) => openers.has(channel),
  });
}
