import { describe, expect, it } from 'vitest';
import { namedTogether, pickByTopic, setAsideIn } from '../src/caseTopic.js';

// A caller names a case in words its own text does not use ("工地" for 施工, "the builders" for
// building work): the same thing in other words picks it — never against words of the caller's that a
// case does have, and never when two cases speak of that thing.
describe('a case named by other words for the same thing', () => {
  it('"工地那个" picks the case about 施工, "the builders one" the case about building work', () => {
    expect(pickByTopic('工地那个帮我催一下', ['楼上邻居家的狗一直叫', '夜间施工打桩噪音'])).toBe(1);
    expect(
      pickByTopic('chase the builders one', ['Dog barking all night', 'Building work with drills at 7am']),
    ).toBe(1);
  });

  it('"我之前投诉过对面工地晚上吵" names the case by what was complained of', () => {
    expect(
      pickByTopic('我之前投诉过对面工地晚上吵，帮我催一下那个', ['楼上的狗一直叫', '对面夜间施工噪音']),
    ).toBe(1);
  });

  it('picks none when both cases speak of that thing, and the caller’s own word wins over it', () => {
    expect(pickByTopic('工地那个', ['夜间施工打桩', '白天施工搅拌机太吵'])).toBeUndefined();
    // 路灯 is the street-light case's own word: the traffic light is not the same thing.
    expect(pickByTopic('路灯那个', ['路灯不亮', '红绿灯坏了'])).toBe(0);
    expect(pickByTopic('the generator one', ['Dog barking', 'Builders drilling'])).toBeUndefined();
  });

  it('picks by what the noise is when the time it goes on is shared or said otherwise', () => {
    const cases = ['楼顶空调外机夜里嗡嗡响', '邻居家狗半夜叫'];
    expect(pickByTopic('就是半夜嗡嗡的那个', cases)).toBe(0);
    // The time alone still picks, where nothing else is said.
    expect(pickByTopic('半夜那个', ['楼顶空调外机白天嗡嗡响', '邻居家狗半夜叫'])).toBe(1);
  });

  it('names a case by the street said alone, by what it is said against, and by other words for it', () => {
    const three = [
      '12 Gannet Close Recycling skips emptied by a lorry at 5am',
      '3 Hollowmere Road Burglar alarm',
      'Kestrel Mews Pub garden speakers',
    ];
    expect(pickByTopic('Three, is it? God. — the one at home. Gannet Close.', three)).toBe(0);
    const two = [
      'Starlight Karaoke, 40 Pewter Lane, singing until 2am',
      '38 Pewter Lane Dog left on a balcony barking all day',
    ];
    expect(
      pickByTopic(
        'i want to add something to a complaint i made the singing place not the dog so before',
        two,
      ),
    ).toBe(0);
    // "唱歌那个" for a case about 练歌, "修路那个" for roadworks.
    expect(pickByTopic('先问问唱歌那个', ['小区内夜里有人用音箱练歌', '东门外修路夜间施工'])).toBe(0);
    expect(
      pickByTopic('修路那个我补充一下', ['小区内夜里有人用音箱练歌', 'Night roadworks on Whetstone Street']),
    ).toBe(1);
  });

  it('"Is it the treadmill or the fan?" asks which case, it names none', () => {
    expect(
      pickByTopic("Go on. Is it the treadmill or the fan? Because the treadmill's fine now.", [
        "Upstairs neighbour's treadmill thumping late at night",
        'Restaurant extractor fan drones all night',
      ]),
    ).toBeUndefined();
    expect(pickByTopic('是装修那个还是工地那个？', ['楼上装修电钻', '对面工地打桩'])).toBeUndefined();
  });
});

describe('namedTogether', () => {
  it('takes "两个都催" of exactly two cases as both, even when one sentence names both', () => {
    const texts = ['德胜门外大街工地 工地夜间施工', '德胜门外大街一层手机店 手机店门口大喇叭循环播放'];
    expect(
      namedTogether(
        '我之前反映过两个事儿，一个是德外大街那个工地晚上干活，一个是楼下那个手机店门口放大喇叭。你给我两个都催一下吧。 工地那件和手机店那件，两件都给您催办，对吗？ 对，两个都催',
        texts,
      ).sort(),
    ).toEqual([0, 1]);
    // Of three cases, a sentence naming two of them leaves which ones for a person.
    expect(
      namedTogether('一个是工地，一个是手机店，都在德外大街。两个都催一下，和那个也一起', [
        ...texts,
        '德外大街狗叫',
      ]),
    ).toEqual([]);
  });
});

describe('setAsideIn', () => {
  it('sets aside only the case "另外您还有一个…那个不动" names, not the words before "还有"', () => {
    expect(setAsideIn('好的我帮您把这个咨询撤回另外您还有一个噪声投诉那个不动对吧')).toEqual([
      '一个噪声投诉那个不动',
    ]);
    // "还有" joining two cases set aside still sets both aside.
    expect(setAsideIn('狗叫那个还有工地那个都先放着')).toEqual(['狗叫那个还有工地那个都先放着']);
  });

  it('takes a bare "那个先不管" as setting aside the case named in the clause before it', () => {
    const said = '我自己家那个，芳城园的。玉林里那个是我帮我妈报的，那个先不管。';
    expect(setAsideIn(said)).toEqual(['玉林里那个先不管']);
    const cases = [
      '丰台区方庄街道芳城园一区12号楼 楼上住户夜里在家敲打',
      '丰台区右安门街道玉林里7号楼 楼下棋牌室深夜喧哗',
    ];
    // The case set aside is never the one picked.
    expect(pickByTopic(said, cases)).not.toBe(1);
  });
});
