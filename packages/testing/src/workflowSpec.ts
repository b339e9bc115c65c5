// The given/when/then builder, its runner and its failure messages belong together: a failure names the step and shows the case as the runner saw it.
import {
  type AnyServiceDefinition,
  type CaseErrorCode,
  type CaseEvent,
  type CaseView,
  type CommandEventFrom,
  formatStateValue,
  type InputFrom,
  isCaseError,
  type Via,
} from '@onecase/core';
import { matchesState, type SnapshotFrom, type StateValue } from 'xstate';
import { createTestRouter, type TestRouter } from './createTestRouter.js';

/** The state values a service's machine can be in, e.g. `'received' | { active: 'valid' }`. */
export type StateValueFrom<S> = S extends AnyServiceDefinition
  ? SnapshotFrom<S['machine']>['value']
  : StateValue;

/** A command in a scenario: the event the channel sends, with the channel and actor that send it. */
export type SpecCommand<S> = CommandEventFrom<S> & { via?: Via };

/** Time passing in a scenario: the fake clock moves and every timer that becomes due fires. */
export interface SpecAdvance {
  advance: number | string;
}

/** One step of `given`: a command or time passing. */
export type SpecStep<S> = SpecCommand<S> | SpecAdvance;

/** What `then` expects: a state, or details of the outcome, or a refusal with its error code. */
export type SpecExpectation<S> =
  | StateValueFrom<S>
  | {
      /** The state the case is in (a parent state matches its children, as in XState's `matches`). */
      state?: StateValueFrom<S>;
      /** Tags the state must carry. */
      tags?: string[];
      /** Fields the context must have (compared deeply; other fields are ignored). */
      context?: Record<string, unknown>;
      /** Types of the effects `when` emitted, in order. */
      effects?: string[];
      /** Events the given channels may send now, e.g. `{ web: ['info.add'] }`. */
      allowed?: Record<string, string[]>;
    }
  | { error: CaseErrorCode };

/** How `workflowSpec` opens each scenario's case and who acts by default. */
export interface WorkflowSpecOptions<S extends AnyServiceDefinition> {
  /** The input every scenario opens its case with. */
  input: InputFrom<S>;
  /** Who acts when a step names no `via`; defaults to the first channel of the service. */
  via?: Via;
  /** The fake clock's start (default: 2026-01-05 09:00 in UTC+8). */
  start?: number | string | Date;
  /** Citizen identifiers given when the case is opened. */
  citizen?: { phone?: string; idNumber?: string; accountId?: string };
}

/** The outcome of a scenario, for assertions beyond the expectation. */
export interface SpecResult {
  case: CaseView;
  /** Every stored event of the case, the opening first. */
  history: CaseEvent[];
  router: TestRouter<readonly AnyServiceDefinition[]>;
}

/** A scenario after `when`: check the outcome with `then`. */
export interface SpecWhen<S> {
  /**
   * Checks the outcome: resolves with the case when it matches, rejects with a
   * `WorkflowAssertionError` naming expected and actual state and the allowed events when not.
   */
  then(expected: SpecExpectation<S>): Promise<SpecResult>;
}

/** A scenario after `given`: send one command (or let time pass) with `when`. */
export interface SpecGiven<S> {
  when(event: CommandEventFrom<S>, via?: Via): SpecWhen<S>;
  when(advance: SpecAdvance): SpecWhen<S>;
}

/** A service's specification: each `given` starts a fresh case on a fresh test router. */
export interface WorkflowSpec<S> {
  given(...steps: SpecStep<S>[]): SpecGiven<S>;
}

/**
 * A failed expectation of a workflow spec or a coverage run; vitest shows `expected` and
 * `actual` as a diff.
 *
 * @example
 * ```ts
 * await spec.given().when(event).then('closed').catch((e) => e instanceof WorkflowAssertionError && console.log(e.message));
 * ```
 */
export class WorkflowAssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly expected: unknown;
  readonly actual: unknown;
  readonly showDiff = true;

  constructor(message: string, expected: unknown, actual: unknown) {
    super(message);
    this.expected = expected;
    this.actual = actual;
  }
}

function formatAllowed(allowed: Record<string, string[]>): string {
  const lines = Object.entries(allowed).map(
    ([channel, events]) => `    ${channel}: ${events.length > 0 ? events.join(', ') : '(nothing)'}`,
  );
  return lines.join('\n');
}

function formatHistory(history: CaseEvent[]): string {
  return history
    .map(
      (event) =>
        `    ${event.seq}. ${event.type} via ${event.via.channel} → ${formatStateValue(event.stateAfter)}`,
    )
    .join('\n');
}

function isAdvance(step: unknown): step is SpecAdvance {
  return typeof step === 'object' && step !== null && 'advance' in step && !('type' in step);
}

function describeStep(step: object, via: Via | undefined): string {
  if (isAdvance(step)) return `time passing (${String(step.advance)})`;
  return `'${(step as { type: string }).type}' via ${via?.channel ?? '?'}`;
}

function partialMatch(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => partialMatch(actual[i], item))
    );
  }
  return Object.entries(expected).every(([key, value]) =>
    partialMatch((actual as Record<string, unknown>)[key], value),
  );
}

function isStateValue(value: unknown): value is StateValue {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      !Object.keys(value).some((key) =>
        ['state', 'tags', 'context', 'effects', 'allowed', 'error'].includes(key),
      ))
  );
}

type Outcome = { view: CaseView; effects: string[] } | { error: unknown };

/**
 * Specifies a service's workflow in given/when/then form over a test router with a fake
 * clock: `given` opens a case and replays commands (and time), `when` sends one more, `then`
 * checks the state or the refusal and explains a mismatch with the allowed events and history.
 *
 * @example
 * ```ts
 * const spec = workflowSpec(noiseComplaint, { input: { address: '8 Dongfeng Rd', description: 'Drilling at night' } });
 * await spec
 *   .given({ type: 'case.dispatch', department: 'Environment', via: hotline }, { advance: '1d' })
 *   .when({ type: 'case.accept' }, staff)
 *   .then('handling');
 * ```
 */
export function workflowSpec<const S extends AnyServiceDefinition>(
  service: S,
  options: WorkflowSpecOptions<S>,
): WorkflowSpec<S> {
  const firstChannel = Object.keys(service.channels)[0] ?? 'web';
  const defaultVia: Via = options.via ?? { channel: firstChannel, actor: { id: `${firstChannel}-tester` } };

  function given(...steps: SpecStep<S>[]): SpecGiven<S> {
    const run = async (when: SpecStep<S>, whenVia: Via | undefined) => {
      const router = createTestRouter({
        services: [service] as readonly AnyServiceDefinition[],
        ...(options.start !== undefined ? { start: options.start } : {}),
      });
      const opened = await router.open({
        service: service.id,
        input: options.input,
        via: defaultVia,
        ...(options.citizen ? { citizen: options.citizen } : {}),
      } as never);
      for (const [index, step] of steps.entries()) {
        const via = isAdvance(step) ? undefined : (step.via ?? defaultVia);
        try {
          await apply(router, opened.ref, step, via);
        } catch (error) {
          const view = await router.get(opened.ref);
          throw new WorkflowAssertionError(
            `given step ${index + 1} (${describeStep(step, via)}) was refused: ${(error as Error).message}\n` +
              `  case ${view.ref} is in ${formatStateValue(view.state.value)}; allowed now:\n${formatAllowed(view.allowed)}\n` +
              `  history:\n${formatHistory(await router.history(opened.ref))}`,
            'accepted',
            isCaseError(error) ? error.code : String(error),
          );
        }
      }
      const effects: string[] = [];
      const stop = router.on('case.effect', ({ effect }) => effects.push(effect.type));
      const via = isAdvance(when) ? undefined : (whenVia ?? defaultVia);
      let outcome: Outcome;
      try {
        outcome = { view: await apply(router, opened.ref, when, via), effects };
      } catch (error) {
        outcome = { error };
      } finally {
        stop();
      }
      return { router, ref: opened.ref, outcome, whenText: describeStep(when, via) };
    };

    return {
      when(step: SpecStep<S>, via?: Via): SpecWhen<S> {
        const command = isAdvance(step) ? step : ({ ...step, ...(via ? { via } : {}) } as SpecStep<S>);
        return {
          // biome-ignore lint/suspicious/noThenProperty: given/when/then is the vocabulary of workflow specs; awaiting the builder itself is detected and explained below.
          then(expected: SpecExpectation<S>, ...rest: unknown[]): Promise<SpecResult> {
            if (typeof expected === 'function' || typeof rest[0] === 'function') {
              // Called by `await` on the builder itself: reject through the awaiter, not a stray promise.
              const reject = typeof rest[0] === 'function' ? (rest[0] as (e: unknown) => void) : undefined;
              const error = new TypeError(
                'workflowSpec: a scenario is not awaited itself; finish it with .then(expectedState) and await that',
              );
              if (reject) {
                reject(error);
                return new Promise<SpecResult>(() => {});
              }
              return Promise.reject(error);
            }
            return run(command, isAdvance(command) ? undefined : command.via).then((result) =>
              verify(result, expected as SpecExpectation<S>),
            );
          },
        };
      },
    } as SpecGiven<S>;
  }

  return { given };
}

async function apply(
  router: TestRouter<readonly AnyServiceDefinition[]>,
  ref: string,
  step: object,
  via: Via | undefined,
): Promise<CaseView> {
  if (isAdvance(step)) {
    await router.advance(step.advance);
    return router.get(ref);
  }
  const { via: _via, ...event } = step as { type: string; via?: Via };
  return router.send(ref, event, { via: via! });
}

async function verify(
  result: {
    router: TestRouter<readonly AnyServiceDefinition[]>;
    ref: string;
    outcome: Outcome;
    whenText: string;
  },
  expected: SpecExpectation<unknown>,
): Promise<SpecResult> {
  type Wanted = {
    state?: StateValue;
    tags?: string[];
    context?: Record<string, unknown>;
    effects?: string[];
    allowed?: Record<string, string[]>;
    error?: CaseErrorCode;
  };
  const { router, ref, outcome, whenText } = result;
  const view = await router.get(ref);
  const history = await router.history(ref);
  const context = `\n  case ${view.ref} is in ${formatStateValue(view.state.value)}; allowed now:\n${formatAllowed(view.allowed)}\n  history:\n${formatHistory(history)}`;
  const fail = (message: string, want: unknown, got: unknown): never => {
    throw new WorkflowAssertionError(`${message}${context}`, want, got);
  };
  const wanted: Wanted = isStateValue(expected) ? { state: expected } : (expected as Wanted);

  if (wanted.error !== undefined) {
    if ('view' in outcome) {
      fail(
        `Expected ${whenText} to be refused with ${wanted.error}, but it was accepted`,
        wanted.error,
        formatStateValue(outcome.view.state.value),
      );
    }
    const error = (outcome as { error: unknown }).error;
    if (!isCaseError(error)) throw error;
    if (error.code !== wanted.error) {
      fail(
        `Expected ${whenText} to be refused with ${wanted.error}, but it was refused with ${error.code}: ${error.message}`,
        wanted.error,
        error.code,
      );
    }
    return { case: view, history, router };
  }
  if ('error' in outcome) {
    const error = outcome.error;
    if (!isCaseError(error)) throw error;
    const want = wanted.state !== undefined ? formatStateValue(wanted.state as StateValue) : 'accepted';
    return fail(
      `Expected ${whenText} to lead to ${want}, but it was refused with ${error.code}: ${error.message}`,
      want,
      error.code,
    );
  }
  if (wanted.state !== undefined && !matchesState(wanted.state as StateValue, view.state.value)) {
    fail(
      `Expected ${whenText} to lead to state ${formatStateValue(wanted.state as StateValue)}, but the case is in ${formatStateValue(view.state.value)}`,
      wanted.state,
      view.state.value,
    );
  }
  const missingTags = (wanted.tags ?? []).filter((tag) => !view.state.tags.includes(tag));
  if (missingTags.length > 0)
    fail(`Expected tags ${missingTags.join(', ')} after ${whenText}`, wanted.tags, view.state.tags);
  if (wanted.context !== undefined && !partialMatch(view.context, wanted.context)) {
    fail(`Expected the context after ${whenText} to contain the given fields`, wanted.context, view.context);
  }
  if (wanted.effects !== undefined && !partialMatch(outcome.effects, wanted.effects)) {
    fail(
      `Expected ${whenText} to emit [${wanted.effects.join(', ')}], but it emitted [${outcome.effects.join(', ')}]`,
      wanted.effects,
      outcome.effects,
    );
  }
  if (wanted.allowed !== undefined) {
    const actual = Object.fromEntries(
      Object.keys(wanted.allowed).map((channel) => [channel, view.allowed[channel] ?? []]),
    );
    if (!partialMatch(actual, wanted.allowed))
      fail(`Expected other allowed events after ${whenText}`, wanted.allowed, actual);
  }
  return { case: view, history, router };
}
