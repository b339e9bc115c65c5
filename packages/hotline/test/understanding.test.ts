import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCall, interpretCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

const PHONE = '13800000001';

function call(id: string, turns: string[], phone = PHONE) {
  return parseTranscript(`Call-Id: ${id}\nCaller: ${phone}\nAgent-Id: agent-1\n\n${turns.join('\n')}`);
}

const kinds = (...turns: string[]) =>
  interpretCall(call('k', turns), rules)
    .intents.filter((intent) => intent.confidence >= rules.threshold)
    .map((intent) => intent.kind)
    .sort();

describe('the dialogue decides', () => {
  it('takes a declined offer as no request: "不用了，我就问问" neither withdraws nor urges', () => {
    expect(
      kinds(
        '市民：我想问问我上个月那个噪音投诉的进度。',
        '坐席：查到了，目前在处理中。需要帮您催一下吗？',
        '市民：不用了，我就是问问，谢谢。',
      ),
    ).toEqual(['status']);
    expect(
      kinds(
        "Caller: What's the status of my noise complaint?",
        'Agent: It is being handled. Would you like me to send them a reminder?',
        'Caller: Nah, leave it, I was only checking. It is quite urgent for me to know though.',
      ),
    ).toEqual(['status']);
  });

  it('drops a request the agent read back and the caller denied, keeping what they said instead', () => {
    expect(
      kinds(
        "Caller: It's about my complaint, I want to cancel it.",
        'Agent: So you want to withdraw the noise complaint?',
        'Caller: No, sorry, I mean I want to add something to it — they now start at 6am.',
      ),
    ).toEqual(['add-info']);
  });

  it('lets a later request in the same turn replace one the caller takes back', () => {
    expect(kinds('市民：我想把之前那个噪音投诉撤回……算了，还是帮我催一下吧。')).toEqual(['urge']);
  });

  it('hears an A-not-A question as a question, not a negation, and a question about a filed case as status', () => {
    // "能不能快点处理" asks them to hurry; "不" inside 能不能 denies nothing.
    expect(kinds('市民：我投诉的那个施工还是天天吵到半夜，都十几天了，你们能不能快点处理？')).toEqual([
      'urge',
    ]);
    expect(kinds('市民：你好，我想了解一下我上周反映的那个噪音问题现在是什么情况。')).toEqual(['status']);
    expect(kinds("Caller: Can you tell me what's happened with my noise complaint?")).toEqual(['status']);
  });

  it('reads a wrong number or a test call as no request, whatever words it has', () => {
    expect(
      kinds(
        '市民：喂？是饺子馆吗？我订的饺子怎么还没送到？',
        '坐席：这里是12345政务服务热线，您可能打错了。',
        '市民：哦哦，不好意思。',
      ),
    ).toEqual([]);
    expect(kinds('市民：没事没事，我就是新换了手机卡，试试能不能打出去。')).toEqual([]);
  });

  it('scores a three-level answer by its words, not by a time said beside them', () => {
    const reading = interpretCall(
      call('r-1', [
        'Agent: This is the 12345 hotline calling about your noise complaint. Are you satisfied, basically satisfied or not satisfied?',
        "Caller: Not satisfied. Nothing's changed; it was going at three this morning.",
      ]),
      rules,
    );
    expect(reading.intents.find((intent) => intent.kind === 'rate')?.details.score).toBe(1);
    expect(reading.intents.some((intent) => intent.kind === 'urge' && intent.confidence >= 0.6)).toBe(false);
  });
});

const router = () => createTestRouter({ services: testServices });

describe('each request its own intent', () => {
  let r: ReturnType<typeof router>;
  beforeEach(() => {
    r = router();
  });

  it('opens one case per reported problem, each with its own service and address', async () => {
    const summary = await handleCall(
      r,
      call('two-1', [
        '坐席：您好，12345热线。',
        '市民：我有两个事儿。一个是人民路12号楼下工地晚上施工，太吵了。',
        '坐席：人民路12号工地夜间施工噪音，给您登记。还有一个是？',
        '市民：还有就是中山路8号门口的路灯不亮了，晚上很黑。',
        '坐席：中山路8号门口路灯不亮，对吗？',
        '市民：对。',
      ]),
      rules,
    );
    const opened = summary.actions.filter((action) => action.outcome === 'opened');
    expect(opened.map((action) => action.service).sort()).toEqual(['noise-complaint', 'streetlight-repair']);
    // Each case was opened with its own part of the call: the works' address, the lamp's location.
    const opening = async (service: string) =>
      JSON.stringify(await r.history(opened.find((action) => action.service === service)!.ref!));
    expect(await opening('noise-complaint')).toContain('人民路12号');
    expect(await opening('noise-complaint')).not.toContain('路灯');
    expect(await opening('streetlight-repair')).toContain('中山路8号');
  });

  it('reads "my other complaint" as the case the call did not already act on', async () => {
    const rated = await r.open({
      service: 'noise-complaint',
      input: { address: '48 Bell Street', description: 'vans idling' },
      citizen: { phone: PHONE },
      via: web,
    });
    await r.send(
      rated.ref,
      { type: 'case.assign', department: 'env' },
      { via: { channel: 'staff', actor: { id: 's' } } },
    );
    await r.send(
      rated.ref,
      { type: 'case.close', answer: 'moved' },
      { via: { channel: 'staff', actor: { id: 's' } } },
    );
    const other = await r.open({
      service: 'noise-complaint',
      input: { address: '2 Gym Lane', description: 'weights dropped' },
      citizen: { phone: PHONE },
      via: web,
    });
    const summary = await handleCall(
      r,
      call('other-1', [
        'Agent: This is a return visit from the 12345 hotline. From one to five, how would you rate it?',
        'Caller: A four.',
        'Caller: While I have you, is there any news on my other complaint?',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', ref: rated.ref, score: 4 }),
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: other.ref }),
    ]);
  });
});

describe('round 3: the turn structure and the wording of ratings', () => {
  it('ends a negation at its clause: "路灯不亮，修了没有" asks after a filed case and opens nothing', () => {
    expect(
      kinds('市民：你好，我前两天报的胡同口路灯不亮，修了没有啊？', '坐席：目前已经登记在案，等待派单。'),
    ).toEqual(['status']);
  });

  it('scores "basically satisfied" as the middle of the three-level scale, the last word said winning', () => {
    const reading = interpretCall(
      call('r-3', [
        'Agent: Calling back about your complaint. Are you satisfied, basically satisfied, or not satisfied?',
        'Caller: Satisfied... hm, well, they still go past nine sometimes. Let us say basically satisfied.',
      ]),
      rules,
    );
    expect(reading.intents.find((intent) => intent.kind === 'rate')?.details.score).toBe(3);
  });

  it('takes a request the agent registered and the caller accepted as a request, even with no service named', () => {
    const reading = interpretCall(
      call('reg-1', [
        '市民：我们小区门口的快递柜坏了好几天了，门打不开。',
        '坐席：好的，人民路12号快递柜故障，给您登记。',
        '市民：好的，谢谢。',
      ]),
      rules,
    );
    const request = reading.intents.find((intent) => intent.kind === 'new-request');
    expect(request?.confidence).toBeGreaterThanOrEqual(rules.threshold);
    expect(request?.service).toBeUndefined();
  });

  it('keeps a read-back the caller answered "no" only to give another number: the rest of it stands', () => {
    const reading = interpretCall(
      call('fix-1', [
        'Caller: The gym downstairs drops weights until midnight, I want to report it.',
        'Agent: Which address?',
        'Caller: 61 Elm Road.',
        'Agent: Let me read that back: noise from the gym at 16 Elm Road?',
        'Caller: No, no, sixty-one, six one. 61 Elm Road.',
        'Agent: Sorry, 61 Elm Road. Logged.',
      ]),
      rules,
    );
    const request = reading.intents.find((intent) => intent.kind === 'new-request');
    expect(request?.service).toBe('noise-complaint');
    expect(request?.details.slots.address).toBe('61 Elm Road');
  });
});

describe('round 4: what the agent promises and tells', () => {
  it('hears "那你们尽快吧" after the agent promises to check and call back as no urge', () => {
    expect(
      kinds(
        '市民：我查个进度，编号是NC-ZZZZZ-ZZZZZ。',
        '坐席：这个编号系统里没有查到。我先记下来，请同事核实后给您回电话，好吗？',
        '市民：行，那你们尽快吧。',
      ),
    ).toEqual(['status']);
    // The same words after the agent offers to urge do urge.
    expect(
      kinds(
        '市民：我上个月投诉的楼上装修，到现在还在干。',
        '坐席：查到了，正在处理中。我帮您催一下，好吗？',
        '市民：行，那你们尽快吧。',
      ),
    ).toContain('urge');
  });
});

describe('blind sets 16–18: words that meant something else', () => {
  const scoreOf = (...turns: string[]) =>
    interpretCall(call('s', turns), rules).intents.find((intent) => intent.kind === 'rate')?.details.score;

  it('takes a point off a changed rating as no second score, and a wait that has ended as no urge', () => {
    const visit = [
      '坐席：您好，这里是12345回访，请问是反映夜里货车鸣笛的王女士吗？',
      '市民：是我。',
      '坐席：交警已经在路口装了禁鸣标志。您对处理结果打几分？一到五分。',
      '市民：现在是不太按喇叭了，那就五分吧。',
      '坐席：好的，五分。',
      '市民：等一下，还是四分吧，前后拖了快一个月才修好，扣一分。',
      '坐席：好的，给您记四分。',
    ];
    expect(kinds(...visit)).toEqual(['rate']);
    expect(scoreOf(...visit)).toBe(4);
    expect(
      scoreOf(
        'Agent: This is the return visit for your streetlight report. How would you score it, one to five?',
        "Caller: Four — I'm knocking a point off for the wait.",
      ),
    ).toBe(4);
  });

  it('hears a request to the hotline in "想让你们催一下", and a question put to anyone as a request', () => {
    expect(kinds('市民：我之前投诉过楼下那个洗车店，想让你们催一下。')).toEqual(['urge']);
    expect(kinds('市民：我妈想让我把投诉撤了，我没同意。')).not.toContain('withdraw');
    expect(
      kinds(
        'Caller: I have a complaint in about the rooftop fans at the gym, reference NC-AAAAA-AAAAA.',
        "Caller: I know these things take time, but it's been weeks. Could somebody give them a nudge?",
      ),
    ).toContain('urge');
    expect(kinds('Caller: I want to push one of my complaints along, the one about the nightclub.')).toEqual([
      'urge',
    ]);
  });

  it('reads a consultation filed on an earlier call as that case, not a new question', () => {
    expect(
      kinds(
        '市民：我前天打电话咨询过一个事儿，孩子上小学报名要准备啥材料，你们说要核实了再回电话。',
        '坐席：是的，这个咨询还在等答复。',
        '市民：不用了，我去学校问清楚了，你们就别回了，撤了吧。',
      ),
    ).toEqual(['withdraw']);
    expect(
      kinds(
        '市民：我上礼拜问过公交卡优惠的事，说有人给我回电话。',
        '市民：不用回了，我闺女已经帮我办好了，你们把它撤了吧。',
      ),
    ).toEqual(['withdraw']);
  });

  it('hears "你拿这个查一下" as the means of finding the case, and "有人来修了吗" as a status question', () => {
    expect(
      kinds(
        '市民：我之前投诉过楼下洗车店，想让你们催一下。',
        '坐席：请问您有工单编号吗？',
        '市民：编号没记，我手机号是13900000000，你拿这个查一下不就行了。',
      ),
    ).toEqual(['urge']);
    expect(kinds('市民：我上个礼拜报过胡同口的路灯，一直黑着，想问问有人来修了吗？')).toEqual(['status']);
    expect(kinds('市民：你好，我问下我投诉那个酒吧的事儿。')).toEqual(['status']);
  });
});

describe('blind sets 16–19: return visits and requests said beside each other', () => {
  it('hears the rated outcome in a return visit as no status question, from the agent or echoed by the caller', () => {
    expect(
      kinds(
        '坐席：您好，这里是12345回访，您反映的商场外墙大屏幕声音太大的问题，部门已经答复处理了，请您对处理结果打个分，1到5分。',
        '市民：我先说啊，上回接电话那个小姑娘态度真好，我给她打五分。',
        '坐席：谢谢您的认可。不过这次是请您对问题的处理结果打分。',
        '市民：处理结果啊……那不行。声音是小了点，可还是放到晚上十点，跟没处理差不多。这个就两分吧。',
      ),
    ).toEqual(['rate']);
    expect(
      kinds(
        '坐席：环保部门已经责令健身房降低音量。请您对处理结果打个分，一到五分。',
        '市民：你们态度挺好的，给你们五分。',
        '坐席：谢谢您，不过这次问的是健身房这个问题的处理结果，您觉得处理得怎么样？',
        '市民：哦，那就三分吧。',
      ),
    ).toEqual(['rate']);
  });

  it('hears "一点动静没有" beside an urge as the reason for it, not a status question', () => {
    expect(
      kinds(
        '市民：我半个月前就投诉过楼下烧烤店，到现在一点动静没有。',
        '坐席：您先别着急，是兴丰大街那个烧烤店吧？',
        '市民：对，咋一点儿动静都没有呢。',
        '坐席：这件已经派到相关部门了，我帮您催办一下可以吗？',
        '市民：催，必须得催。',
      ),
    ).toEqual(['urge']);
  });

  it('keeps "where is that up to?" as its own request beside a later urge, and hears "follow up with them" as one', () => {
    expect(
      kinds(
        "Caller: Hi, I reported my neighbour's home gym. Where is that up to?",
        "Agent: It was sent to the local office nine days ago and they haven't signed for it yet.",
        'Caller: Nine days? Ridiculous.',
        'Agent: Would you like me to send them a reminder?',
        'Caller: Yes. Please. Chase it hard.',
      ),
    ).toEqual(['status', 'urge']);
    expect(
      kinds(
        'Caller: I already have a complaint with you about the karaoke bar. Can you follow up with them? It has been two weeks.',
      ),
    ).toEqual(['urge']);
  });
});

describe('blind sets 20–21: adverbs, answers and names of cases', () => {
  it('hears "actually" inside a clause as no correction adding to the case', () => {
    expect(
      kinds(
        "Caller: Hi, I wanted to find out what's happening with my complaint.",
        'Agent: I can see two complaints on your number, a generator and a dog. Which one is it?',
        "Caller: The generator one. The dog's actually calmed down a bit.",
        'Agent: The generator complaint has been signed for and is being handled.',
        "Caller: Okay, so someone's actually on it. Cheers.",
      ),
    ).toEqual(['status']);
  });

  it('hears "我都反映半个多月了" as a filed case and "催，必须催" as the urge, not a new question', () => {
    expect(
      kinds(
        '坐席：您好，12345热线。',
        '市民：你好，我都反映半个多月了，怎么还是嗡嗡嗡的，晚上根本睡不着。',
        '坐席：不好意思。您名下有两个工单，一个是反映邻居家狗叫，一个是反映楼下商铺空调外机噪声，您说的是哪一个？',
        '市民：外机那个，就楼下那个饭店的，白天晚上都响。',
        '坐席：好的，这个工单已经派到区生态环境局，还在办理中。需要我帮您催办一下吗？',
        '市民：催，必须催。',
      ),
    ).toEqual(['urge']);
  });

  it('keeps the urge when the caller answers the agent\'s offer for another case with "那个先放着吧"', () => {
    expect(
      kinds(
        '市民：喂你好我要催一下那个狗叫的',
        '坐席：好的我看到您名下有两个工单一个是狗叫的一个是工地半夜施工的',
        '市民：哦不对不对狗那个已经好了我是说工地那个还是天天半夜干活',
        '坐席：好的那我给工地这个催办一下狗叫那个需要撤回吗',
        '市民：那个先放着吧我再观察几天',
      ),
    ).toEqual(['urge']);
  });

  it('reads the case the caller names by its street ("The one on Foundry Road.")', async () => {
    const r = router();
    const open = (address: string, description: string) =>
      r.open({
        service: 'noise-complaint',
        input: { address, description },
        citizen: { phone: PHONE },
        via: web,
      });
    const foundry = await open('12 Foundry Road', 'Compressor running all night');
    await open('3 Mill Lane', 'Dog barking');
    const summary = await handleCall(
      r,
      call('place-1', [
        "Caller: I put in a couple of complaints a while back and I wanted to see where one of them's got to.",
        'Agent: I can see two open complaints under this number. Which one are you calling about?',
        'Caller: The one on Foundry Road.',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: foundry.ref }),
    ]);
  });
});

describe('blind sets 2 and 23: colloquial status, advice and the story before a request', () => {
  it('hears "现在咋样了" as a status question of its own beside the urge that follows', () => {
    expect(
      kinds(
        '市民：喂你好我问一下我那个投诉现在咋样了',
        '坐席：您这个号码下有一件工地夜间运土车倒车报警的，是这件吗',
        '市民：对对是这个',
        '坐席：这件已经派到区城管执法局了，部门还没有签收',
        '市民：还没签收啊这都好几天了那你帮我催一下吧',
      ),
    ).toEqual(['status', 'urge']);
  });

  it('hears "I just wanted to know if anything\'s happening with it" after "I rang last week" as a status question', () => {
    expect(
      kinds(
        "Caller: Hi, I rang last week about the gym under my flat. I just wanted to know if anything's happening with it.",
        'Agent: I can see one complaint from this number, the gym at 6 Pumphouse Lane. Is that the one?',
        "Caller: Yes, that's it.",
      ),
    ).toEqual(['status']);
  });

  it('takes the agent\'s advice to withdraw online as no withdrawal, and a time in the story before "can you" as not for later', () => {
    expect(
      kinds(
        "Caller: I'm moving next week and I've got a residents' parking permit at the old address. What do I do with it?",
        "Agent: For the new address you'd apply again. You can withdraw the old one online once you've moved.",
        "Caller: Okay. That's all I wanted to know.",
      ),
    ).not.toContain('withdraw');
    expect(
      kinds(
        "Caller: hello I'm selling my car next week so I don't need my residents parking permit any more can you cancel it for me",
      ),
    ).toEqual(['withdraw']);
  });
});

describe('attack round 28: a report the caller asks not to file yet', () => {
  it('opens nothing for "先别立案，我再观察几天" or "don\'t log anything yet", and files it when asked again later', () => {
    expect(kinds('市民：楼下工地天天半夜施工，人民路12号，不过先别立案，我再观察几天。')).toEqual([]);
    expect(
      kinds(
        "Caller: There's drilling every night at 12 Elm Road from the building site, but don't log anything yet, I'll see how it goes.",
      ),
    ).toEqual([]);
    expect(
      kinds(
        '市民：楼下工地天天半夜施工，人民路12号，先别立案，我再观察几天。',
        '坐席：好的。',
        '市民：算了，还是我要投诉吧，太吵了。',
      ),
    ).toEqual(['new-request']);
  });
});

describe('blind sets 15–25: which case each request is about', () => {
  it('keeps "行吧。那个你们给我催一下" as an urge after the agent told the state, while "Still waiting. Right." stays none', () => {
    expect(
      kinds(
        '市民：阜通东大街那个工地的投诉，现在到哪一步了？',
        '坐席：还在等对方签收。',
        '市民：行吧。那我还有一个，南湖东园楼下那个饭馆的排风机，那个你们给我催一下。',
      ),
    ).toEqual(['status', 'urge']);
    expect(
      kinds(
        "Caller: What's happening with my complaint about the pile driving?",
        "Agent: It's been received and it's waiting to be sent to the department responsible.",
        'Caller: Still waiting to be sent. Right. Thanks for checking.',
      ),
    ).toEqual(['status']);
  });
});

describe('blind set 17: "haven\'t heard" of news, not of the noise', () => {
  it('hears "I haven\'t heard a peep" and "haven\'t heard back" as status, "Haven\'t heard a clang since" as none', () => {
    expect(
      kinds("Caller: I applied for the residents' parking card a while back. I haven't heard a peep."),
    ).toEqual(['status']);
    expect(kinds("Caller: I complained about the karaoke bar last month and I haven't heard back.")).toEqual([
      'status',
    ]);
    expect(
      kinds(
        'Agent: The department says the contractor was told not to put the scaffolding up after eight. How is it now?',
        "Caller: Oh, that one. Yes, they stopped. Haven't heard a clang after eight since.",
      ),
    ).toEqual([]);
  });
});

describe('blind sets 18 and 21: what is no rating and no note', () => {
  it('hears "I am not happy at all" before any rating was asked as the story of a status question, not a score', () => {
    expect(
      kinds(
        'Caller: hello yes look i am not happy at all i called you people last month about that bottling factory on bellfounder street the compressor hums the whole night',
        'Agent: i can see the complaint about the compressor noise at the factory on bellfounder street',
        'Caller: ehen that one so where is it now who is handling it',
      ),
    ).toEqual(['status']);
    // Asked for, the same words are the score.
    expect(
      kinds(
        'Agent: This is the 12345 hotline calling back about the compressor at the factory. How satisfied are you with the outcome?',
        'Caller: I am not happy at all, it still hums every night.',
      ),
    ).toEqual(['rate']);
  });

  it('takes a reference read again ("不对我从头念 NC-…") as no correction of the case', () => {
    expect(
      kinds(
        '市民：喂你好我要催办我有单号我找一下啊',
        '坐席：好的不着急',
        '市民：是N C 嗯 不对我从头念 NC-H0Y59-2XBHG',
        '坐席：我跟您核对一下是NC-H0Y59-2XBHZ对吗',
        '市民：不对不对最后一个不对我再念一遍 NC-H0Y59-2XBHG',
        '坐席：好的查到了是夜间渣土车的投诉对吧',
        '市民：对就是渣土车那个',
      ),
    ).toEqual(['urge']);
  });
});

describe('blind set 24: status asked in many ways', () => {
  it('hears "我那俩事儿都啥情况了", "你们那边已经答复了？", "Has it gone anywhere yet?" and "Is anyone actually dealing with it?" as status', () => {
    expect(kinds('市民：喂你好 呃 我问一下啊我那俩事儿都啥情况了')).toEqual(['status']);
    expect(
      kinds(
        '市民：你好，我投诉我们村那个农家院晚上放音乐的，我听我邻居说你们那边已经答复了？我怎么没接着电话啊？',
      ),
    ).toEqual(['status']);
    expect(
      kinds('Caller: Hi, I rang last week about the juice bar under my flat. Has it gone anywhere yet?'),
    ).toEqual(['status']);
    expect(
      kinds(
        "Caller: I'm calling about the building site on Fettle Street I reported last week. Is anyone actually dealing with it?",
      ),
    ).toEqual(['status']);
  });

  it('takes "啊，已经答复了？" after the agent said so as the news echoed, not a question', () => {
    expect(
      kinds(
        '市民：你好，我想把我之前那个投诉撤了，楼上装修的，人家已经装完了。',
        '坐席：装修那件部门已经答复了，这个没法撤回。',
        '市民：啊，已经答复了？那行吧。',
      ),
    ).toEqual(['withdraw']);
  });

  it('adds "something else… they\'ve started doing Saturdays" to the case when the agent reads it back as a note, opening nothing', () => {
    expect(
      kinds(
        "Caller: I'm calling about the building site next to me on Fettle Street. I reported it last week. Is anyone actually dealing with it?",
        "Agent: I have the complaint about the site at 8 Fettle Street. It's being handled.",
        "Caller: Okay, good. Because there's something else. They've started doing Saturdays as well now, concrete mixer and everything.",
        "Agent: So you'd like me to add that they now also work on Saturdays, with a concrete mixer?",
        'Caller: Yes please. Add that.',
      ),
    ).toEqual(['add-info', 'status']);
  });
});

describe('blind set 15: a reference read wrong and the agent listing the cases', () => {
  it('keeps the urge when the caller says "可能我念错了" of a reference nobody can find', () => {
    expect(
      kinds(
        '坐席：您好一二三四五请讲',
        '市民：喂你好我催一下我那个单子单号是N C 杠 K 幺 四 B 二 杠 H P K R 二',
        '坐席：您稍等啊这个编号我这边查不到对应的工单您再核对一下',
        '市民：就是短信上的啊可能我念错了反正就是那个菜市场凌晨卸货的新华南路那个',
        '坐席：好的我先给您记下来转同事核实后给您回电',
      ),
    ).toEqual(['urge']);
  });

  it('hears "另一件是北苑公园北门广场舞…您要补充什么？" as the agent naming the other case, not asking for a second request', () => {
    expect(
      kinds(
        '市民：你好，我想补充点情况。',
        '坐席：好的。我看到您这个号码下有两件，一件是果园西路工地夜间施工，是这件吗？',
        '市民：不是不是，工地那个最近消停了。我说的是广场舞那个。',
        '坐席：好的，另一件是北苑公园北门广场舞音响声音大。您要补充什么？',
        '市民：他们现在改到早上六点就开始跳了，早上也放音响，你给加上。',
        '坐席：好的，给您补充：现在早上六点起也有广场舞音响扰民。',
        '市民：对，谢谢。',
      ),
    ).toEqual(['add-info']);
  });
});

describe('blind set 20: a chase asked with "怎么", a check asked in passing, an anonymous report', () => {
  it('hears "我找你们催一下 我那投诉怎么还没动静" as an urge (怎么 asks why, not whether to)', () => {
    expect(kinds('市民：喂 我找你们催一下 我那投诉怎么还没动静')).toEqual(['urge']);
  });

  it('hears "I wanted to see if anything\'s happening" as status', () => {
    expect(
      kinds(
        "Caller: Hi, I reported a road sign last week, the no-entry sign on Sallow Walk that got twisted round. I wanted to see if anything's happening.",
      ),
    ).toEqual(['status']);
  });

  it('hears "你们派人去查查就行" in a new report as the visit asked for, not a status question', () => {
    expect(
      kinds(
        '市民：喂，我反映个事儿，我不想留名字啊，也别给我回电话。',
        '坐席：可以的，您可以匿名反映。请讲。',
        '市民：西单北大街东边那个堂子胡同口，新开了个KTV，每天晚上唱到两三点，门口还有喝多了的嚷嚷。',
        '坐席：好的，堂子胡同口的KTV夜间噪声，每天到凌晨两三点，对吗？',
        '市民：对。你们派人去查查就行，别说是谁打的电话。',
        '坐席：好的，我们按匿名登记。',
      ),
    ).toEqual(['new-request']);
  });
});
