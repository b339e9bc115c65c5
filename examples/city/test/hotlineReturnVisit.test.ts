import { interpretCall, listReturnVisits, parseTranscript, recordReturnVisit } from '@onecase/hotline';
import { createFakeClock } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { cityHotlineRules } from '../src/hotlineRules.js';
import { createCity } from '../src/createCity.js';

const PHONE = '13700000001';
const web = { channel: 'web', actor: { id: 'citizen-1' } };
const centre = { channel: 'centre', actor: { id: 'dispatcher-1' } };
const office = { channel: 'department', actor: { id: 'dongcheng.ecology:clerk' } };

async function repliedNoiseCase() {
  const clock = createFakeClock('2026-03-05T09:00:00+08:00');
  const city = createCity({ clock, secret: 'visit-test' });
  const view = await city.open({
    service: 'noise-complaint',
    input: {
      category: 'noise.business',
      address: '东城区东四街道东四北大街3号',
      description: '夜市摊贩噪音扰民',
    },
    citizen: { phone: PHONE },
    via: web,
  });
  const department = 'dongcheng.ecology';
  await city.send(view.ref, { type: 'order.dispatch' }, { via: centre });
  await city.send(view.ref, { type: 'order.signFor', department }, { via: office });
  await city.send(view.ref, { type: 'order.reply', department, answer: '已劝离夜市摊贩' }, { via: office });
  return { city, clock, ref: view.ref };
}

function visitCall(id: string, ref: string, answer: string) {
  return parseTranscript(
    `Call-Id: ${id}\nCaller: ${PHONE}\nCase: ${ref}\n\n坐席：您好，12345回访，您对处理结果满意吗？\n市民：${answer}`,
  );
}

describe('return visits on the city', () => {
  it('lists an answered noise complaint as due and records a satisfied rating, closing it', async () => {
    const { city, clock, ref } = await repliedNoiseCase();
    clock.advance('2h');
    expect(
      (
        await listReturnVisits(city, cityHotlineRules, {
          phones: [PHONE],
          now: clock.now(),
          afterMs: 3_600_000,
        })
      ).map((d) => d.ref),
    ).toEqual([ref]);
    const summary = await recordReturnVisit(
      city,
      visitCall('v-1', ref, '满意，现在安静了'),
      cityHotlineRules,
      {},
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', score: 5, ref }),
    ]);
    expect((await city.get(ref)).state.value).toBe('closed');
    expect(await listReturnVisits(city, cityHotlineRules, { phones: [PHONE], now: clock.now() })).toEqual([]);
  });

  it('reopens the complaint when the caller is dissatisfied, and the replayed visit changes nothing', async () => {
    const { city, ref } = await repliedNoiseCase();
    const call = visitCall('v-2', ref, '不满意，晚上还是很吵');
    await recordReturnVisit(city, call, cityHotlineRules, {});
    const after = await city.get(ref);
    expect(after.state.value).toBe('handling');
    const replay = await recordReturnVisit(city, call, cityHotlineRules, {});
    expect(replay.actions[0]).toMatchObject({ outcome: 'already-applied' });
    expect((await city.get(ref)).version).toBe(after.version);
  });
});

describe('a return visit that asks after another case', () => {
  it('rates the visited case and asks after the other one, opening nothing for "the other complaint … is being handled"', () => {
    const reading = interpretCall(
      parseTranscript(
        [
          'Call-Id: visit-other',
          `Caller: ${PHONE}`,
          '',
          "Agent: Hello, it's the 12345 hotline. I'm calling about your complaint on the bowling alley's bass at 3 Copperfield Drive. On a scale of one to five, five being best, how would you score the outcome?",
          "Caller: Oh, hello. Yes, it's much better. I'd say four. And while I've got you — what's happening with my other one, the hot tub pump next door?",
          'Agent: Four, thank you. The hot tub complaint has been accepted by the department and is being handled.',
          'Caller: OK, good. Thanks for calling.',
        ].join('\n'),
      ),
      cityHotlineRules,
    );
    const kinds = reading.intents
      .filter((intent) => intent.confidence >= cityHotlineRules.threshold)
      .map((intent) => intent.kind)
      .sort();
    expect(kinds).toEqual(['rate', 'status']);
  });
});
