import { createCaseRef } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { type IntentKind, interpretCall, parseTranscript } from '../src/index.js';
import { rules } from './testServices.js';

const REF = createCaseRef('NC', Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));

function call(...turns: string[]) {
  return parseTranscript(`Call-Id: t-1\nCaller: 13800138000\n\n${turns.join('\n')}`);
}

function kinds(...turns: string[]): IntentKind[] {
  return interpretCall(call(...turns), rules)
    .intents.filter((intent) => intent.confidence >= rules.threshold)
    .map((intent) => intent.kind);
}

describe('interpretCall', () => {
  it('recognizes each intent in Chinese and English with the words that matched', () => {
    expect(kinds('坐席：您好', '市民：我要投诉，楼下装修太吵了，在人民路12号')).toEqual(['new-request']);
    expect(
      kinds(
        'Agent: Hello',
        'Caller: I want to report loud construction noise at 12 Baker Street every night',
      ),
    ).toEqual(['new-request']);
    expect(kinds('市民：我想查一下我的噪音投诉的进度')).toEqual(['status']);
    expect(kinds("Caller: What's the status of my noise complaint?")).toEqual(['status']);
    expect(kinds(`市民：编号${REF}，我想补充一下，现在凌晨两点还在施工`)).toEqual(['add-info']);
    expect(kinds(`Caller: case ${REF}, I want to add some information: they also work on Sundays`)).toEqual([
      'add-info',
    ]);
    expect(kinds('市民：都一个星期了还没人来，帮我催一下')).toEqual(['urge']);
    expect(kinds("Caller: It's been a week and nobody came, please hurry them up")).toEqual(['urge']);
    expect(kinds('市民：问题已经解决了，我要撤回投诉')).toEqual(['withdraw']);
    expect(kinds('Caller: please withdraw my complaint, it stopped')).toEqual(['withdraw']);
    expect(kinds('坐席：这里是12345回访，请问您对处理结果满意吗？', '市民：基本满意吧')).toEqual(['rate']);
    expect(
      kinds('Agent: This is a return visit from 12345. How satisfied are you, 1 to 5?', 'Caller: four'),
    ).toEqual(['rate']);
  });

  it('reports evidence with the turn, speaker and rule', () => {
    const [urge] = interpretCall(call('坐席：您好', '市民：嗯，帮我催一下'), rules).intents;
    expect(urge).toMatchObject({ kind: 'urge', turn: 1 });
    expect(urge!.evidence).toContainEqual(
      expect.objectContaining({ turn: 1, speaker: 'caller', rule: 'urge:催一下' }),
    );
  });

  it('reads ratings on every scale', () => {
    const score = (...turns: string[]) =>
      interpretCall(call(...turns), rules).intents.find((i) => i.kind === 'rate')?.details.score;
    expect(score('坐席：回访，您满意吗？', '市民：满意')).toBe(5);
    expect(score('坐席：回访，您满意吗？', '市民：不满意，还是很吵')).toBe(1);
    expect(score('坐席：回访，请打分', '市民：打三分吧')).toBe(3);
    expect(score('Agent: follow-up call, are you satisfied?', 'Caller: dissatisfied, honestly')).toBe(1);
    expect(score('Agent: follow-up call, are you satisfied?', "Caller: neutral I'd say")).toBe(3);
    expect(score('Agent: rate us please', 'Caller: I would give it a 4 out of 5')).toBe(4);
  });

  it('does not act on negated or denied words', () => {
    expect(kinds('市民：我不是要撤回，我是想查一下进度')).toEqual(['status']);
    expect(kinds("Caller: I don't want to withdraw, I want to check the status")).toEqual(['status']);
    expect(kinds('坐席：您是要撤回投诉吗？', '市民：不是不是，帮我催一下')).toEqual(['urge']);
  });

  it('finds references, flags a wrong check character and never opens a case for an old one', () => {
    const wrong = `${REF.slice(0, -1)}${REF.endsWith('X') ? 'Y' : 'X'}`;
    const reading = interpretCall(
      call(`市民：我之前投诉过噪音，编号是${wrong.toLowerCase()}，想问下进度`),
      rules,
    );
    expect(reading.references).toEqual([expect.objectContaining({ ref: wrong, valid: false, turn: 0 })]);
    expect(reading.intents.map((i) => i.kind)).not.toContain('new-request');
  });

  it('extracts slots for a new request', () => {
    const reading = interpretCall(
      call('市民：我要投诉，我住在人民路12号3栋，楼上每天晚上11点以后很吵'),
      rules,
    );
    expect(reading.slots).toMatchObject({ address: '人民路12号3栋', time: '每天晚上11点以后' });
    expect(reading.intents[0]).toMatchObject({ kind: 'new-request', service: 'noise-complaint' });
  });

  it('finds nothing in small talk', () => {
    expect(
      interpretCall(call('坐席：您好', '市民：喂？', '坐席：您好，请讲', '市民：打错了，不好意思'), rules)
        .intents,
    ).toEqual([]);
  });

  it('hears a relative’s wish to withdraw, said for them with their reference, as a withdrawal', () => {
    expect(
      kinds(
        "Caller: I'm calling for my father. He made a complaint about the outdoor cinema and he wants to drop it.",
        'Agent: Do you have the reference?',
        `Caller: Yes, he gave it to me: ${REF}.`,
      ),
    ).toEqual(['withdraw']);
    expect(kinds(`Caller: My mum's decided to cancel it, the reference is ${REF}.`)).toEqual(['withdraw']);
  });

  it('hears a street called "… Close" in a read-back as no withdrawal', () => {
    expect(
      kinds(
        `Caller: It's ${REF}. Can you hurry them up?`,
        `Agent: ${REF}: the small wind turbine on a neighbour's roof at Tanyard Close that whines at night?`,
        'Caller: Yes, that one.',
      ),
    ).toEqual(['urge']);
    expect(kinds('Caller: The dog at 12 Gannet Close that barks all day, please chase it.')).toEqual([
      'urge',
    ]);
    // Said as a request it still is one.
    expect(kinds(`Caller: ${REF}, please close it, it's sorted.`)).toEqual(['withdraw']);
  });

  it('keeps a note asked for when the caller answers "what would you like to add?" with a question', () => {
    const turns = [
      '坐席：您好，12345热线。',
      '市民：你好，我报过两个投诉，想给其中一个加点东西。',
      '坐席：您要补充哪件？',
      '市民：不是狗那个。另一个，就是工地那个。',
      '坐席：好的，工地那件，您要补充什么？',
      '市民：他们现在夜里还有渣土车进出，还按喇叭。我拍了视频，能不能发给你们？',
    ];
    expect(kinds(...turns)).toEqual(['add-info']);
    // An offer answered with a question is still not taken.
    expect(
      kinds(
        'Caller: It has been two weeks.',
        'Agent: Would you like me to send a reminder?',
        'Caller: Will a reminder actually do anything?',
      ),
    ).toEqual([]);
  });
});
