import { handleCall, interpretCall, parseTranscript } from '@onecase/hotline';
import { createFakeClock } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { createCity } from '../src/createCity.js';
import { cityHotlineRules } from '../src/hotlineRules.js';

// Wordings first met in the blind development sets dev11–dev13, on the city's own rules: each test
// is one way a real call says something, and what a supervisor would want done with it.
const PHONE = '13970099001';
const web = { channel: 'web', actor: { id: 'citizen-1' } };

function call(id: string, turns: string[], phone: string | undefined = PHONE) {
  return parseTranscript([`Call-Id: ${id}`, `Caller: ${phone ?? 'withheld'}`, '', ...turns].join('\n'));
}

const reading = (turns: string[]) => interpretCall(call('read', turns), cityHotlineRules);
const kinds = (turns: string[]) =>
  [
    ...new Set(
      reading(turns)
        .intents.filter((intent) => intent.confidence >= cityHotlineRules.threshold)
        .map((intent) => intent.kind),
    ),
  ].sort();

function city() {
  return createCity({ clock: createFakeClock('2026-03-05T09:00:00+08:00'), secret: 'dialogue-test' });
}

async function noise(c: ReturnType<typeof city>, address: string, description: string) {
  return c.open({
    service: 'noise-complaint',
    input: { category: 'noise.neighbour', address, description },
    citizen: { phone: PHONE },
    via: web,
  });
}

const types = async (c: ReturnType<typeof city>, ref: string) =>
  (await c.history(ref)).map((event) => event.type);

describe('what the caller asks', () => {
  it('hears "where is that at now?", "where\'s it got to?" and "see if it\'s been sent to anyone" as status', () => {
    expect(
      kinds([
        'Agent: 12345 city hotline, how can I help?',
        'Caller: Hi. I reported the generator on the roof of the hotel on Baker Close. Where is that at now?',
      ]),
    ).toEqual(['status']);
    expect(
      kinds([
        'Agent: 12345, how can I help?',
        "Caller: I'm ringing about the bottling plant on Ropemaker Street, I complained ten days ago. Where's it got to?",
      ]),
    ).toEqual(['status']);
    expect(
      kinds([
        'operator: twelve three four five how can i help',
        "customer: hi i reported a pothole a few days ago the one at the bus stop on carrier street and i wanted to see if it's like been sent to anyone yet",
      ]),
    ).toEqual(['status']);
  });

  it('hears "push my complaint along" as an urge', () => {
    expect(
      kinds([
        'operator: twelve three four five go ahead',
        "customer: yeah i want to push my complaint along it's been three weeks",
      ]),
    ).toEqual(['urge']);
  });

  it('keeps a note whose reason mentions next week: "add something … because he agreed to move the speakers from next week"', () => {
    expect(
      kinds([
        'operator: city hotline good morning',
        'customer: morning my tenant made a complaint about the pub next door the music in the beer garden',
        "customer: and i just wanted to add something to it because i've spoken to the pub landlord and he's agreed to move the speakers inside from next week",
      ]),
    ).toContain('add-info');
  });

  it('opens a consultation for "I just wanted to ask something first", the complaint left for later', () => {
    const request = reading([
      'Agent: 12345 city hotline, how can I help?',
      "Caller: Hi. I haven't made a complaint or anything, I just wanted to ask something first. If I do complain about my neighbour's speakers, does he get told it was me?",
      'Agent: Your name and number are kept confidential. Would you like to make a complaint now?',
      "Caller: Not — no, not today. I'll think about it. Thanks, that's really helpful.",
    ]).intents.find((intent) => intent.kind === 'new-request');
    expect(request?.service).toBe('consultation');
    expect(request?.confidence).toBeGreaterThanOrEqual(cityHotlineRules.threshold);
  });

  it('reads a pizza order on the wrong number and a question of the time as no request', () => {
    expect(
      kinds([
        'Agent: 12345 citizen hotline, how can I help?',
        'Caller: Hi, can I get a large pepperoni and a garlic bread, for delivery?',
        "Agent: I'm sorry, this is the 12345 city hotline, not a restaurant.",
        'Caller: Oh my God. Sorry, I must have pressed the wrong — sorry!',
      ]),
    ).toEqual([]);
    expect(
      kinds([
        '坐席：您好，12345。',
        '市民：喂，你好闺女，我问一下现在几点了，我家那个钟停了。',
        '坐席：阿姨，现在是上午十点二十。',
        '市民：哎哟，那我得赶紧去接孙子了，谢谢你啊。',
      ]),
    ).toEqual([]);
  });

  it('hears "Forget it." to the agent\'s offer to register something as no withdrawal', () => {
    expect(
      kinds([
        'Operator: 12345 hotline, how can I help?',
        'Citizen: You people are useless. I just wanted to tell someone what a waste of money this whole thing is.',
        "Operator: I understand. If there's a specific problem, I'm happy to register it.",
        'Citizen: Forget it.',
      ]),
    ).toEqual([]);
  });

  it('hears the hotline\'s earlier promise "你们说要查一下再给我回电话" as no status question', () => {
    expect(
      kinds([
        '坐席：您好，12345热线。',
        '市民：你好，我上周打电话问过一个加装电梯补贴的事儿，你们说要查一下再给我回电话。',
        '坐席：是的，我看到您的咨询还在等待答复。',
        '市民：那个不用回了，居委会已经讲清楚了。你们就把它撤了吧。',
      ]),
    ).toEqual(['withdraw']);
  });
});

describe('where and how many', () => {
  it('takes no address from the agent asking "您家住在哪个小区？": the caller who will not say goes to review', () => {
    const request = reading([
      '坐席：您好，12345热线，请问有什么可以帮您？',
      '市民：我要投诉一下我们楼上，天天半夜跟蹦迪似的，音响咚咚的。',
      '坐席：您家住在哪个小区、几号楼？',
      '市民：地址我就不说了，说了他们肯定知道是我打的。',
    ]).intents.find((intent) => intent.kind === 'new-request');
    expect(request?.details.slots.address).toBeUndefined();
  });

  it('takes a crossing of two streets as the address: "德胜门外大街与北三环路口东南角"', () => {
    const request = reading([
      '客服：您好，12345。',
      '来电人：喂，我们路口那个指路的牌子让车给撞歪了，怕砸着人。',
      '客服：请问在哪个路口？',
      '来电人：西城区，德胜门外大街跟那个……北三环的路口，东南角。',
      '客服：德胜门外大街与北三环路口东南角，路名标识牌被撞歪，我给您登记。',
      '来电人：嗯，好。',
    ]).intents.find((intent) => intent.kind === 'new-request');
    expect(request?.details.slots.address).toBe('德胜门外大街与北三环路口东南角');
  });

  it('hears three requests in "first where\'s my complaint at … can you add … and the last thing, a pothole"', () => {
    expect(
      kinds([
        'agent: twelve three four five how can i help',
        "caller: hi i've got a few things sorry first where's my complaint at the one about the treadmill upstairs",
        'agent: your complaint about the treadmill at ten chandlers walk is being handled by the subdistrict office',
        "caller: okay good and can you add that it's flat nine upstairs not eight",
        "agent: i'll add that it's flat nine",
        "caller: great and the last thing there's a pothole a really deep one on chandlers walk right outside the post office",
        "agent: so a deep pothole on chandlers walk outside the post office i'll report that as well",
      ]),
    ).toEqual(['add-info', 'new-request', 'status']);
  });
});

describe('which case', () => {
  it('withdraws the case picked in answer to "您要撤哪一件" and reads the other one asked after "对了"', async () => {
    const c = city();
    const shop = await noise(c, '通州区永顺镇东关大街88号', '楼下服装店门口音箱循环播放促销广告');
    const dog = await noise(c, '通州区永顺镇东关大街88号院2号楼', '对门邻居家狗白天一直叫');
    const summary = await handleCall(
      c,
      call('pick-1', [
        '客服：您好，12345热线。',
        '来电人：喂你好我想撤个投诉',
        '客服：好的我看到您这个号码下有两件投诉一件是东关大街88号服装店音箱的一件是邻居家狗叫的您要撤哪一件',
        '来电人：服装店那个 那个店上礼拜关门了人都搬走了 狗那个还留着啊狗还在叫呢 对了狗那个现在到哪一步了',
        '客服：好的服装店音箱那件给您撤回了 狗叫那件还在办理',
        '来电人：行那就这样谢谢',
      ]),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: shop.ref }),
        expect.objectContaining({ intent: 'status', outcome: 'read', ref: dog.ref }),
      ]),
    );
    expect(await types(c, dog.ref)).toEqual(['case.open']);
  });
});

describe('more of what the blind sets taught', () => {
  it('answers not-allowed to "能不能在电话里直接给我申请了" for a business licence: no consultation, no filed case', async () => {
    const c = city();
    const summary = await handleCall(
      c,
      call('licence-1', [
        '客服：您好，12345热线。',
        '来电人：喂你好，我想开个麻辣烫店，想办个营业执照，能不能在电话里直接给我申请了？',
        '客服：营业执照需要您在网上提交材料，然后到窗口核验原件，热线这边没法直接给您办理。',
        '来电人：哦，那好吧。',
      ]),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'new-request', outcome: 'not-allowed', service: 'business-licence' }),
    ]);
  });

  it('opens two reports for "第一个…然后第二个…", the second at the compound\'s gate the agent read back', async () => {
    const c = city();
    const summary = await handleCall(
      c,
      call('two-1', [
        '坐席：您好，12345市民服务热线。',
        '市民：你好，我反映两个事儿啊。第一个，我们小区门口那个小广场，每天晚上跳广场舞，音响开得老大了。',
        '坐席：好的，您小区的地址是？',
        '市民：通州区新华街道，新华北路，北关小区，就小区南门那个广场。',
        '坐席：通州区新华街道北关小区南门广场，晚上广场舞音响声音大，对吧？',
        '市民：对。然后第二个，就是同一个门口，那边那根路灯，灯杆子都歪了，灯也不亮，好几天了。',
        '坐席：北关小区南门口的路灯杆倾斜、灯不亮，对吗？',
        '市民：对对，就那一根。',
      ]),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions.map((action) => [action.outcome, action.service]).sort()).toEqual([
      ['opened', 'noise-complaint'],
      ['opened', 'street-facility'],
    ]);
  });

  it('reads the case the agent read out and asked "您问的是这个吗？" about, once the caller says yes', async () => {
    const c = city();
    const dance = await noise(c, '通州区新华街道新华西街乔庄北区小广场', '小区广场舞音响声音过大');
    await noise(c, '通州区新华街道乔庄北区12号楼', '楼下商铺空调外机整夜嗡嗡响');
    const summary = await handleCall(
      c,
      call('read-1', [
        '坐席：您好，12345热线。',
        '市民：喂，我问一下我那个投诉，有结果了没有？',
        `坐席：您名下现在有两个工单，我先念一个，编号是${dance.ref}，是反映小区广场舞音响的，您问的是这个吗？`,
        '市民：对，就是这个。',
      ]),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: dance.ref }),
    ]);
  });

  it('scores "俩分儿" as 2', () => {
    const two = reading([
      '坐席：您好，12345热线回访，请您按一到五分给个评价，五分最满意。',
      '市民：嗨，沟通有啥用啊，压根儿没解决。',
      '坐席：那您打几分呢？',
      '市民：那我就给俩分儿吧。',
    ]).intents.find((intent) => intent.kind === 'rate');
    expect(two?.details.score).toBe(2);
  });

  it('rates the caller\'s one answered case on "a four … there\'s still the odd one": "the odd one" names no case', async () => {
    const c = city();
    const lorries = await c.open({
      service: 'noise-complaint',
      input: {
        category: 'noise.business',
        address: '东城区东四街道东四北大街3号',
        description: 'Delivery lorries idling at night',
      },
      citizen: { phone: PHONE },
      via: web,
    });
    const centre = { channel: 'centre', actor: { id: 'dispatcher-1' } };
    const office = { channel: 'department', actor: { id: 'dongcheng.ecology:clerk' } };
    const department = 'dongcheng.ecology';
    await c.send(lorries.ref, { type: 'order.dispatch' }, { via: centre });
    await c.send(lorries.ref, { type: 'order.signFor', department }, { via: office });
    await c.send(
      lorries.ref,
      { type: 'order.reply', department, answer: 'Spoke to the supermarket' },
      { via: office },
    );
    const summary = await handleCall(
      c,
      call('odd-1', [
        'Agent: Hello, this is the 12345 city hotline calling back about your complaint about delivery lorries. On a scale of one to five, how would you rate how it was handled?',
        "Caller: Oh, right. Er, I'd say a four. It's much better, though there's still the odd one. Yeah, four.",
      ]),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', ref: lorries.ref, score: 4 }),
    ]);
  });

  it('opens a new complaint for "this isn\'t about that, I\'m not chasing it. This is a new thing: …"', () => {
    expect(
      kinds([
        'Agent: 12345 city hotline, how can I help?',
        "Caller: Hi. I've got a complaint open already about the pub garden, but this isn't about that, I'm not chasing it. This is a new thing: there's a building site on Rope Walk, behind the church, and they've started cutting concrete at six in the morning.",
        'Agent: So a new complaint: concrete cutting at the building site on Rope Walk. Is that right?',
        "Caller: That's right. Leave the pub one as it is.",
      ]),
    ).toEqual(['new-request']);
  });
});

describe('reports that name a street but no number', () => {
  const request = (turns: string[]) => reading(turns).intents.find((intent) => intent.kind === 'new-request');

  it('takes "copperbeech avenue" and "the towpath at heron quay" as addresses, never "the road"', () => {
    expect(
      request([
        'agent: twelve three four five hotline how can i help',
        "caller: hi every night after midnight there's a gang of motorbikes with loud exhausts racing up and down copperbeech avenue",
      ])?.details.slots.address,
    ).toBe('copperbeech avenue');
    expect(
      request([
        'Citizen: I walk home along the canal, the towpath by Heron Quay, and the lights have been off for about a week. It is pitch black.',
      ])?.details.slots.address,
    ).toBe('Heron Quay');
    expect(
      request(['Caller: There is a huge pothole in the middle of the road, I nearly came off my bike.'])
        ?.details.slots.address,
    ).toBeUndefined();
  });

  it('opens a street-facility report for a give-way sign knocked flat at a junction', async () => {
    const c = city();
    const summary = await handleCall(
      c,
      call('sign-1', [
        'Operator: 12345, how can I help?',
        "Citizen: Hi, I'm on my colleague's phone, mine's dead. I want to report a sign. The give-way sign at the junction of Larkspur Road and Quarry Hill has been knocked flat, it's lying in the verge.",
        'Operator: A knocked-down give-way sign at the junction of Larkspur Road and Quarry Hill.',
        'Citizen: Yes. Cars are coming out without stopping now.',
      ]),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'new-request', outcome: 'opened', service: 'street-facility' }),
    ]);
  });

  it('reads a prank the agent ends ("this line is for real enquiries") as no request', () => {
    expect(
      kinds([
        'agent: twelve three four five city hotline how can i help',
        'caller: hello is this the zoo',
        'agent: no this is the city hotline',
        'caller: can i speak to mister lion please',
        "agent: this line is for real enquiries i'm going to end the call now",
      ]),
    ).toEqual([]);
  });
});

describe('picks, held-back scores and long status questions', () => {
  it('scores "给四分吧，五分得再观察观察" as 4: the five is held back', () => {
    const rate = reading([
      '坐席：您好，12345热线回访。请您对办理结果打个分，一到五分，五分最满意。',
      '市民：嗯，这个还行，这几天是没听见了。给四分吧，五分得再观察观察。',
    ]).intents.find((intent) => intent.kind === 'rate');
    expect(rate?.details.score).toBe(4);
  });

  it('withdraws only: "the second one the dog" answers "which one is it", and "leave the building one that\'s still going on" urges nothing', () => {
    expect(
      kinds([
        'agent: twelve three four five hotline how can i help',
        'caller: hi um yeah i need to cancel one of my complaints',
        'agent: sure i can see two open complaints on this number one about building work on ropewalk lane and one about a dog barking at larkspur close which one is it',
        'caller: the second one the dog',
        'agent: the dog barking at five larkspur close',
        'caller: yeah they moved out last weekend so theres no dog anymore you can cancel that one',
        'agent: okay so ill withdraw the larkspur close complaint and the ropewalk lane one stays open is that right',
        'caller: yep leave the building one thats still going on',
      ]),
    ).toEqual(['withdraw']);
  });

  it('hears "where my complaint about the rattling air-con unit on Farrier Road is at" as status, and the accepted urge beside it', () => {
    expect(
      kinds([
        'Operator: 12345, how can I help?',
        'Citizen: Hi. Can you tell me where my complaint about the rattling air-con unit on Farrier Road is at?',
        "Operator: It was accepted by the street office and they're handling it.",
        'Operator: Would you like me to send them an urge?',
        "Citizen: Yes, please. It's on the roof right above my bedroom.",
      ]),
    ).toEqual(['status', 'urge']);
  });
});

describe('the agent registering', () => {
  it('hears "我分别给您登记" as the agent registering, not a negation ("别")', () => {
    const request = reading([
      '坐席：您好，12345市民服务热线。',
      '市民：朝阳区望京街道阜通东大街6号门口那个井盖松了，一踩就晃。',
      '坐席：阜通东大街6号门口井盖松动，这个问题我分别给您登记。',
      '市民：好的。',
    ]).intents.find((intent) => intent.kind === 'new-request');
    expect(request?.evidence.some((e) => e.speaker === 'agent' && e.match === '给您登记')).toBe(true);
  });
});

describe('questions that are not questions', () => {
  const service = (turns: string[]) =>
    reading(turns).intents.find((intent) => intent.kind === 'new-request')?.service;

  it('reports the loose handrail of "这要是掉下去可怎么得了": dismay, not an enquiry', () => {
    expect(
      service([
        '坐席：您好，12345热线，请讲。',
        '市民：西城区展览路街道车公庄大街那个过街天桥，上面那个扶手栏杆松了，螺丝都掉了。',
        '坐席：您是说过街天桥的扶手栏杆松动，对吗？',
        '市民：对。小孩儿都爱扒着栏杆往下看车，这要是哪天真掉下去可怎么得了。',
        '坐席：好的，我给您登记报修，转管理部门处理。',
      ]),
    ).toBe('street-facility');
  });

  it('answers "不是咨询，我是想让你们直接帮我把营业执照办了" as a licence request, not a consultation', () => {
    expect(
      service([
        '坐席：您好，12345热线。',
        '市民：你好，我想在槐荫路开个咖啡店，门面已经租好了。',
        '坐席：好的，请问您需要咨询什么？',
        '市民：不是咨询，我是想让你们直接帮我把营业执照办了。你们这边登记一下就行吧？',
      ]),
    ).toBe('business-licence');
  });
});

describe('what the agent says and the caller gives up on', () => {
  it('withdraws only: the agent\'s "It\'s still waiting for an answer" urges nothing', () => {
    expect(
      kinds([
        'Operator: Twelve three four five, how can I help?',
        'Citizen: Hi. Last week I asked you to call me back about whether I can get part of the heating fee back.',
        "Operator: Yes, I can see the question on your number. It's still waiting for an answer.",
        "Citizen: I found out myself from the heating company, so there's no need to call me. You can close it.",
      ]),
    ).toEqual(['withdraw']);
  });

  it('reads no status when the caller says the reference and then gives up ("那算了算了，我先问问我老公")', () => {
    expect(
      kinds([
        '坐席：您好，12345热线。',
        '市民：你好，我那个投诉单号是NC-7K4M9-QXH2T……哎，等一下啊。什么？你打过了？……那算了算了，我先问问我老公，不好意思啊。',
        '坐席：好的，您有需要随时来电。',
      ]),
    ).toEqual([]);
  });
});

describe('the last blind sets, dev15 and dev16', () => {
  it('hears "Can you tell me where they all are?" and "我之前投诉过一个工地的事，想问问" as status', () => {
    expect(
      kinds([
        'Operator: Twelve three four five, how can I help?',
        "Citizen: Hi, I've got a few complaints in with you, all about Granary Street really. Can you tell me where they all are?",
      ]),
    ).toEqual(['status']);
    expect(
      kinds(['坐席：您好，12345热线，请讲。', '市民：你好，我之前投诉过一个工地的事，想问问。']),
    ).toEqual(['status']);
  });

  it('reads a report as a report, not a withdrawal, when the caller will not be called back or gives up', () => {
    expect(
      kinds([
        '客服：您好，12345，请讲。',
        '来电人：我反映个事儿，我不留名字啊，也不用回电话。就是有个小加工厂，夜里开机器，轰隆轰隆的，整栋楼都能听见。',
        '客服：这个加工厂在什么位置？',
        '来电人：通州区中仓街道新华西街58号院，院子最里头。',
      ]),
    ).toEqual(['new-request']);
    expect(
      kinds([
        'Agent: Twelve three four five, how can I help?',
        "Caller: There's someone practising the trumpet every night at eleven. Scales, over and over.",
        'Agent: Where is this happening?',
        "Caller: I'd rather not say. They'll know it was me.",
        "Agent: We'd need at least the street so someone can look into it.",
        'Caller: No. Forget it. I just wanted it on record that it is happening.',
      ]),
    ).not.toContain('withdraw');
  });
});

describe('the blind set dev17: which of several cases', () => {
  it('"那个你们给我催一下……工地那个就先等着吧" urges the restaurant fan, never the building site', async () => {
    const c = city();
    const site = await noise(c, '朝阳区望京街道阜通东大街北侧工地', '工地夜间施工，搅拌车和电焊声');
    const fan = await noise(c, '朝阳区望京街道南湖东园112号楼底商', '楼下餐馆排风机每天晚上嗡嗡响');
    await handleCall(
      c,
      call('dlg-d17-wait', [
        '客服：您好，12345，请问有什么可以帮您？',
        '来电人：我还有一个，南湖东园楼下那个饭馆的排风机，那个你们给我催一下，天天晚上嗡嗡的。',
        '客服：好的，餐馆排风机这件我这边帮您催办一下，可以吗？',
        '来电人：对，催一下。工地那个就先等着吧。',
      ]),
      cityHotlineRules,
    );
    expect(await types(c, site.ref)).not.toContain('case.urge');
    expect(await types(c, fan.ref)).toContain('case.urge');
    await c.close();
  });

  it("\"the dog's still at it, it's the drilling that's finished\" never withdraws the dog case", async () => {
    const c = city();
    const dog = await noise(c, '3 Greyfriars Walk', "Neighbour's dog barks all day");
    await noise(c, '5 Greyfriars Walk', 'Renovation upstairs with drilling every day');
    await handleCall(
      c,
      call('dlg-d17-still', [
        'Agent: hello twelve three four five',
        'Caller: hi um i need to withdraw one of my complaints the dog one no wait sorry the dogs still at it its the drilling thats finished they finished the renovation on friday',
        'Agent: ok so the complaint about the drilling from the renovation upstairs you want to withdraw that one',
        'Caller: yes that one keep the dog one open',
      ]),
      cityHotlineRules,
    );
    expect(await types(c, dog.ref)).not.toContain('case.withdraw');
    await c.close();
  });
});

describe('the blind sets dev17 and dev19: a status question nobody scripted', () => {
  it('hears "where they\'re up to" and "那几个投诉现在都是什么情况了" as status, not an enquiry', () => {
    expect(
      kinds([
        'Agent: twelve three four five hello',
        "Caller: hi i've reported a couple of things to you lot recently and i just want to know where they're up to",
      ]),
    ).toEqual(['status']);
    expect(
      kinds(['坐席：您好，一二三四五。', '市民：喂你好，我想问问我那几个投诉现在都是什么情况了。']),
    ).toEqual(['status']);
  });
});

describe('the blind set dev19: a return visit', () => {
  it('a question asked back about the visited case is part of the visit, not an enquiry', () => {
    expect(
      kinds([
        '坐席：您好，12345热线回访。您之前投诉那个菜市场凌晨卸货噪声的问题，部门答复已经要求商户改在早上六点以后卸货。您对处理结果打几分？1到5分。',
        '市民：哦，这个啊。我问一下，他们说改到六点以后，那是一直这样了，还是就这几天做做样子？',
        '坐席：答复里说已经写进了市场的管理规定，后面如果再有反复，您可以再打电话反映。',
        '市民：那还行。这一个礼拜确实没那么早了。给四分吧。',
      ]),
    ).toEqual(['rate']);
  });
});

describe('the blind set dev18: ordinary speech', () => {
  it('"不知道你们能不能管" before a report is how the caller starts, not an enquiry', () => {
    const intent = reading([
      '客服：你好，一二三四五。',
      '来电人：喂你好，那个我是学生，就是想反映个事儿，不知道你们能不能管。',
      '客服：您说。',
      '来电人：就是我们小区楼下那个小广场，每天晚上有跳广场舞的，那个音响特别大，从七点一直到快十点，完全没法复习。',
      '客服：地址是哪里？',
      '来电人：大兴区清源街道枣园路枣园小区三十六号楼前面那个广场。',
      '客服：好的我给您登记，转给属地街道协调处理。',
      '来电人：好的谢谢，麻烦了。',
    ]).intents.find((i) => i.kind === 'new-request');
    expect(intent?.service).toBe('noise-complaint');
  });

  it('hears "催 必须得催" as an urge, and "吹办" as speech recognition\'s 催办', () => {
    expect(
      kinds([
        '坐席：您好，一二三四五，请讲。',
        '市民：我半个月前就打过电话，楼下那个烧烤店天天半夜在外头喝酒吆喝，到现在一点动静没有。',
        '坐席：这件已经派到相关部门了，我帮您吹办一下可以吗？',
        '市民：催，必须得催，你给我狠狠地催。',
      ]),
    ).toContain('urge');
  });
});

describe("the blind set dev22: requests nobody's keywords fit", () => {
  it('hears "晚上回来也不管" as no earlier call, so the report of the howling dog opens', () => {
    const intent = reading([
      '坐席：您好，12345热线，请讲。',
      '市民：老妹儿我跟你说，我家隔壁那家养了条大狗，整宿整宿地嚎，我一宿都没合眼。',
      '坐席：大姐您别急，就是邻居家养的狗夜里一直叫，是吧？',
      '市民：可不咋的，人家白天上班，把狗锁屋里，晚上回来也不管，就搁那嚎。',
      '坐席：您家地址说一下？',
      '市民：昌平回龙观，龙泽苑东区，二十二号楼，二单元。',
      '坐席：好的，我这边登记，转给属地去协调。',
      '市民：行，谢谢老妹儿啊。',
    ]).intents.find((i) => i.kind === 'new-request');
    expect(intent?.confidence).toBeGreaterThanOrEqual(cityHotlineRules.threshold);
    expect(intent?.service).toBe('noise-complaint');
  });

  it('hears a broken bench at a bus stop as a street-facility report', () => {
    const intent = reading([
      'Agent: 12345 city hotline, good morning.',
      "Caller: The seat at my bus stop on Hatton Parade, outside the post office — somebody's smashed the slats and there are bolts sticking up.",
      'Agent: So the bench at the bus stop on Hatton Parade is broken, with bolts sticking out?',
      "Caller: That's it.",
      "Agent: I've logged it for the street maintenance team.",
    ]).intents.find((i) => i.kind === 'new-request');
    expect(intent?.service).toBe('street-facility');
  });

  it('hears "让他们早点给我批了" about "我那个停车的证" as an urge on the filed permit', () => {
    expect(
      kinds([
        '市民：你好，我那个在小区里头停车的证，我都去窗口刷过码了，大半个月了还没批下来。你们能不能让他们早点给我批了？',
        '坐席：您的停车证申请目前在审核中，热线这边没办法帮您督促。',
        '市民：那行吧，我自己再去窗口问问。',
      ]),
    ).toContain('urge');
  });

  it('hears a sunken, broken road outside a school as a street-facility report, and a question answered as a consultation', () => {
    const road = reading([
      'Agent: hello this is twelve three four five how can i help',
      "Caller: hi um yeah so the road outside my son's school it's kind of sunk in at one spot like there's a dip and the tarmac's all broken up round the edges",
      'Agent: so the road surface is broken outside ashgrove primary school on ashgrove terrace by the school crossing',
      "Caller: yeah that's it",
      "Agent: okay i've logged that for the road maintenance team",
    ]).intents.find((i) => i.kind === 'new-request');
    expect(road?.service).toBe('street-facility');
    const hours = reading([
      '坐席：您好，12345热线，请讲。',
      '市民：你好，我问个事儿啊。我刚买了个二手房，下个月想找人重新弄一下，就是砸砸墙。我怕楼里邻居找我麻烦，想问问一天当中啥时候能干，啥时候不能干？',
      '坐席：一般工作日早上八点以后到中午十二点、下午两点以后到晚上六点可以施工。',
      '市民：好嘞，谢谢你啊，我跟装修队说一声。',
    ]);
    expect(hours.intents.find((i) => i.kind === 'new-request')?.service).toBe('consultation');
    expect(
      hours.intents.filter((i) => i.confidence >= cityHotlineRules.threshold).map((i) => i.kind),
    ).toEqual(['new-request']);
  });

  it('asks whether the hotline handles it ("到底归不归你们管") as part of a complaint, not an enquiry', () => {
    const intent = reading([
      '市民：我们那楼底下，原来是个卖菜的铺面，现在改成棋牌室了。一到晚上，那麻将机哗啦哗啦的，还有人喊“碰”“胡了”，嗓门儿大着呢，半夜十二点一点还不散。我老伴儿心脏不好，整宿睡不踏实。',
      '市民：我也不是说不让人家做买卖，可你这也得有个点儿吧？我就想问问，这事儿到底归不归你们管？',
      '坐席：您说一下具体地址。',
      '市民：西城区，新街口街道，西四北三条，二十七号院儿。棋牌室就在院儿门口临街那间。',
      '坐席：好的，我跟您核对一下：西城区新街口街道西四北三条27号院，院门口临街的棋牌室，每天晚上麻将声、喊叫声持续到凌晨一点左右，对吧？',
      '市民：对，没错儿。',
    ]).intents.find((i) => i.kind === 'new-request');
    expect(intent?.service).toBe('noise-complaint');
  });

  it('opens both street problems a caller says are two, the second "还是那条路"', async () => {
    const c = city();
    const summary = await handleCall(
      c,
      call(
        'two-street-problems',
        [
          '坐席：您好，12345热线，请讲。',
          '市民：你好。我们这条街有两个事儿，一块儿跟你说了吧。头一个，通州新华街道，新华南路，从那个新华联商场往南到河边那一段，杆子上的灯一溜儿全黑着，得有一礼拜了。',
          '坐席：好的，新华南路新华联商场往南到河边那段，路边的灯都不亮，是吧？第二件呢？',
          '市民：第二个，还是那条路，新华联对面的公交站前头，地面塌下去一块，有脸盆那么大，一下雨就积一汪水。',
          '坐席：新华联商场对面公交站前的路面塌了一块，脸盆大小。这两件我分开给您登记，都转给相关部门。',
          '市民：好，麻烦了。',
        ],
        '13970099077',
      ),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions.map((a) => `${a.outcome}:${a.service}`)).toEqual([
      'opened:street-facility',
      'opened:street-facility',
    ]);
    const views = await Promise.all(summary.actions.map((a) => c.get(a.ref!)));
    expect(views.map((view) => (view.context as { category: string }).category).sort()).toEqual([
      'lamp.broken',
      'road.pothole',
    ]);
    await c.close();
  });

  it('files a breakfast shop the caller wants opened by phone as a licence, which the hotline may not open', async () => {
    const c = city();
    const summary = await handleCall(
      c,
      call(
        'licence-by-phone',
        [
          '坐席：您好，12345热线。',
          '市民：喂，你好。我跟我媳妇想在家门口开个早点铺，门脸儿都租好了。你们能不能直接在电话里给我把那个开店的手续报上去？',
          '坐席：您说的是营业执照申请吧？这个热线没办法直接给您提交，需要您在网上提交申请。',
          '市民：哎，行吧，那我自己跑一趟。',
        ],
        '13970099078',
      ),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'new-request', outcome: 'not-allowed', service: 'business-licence' }),
    ]);
    await c.close();
  });

  it('reads "那个事情现在弄得啥样子了" as a status question beside the urge, and "9 Cobbler\'s Row" as an address', () => {
    expect(
      kinds([
        '市民：我上个月打过电话的，就是我们屋对面那个工地，晚上十二点了还在打桩。我想问一哈，那个事情现在弄得啥样子了嘛？',
        '坐席：目前已经派给区城管执法局了，还没有处理结果。',
        '市民：都半个月了嘛，还是照样整。你们帮我跟他们说一声嘛，搞快点。',
        '坐席：好的，我这边帮您给承办部门发一个督促，请他们尽快处理。',
      ]),
    ).toEqual(['status', 'urge']);
    const shop = reading([
      "Caller: There's a corner shop under my window, and their cooling units on the back wall drone all night.",
      "Agent: What's the address of the shop?",
      "Caller: It's Kwik Mart, 9 Cobbler's Row. I'm at 11, right above the alley.",
      "Agent: Thank you. I'll pass it to the environmental team to look at.",
    ]).intents.find((i) => i.kind === 'new-request');
    expect(shop?.details.slots.address).toBe("9 Cobbler's Row");
  });

  it('sends a trumpet practised every night, "I just wanted it on record", to review for the address the caller would not give', async () => {
    const c = city();
    const summary = await handleCall(
      c,
      call(
        'trumpet-no-address',
        [
          'Agent: Twelve three four five, how can I help?',
          "Caller: There's someone practising the trumpet every night at eleven. Scales, over and over. For an hour.",
          'Agent: Where is this happening?',
          "Caller: I'd rather not say. It's a small street, they'll know it was me.",
          "Caller: No. Forget it. I just wanted it on record that it's happening.",
        ],
        '13970099079',
      ),
      cityHotlineRules,
      { secret: 'dialogue-test' },
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({
        intent: 'new-request',
        outcome: 'review',
        reason: 'missing-slots',
        service: 'noise-complaint',
      }),
    ]);
    await c.close();
  });
});
