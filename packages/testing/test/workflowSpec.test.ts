import { describe, expect, it } from 'vitest';
import { WorkflowAssertionError, workflowSpec } from '../src/index.js';
import { citizen, officer, samplePermit } from './sampleService.js';

const spec = workflowSpec(samplePermit, { input: { plate: '粤B12345' }, via: citizen });

async function failure(promise: Promise<unknown>): Promise<WorkflowAssertionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowAssertionError);
  return error as WorkflowAssertionError;
}

describe('workflowSpec', () => {
  it('passes when the case reaches the expected state', async () => {
    const result = await spec.given().when({ type: 'permit.approve', zone: 'T3' }, officer).then('active');
    expect(result.case.context).toMatchObject({ zone: 'T3' });
    expect(result.history.map((e) => e.type)).toEqual(['case.open', 'permit.approve']);
  });

  it('takes commands with their own via and lets time pass in given', async () => {
    await spec
      .given({ type: 'permit.approve', zone: 'T3', via: officer }, { advance: '29d' })
      .when({ advance: '1d' })
      .then('expired');
  });

  it('checks context fields, tags and emitted effects', async () => {
    await spec
      .given({ type: 'info.add', note: 'Second car' })
      .when({ type: 'permit.approve', zone: 'T3' }, officer)
      .then({ state: 'active', context: { notes: ['Second car'], zone: 'T3' }, effects: ['citizen.notify'] });
  });

  it('explains a wrong state with expected, actual, the allowed events and the history', async () => {
    const error = await failure(
      spec.given().when({ type: 'permit.reject', reason: 'No residence' }, officer).then('active'),
    );
    expect(error.message).toContain(
      "Expected 'permit.reject' via staff to lead to state active, but the case is in rejected",
    );
    expect(error.message).toContain('2. permit.reject via staff → rejected');
    expect(error.expected).toBe('active');
    expect(error.actual).toBe('rejected');
  });

  it('lists what each channel may send when an expected state is not reached', async () => {
    const error = await failure(spec.given().when({ type: 'info.add', note: 'x' }).then('active'));
    expect(error.message).toContain('web: info.add, case.withdraw');
    expect(error.message).toContain('staff: permit.approve, permit.reject');
  });

  it('expects a refusal by its error code', async () => {
    await spec
      .given()
      .when({ type: 'permit.approve', zone: 'T3' }, citizen)
      .then({ error: 'CHANNEL_FORBIDDEN' });
    await spec
      .given({ type: 'permit.reject', reason: 'No', via: officer })
      .when({ type: 'case.withdraw' })
      .then({ error: 'EVENT_NOT_ALLOWED' });
  });

  it('reports a refusal where a state was expected, with the reason', async () => {
    const error = await failure(
      spec.given().when({ type: 'permit.approve', zone: 'bad' }, officer).then('active'),
    );
    expect(error.message).toContain('refused with INVALID_INPUT');
  });

  it('reports an accepted command where a refusal was expected', async () => {
    const error = await failure(
      spec.given().when({ type: 'case.withdraw' }).then({ error: 'EVENT_NOT_ALLOWED' }),
    );
    expect(error.message).toContain('to be refused with EVENT_NOT_ALLOWED, but it was accepted');
  });

  it('names the given step that was refused', async () => {
    const error = await failure(
      spec
        .given({ type: 'case.withdraw' }, { type: 'info.add', note: 'late' })
        .when({ advance: '1d' })
        .then('withdrawn'),
    );
    expect(error.message).toContain("given step 2 ('info.add' via web) was refused");
  });

  it('explains instead of hanging when the scenario itself is awaited', async () => {
    const scenario = spec.given().when({ type: 'case.withdraw' });
    await expect((async () => await (scenario as unknown as Promise<unknown>))()).rejects.toThrow(
      /finish it with \.then\(expectedState\)/,
    );
  });
});
