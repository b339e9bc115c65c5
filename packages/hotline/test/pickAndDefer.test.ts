import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCall, interpretCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

const CALLER = '13800000007';

type Router = ReturnType<typeof createTestRouter<typeof testServices>>;
const staff = { via: { channel: 'staff', actor: { id: 'clerk-1' } } };

/** A noise complaint of the caller's, filed on the web. */
function openNoise(r: Router, address: string, description: string) {
  return r.open({
    service: 'noise-complaint',
    input: { address, description },
    citizen: { phone: CALLER },
    via: web,
  });
}

/** A case replied to by the department and closed, waiting for its return visit. */
async function closeCase(r: Router, ref: string, answer: string) {
  await r.send(ref, { type: 'case.assign', department: 'env' }, staff);
  await r.send(ref, { type: 'case.close', answer }, staff);
}

function call(id: string, turns: string[], phone = CALLER) {
  return parseTranscript(`Call-Id: ${id}\nCaller: ${phone}\nAgent-Id: agent-3\n\n${turns.join('\n')}`);
}

const kinds = (...turns: string[]) =>
  interpretCall(call('k', turns), rules)
    .intents.filter((intent) => intent.confidence >= rules.threshold)
    .map((intent) => intent.kind)
    .sort();

describe('a caller with several cases picks one by what it is about', () => {
  let r: ReturnType<typeof createTestRouter>;
  let generator: Awaited<ReturnType<typeof r.open>>;
  let dog: Awaited<ReturnType<typeof r.open>>;
  const open = (address: string, description: string) => openNoise(r, address, description);
  const types = async (ref: string) => (await r.history(ref)).map((event) => event.type);
  beforeEach(async () => {
    r = createTestRouter({ services: testServices });
    generator = await open('5 Foundry Lane', 'Diesel generator at the food market running all night');
    dog = await open('5 Foundry Lane', 'Neighbour dog howling when left alone');
  });

  it('withdraws only the case the caller designates, not the one they say "not" about', async () => {
    const summary = await handleCall(
      r,
      call('pick-1', [
        'Agent: 12345, how can I help?',
        'Caller: Please withdraw the generator one, not the dog. The market has moved away.',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: generator.ref }),
    ]);
    expect(await types(dog.ref)).toEqual(['case.open']);
  });

  it("follows the caller's correction of which case, and picks none when the correction names none", async () => {
    const corrected = await handleCall(
      r,
      call('pick-4', [
        'Caller: Please withdraw the dog one — no wait, sorry, the generator one. It has gone quiet.',
      ]),
      rules,
    );
    expect(corrected.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: generator.ref }),
    ]);
    const unsure = await handleCall(
      r,
      call('pick-5', [
        "Caller: Please withdraw the dog one — sorry, I mean my complaint, the one I made. It's all fine now.",
      ]),
      rules,
    );
    // Whatever the call is read as, the case the caller took back is not acted on, nor any other.
    expect(unsure.actions.map((action) => action.outcome)).toEqual(['review']);
    expect(await types(generator.ref)).toEqual(['case.open', 'case.withdraw']);
    expect(await types(dog.ref)).toEqual(['case.open']);
  });

  it('picks nothing from a word that merely occurs: several cases stay a question for a person', async () => {
    const summary = await handleCall(
      r,
      call('pick-2', [
        "Caller: It's me again, I work nights at the food market. Please withdraw my complaint, it's fine now.",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'several-cases' }),
    ]);
    expect(await types(generator.ref)).toEqual(['case.open']);
    expect(await types(dog.ref)).toEqual(['case.open']);
  });

  it('reads only the case asked about, and leaving the other alone withdraws nothing', async () => {
    r = createTestRouter({ services: testServices });
    generator = await open('人民路5号', '楼下发电机整夜响');
    dog = await open('人民路5号', '邻居家狗叫个不停');
    const summary = await handleCall(
      r,
      call('pick-3', ['市民：那个狗叫的不用管，发电机那个现在怎么样了？']),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: generator.ref }),
    ]);
    expect(await types(dog.ref)).toEqual(['case.open']);
  });

  it('reads only the case of the reference that replaced one the caller took back ("That\'s the wrong one…")', async () => {
    const summary = await handleCall(
      r,
      call('pick-retracted', [
        `Caller: I just want to know where it's up to. It's ${dog.ref}.`,
        'Agent: Thank you, one moment—',
        `Caller: Oh, hang on. Sorry. That's the wrong one, I've read you the dog one. The one I want is the generator, it's ${generator.ref}.`,
        'Agent: That one is being handled.',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: generator.ref }),
    ]);
  });
});

describe('what a caller says for later, takes back or turns to', () => {
  it('asks nothing now with a request on a condition for later', () => {
    expect(
      kinds(
        "Caller: Hi, what's happening with my noise complaint?",
        "Agent: It's being handled. Would you like me to send them a reminder?",
        "Caller: No, don't bother them yet. But if it's not sorted by Friday, I'll call again and then you can chase them.",
      ),
    ).toEqual(['status']);
    expect(kinds('市民：我的噪音投诉现在到哪一步了？要是下周还没动静，我再打过来让你们催。')).toEqual([
      'status',
    ]);
  });

  it('keeps a negation to its clause: "not asking you to hurry them" is no urge, "No, hurry them up" is one', () => {
    expect(
      kinds(
        "Caller: About my noise complaint. I'm not asking you to hurry them up, I know it takes time. Can you add that they now start at 6am?",
      ),
    ).toEqual(['add-info']);
    expect(
      kinds(
        "Caller: What's the status of my noise complaint?",
        'Agent: It is being handled. Shall I just leave it?',
        'Caller: No, hurry them up please.',
      ),
    ).toEqual(['status', 'urge']);
  });

  it('takes the later score when the caller takes back the first', () => {
    const score = (...turns: string[]) =>
      interpretCall(call('s', turns), rules).intents.find((intent) => intent.kind === 'rate')?.details.score;
    expect(
      score('Agent: Return visit: on a scale of one to five?', "Caller: Let's say three. Hmm, no — four."),
    ).toBe(4);
    expect(
      score('Agent: Return visit, 1 to 5?', "Caller: I'd give it a 3. Actually no — make that a 2."),
    ).toBe(2);
  });

  it('hears a problem never reported before as a new request, not a chase', () => {
    expect(
      kinds(
        'Caller: Nobody has done anything about the loud drilling behind my building at 28 Willow Terrace.',
        'Agent: Have you reported this to us before?',
        "Caller: No, this is the first time I'm calling.",
      ),
    ).toEqual(['new-request']);
  });

  it('keeps a second matter after a rating as its own request', () => {
    expect(
      kinds(
        'Agent: 12345 following up on your noise complaint. From 1 to 5, how would you rate how it was handled?',
        'Caller: Oh, five.',
        'Agent: Five, thank you.',
        "Caller: While I've got you — there's loud drilling every night at 3 Mill Lane. Can you report that?",
      ),
    ).toEqual(['new-request', 'rate']);
  });
});

describe('a call that carries a second matter', () => {
  it('reads only the filed case beside a new report made in the same call', async () => {
    const r = createTestRouter({ services: testServices });
    const filed = await r.open({
      service: 'noise-complaint',
      input: { address: '9 Quay Road', description: 'Karaoke bar loud until 2am' },
      citizen: { phone: CALLER },
      via: web,
    });
    const summary = await handleCall(
      r,
      call('second-1', [
        "Caller: Hi, two things. First, where's my noise complaint about the karaoke bar at?",
        "Agent: It's been dispatched to the district office.",
        'Caller: Okay. And second, a new one: a generator runs till two in the morning at 2 Mill Lane, very loud.',
        "Agent: I've opened a new complaint for the generator at 2 Mill Lane.",
      ]),
      rules,
    );
    const opened = summary.actions.find((action) => action.outcome === 'opened');
    expect(opened).toMatchObject({ intent: 'new-request', service: 'noise-complaint' });
    expect(summary.actions.filter((action) => action.intent === 'status')).toEqual([
      expect.objectContaining({ outcome: 'read', ref: filed.ref }),
    ]);
  });

  it('opens each request said after a lead-in without a pause', () => {
    const reading = interpretCall(
      call('second-2', [
        '市民：你好我先问个事儿，装修晚上几点以后不让干了？',
        '坐席：一般晚上十点到早上六点不允许产生噪声的施工。',
        '市民：十点是吧。那我要投诉，人民路8号现在都十一点了还在施工，太吵了。',
      ]),
      rules,
    );
    const requests = reading.intents.filter((intent) => intent.kind === 'new-request');
    expect(requests.some((intent) => intent.details.slots.address === '人民路8号')).toBe(true);
  });

  it('takes a street corner and a pinyin street with its number as the address', () => {
    const address = (text: string) => interpretCall(call('slots', [text]), rules).slots.address;
    expect(
      address('Caller: Loud construction noise at the corner of Lantern Street and Bell Road every night.'),
    ).toBe('corner of Lantern Street and Bell Road');
    expect(address('Caller: the karaoke is so loud, it is on chuanwu jie number 27')).toBe(
      'chuanwu jie number 27',
    );
  });
});

describe('a caller with two matters on two of their cases', () => {
  let r: Router;
  let site: Awaited<ReturnType<typeof r.open>>;
  let dog: Awaited<ReturnType<typeof r.open>>;
  let deliveries: Awaited<ReturnType<typeof r.open>>;
  const open = (address: string, description: string) => openNoise(r, address, description);
  const on = (summary: Awaited<ReturnType<typeof handleCall>>) =>
    summary.actions.map((action) => `${action.intent}:${action.outcome}:${action.ref}`);
  beforeEach(async () => {
    r = createTestRouter({ services: testServices });
    site = await open('Corner of Kiln Street and Foundry Road', 'Building site works past 10pm');
    dog = await open('6 Bell Lane', 'Dog barks in the yard day and night');
    deliveries = await open('Supermarket, Orwell Parade', 'Deliveries with roll cages at 4am');
  });

  it("chases the case the first matter names and withdraws the one the read-back names, not the read-back's case twice", async () => {
    const summary = await handleCall(
      r,
      call('two-matters', [
        'Agent: 12345, how can I help?',
        "Caller: Hi, two things. First, the building site on Kiln Street is still working past ten and nobody's done anything, so can you chase that?",
        "Agent: I'll send an urge now. And the second thing?",
        'Caller: The dog on Bell Lane. The owners have moved out, so you can cancel that one.',
        "Agent: So you'd like to withdraw the complaint about the barking dog at 6 Bell Lane?",
        "Caller: Yes, that's right.",
      ]),
      rules,
    );
    expect(on(summary).sort()).toEqual([`urge:applied:${site.ref}`, `withdraw:applied:${dog.ref}`].sort());
  });

  it('scores the visited case when the caller says its problem came back, not their open case', async () => {
    await closeCase(r, site.ref, 'Told to stop at 10pm');
    const summary = await handleCall(
      r,
      call('visit-came-back', [
        '坐席：您好，这里是12345热线回访。您之前反映的工地夜间施工，部门答复已经责令晚上十点以后停工。现在情况怎么样？',
        '市民：停什么停啊，就消停了两天，这礼拜又开始了。',
        '坐席：请您对这次办理结果打个分，一到五分。',
        '市民：两分吧。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', ref: site.ref, score: 2 }),
    ]);
  });

  it("adds a note to the caller's open case even when the note's words are a withdrawn case's", async () => {
    await r.send(dog.ref, { type: 'case.withdraw' }, staff);
    await r.send(deliveries.ref, { type: 'case.withdraw' }, staff);
    const summary = await handleCall(
      r,
      call('note-open', [
        "Caller: Hi, I'd like to add something to my complaint, please.",
        "Agent: Of course, I've got your open complaint up. What would you like to add?",
        "Caller: They're in the yard day and night now, with a radio.",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'add-info', outcome: 'applied', ref: site.ref }),
    ]);
  });

  it('urges each of two cases whose references the caller reads out and asks for both ("对，两个都催")', async () => {
    const summary = await handleCall(
      r,
      call('both-refs', [
        `市民：你好，我有两个单子，都一个多礼拜了没人管。第一个${site.ref}，第二个${dog.ref}。`,
        '坐席：好的，第一件是工地夜间施工，第二件是狗叫。两件都给您催办，对吗？',
        '市民：对，两个都催。',
      ]),
      rules,
    );
    expect(on(summary).sort()).toEqual([`urge:applied:${dog.ref}`, `urge:applied:${site.ref}`].sort());
    const one = await handleCall(
      r,
      call('one-of-refs', [`市民：我有两个单子，第一个${site.ref}，第二个${dog.ref}，帮我催一下。`]),
      rules,
    );
    expect(one.actions).toEqual([
      expect.objectContaining({ outcome: 'review', reason: 'several-references' }),
    ]);
  });

  it('reads only the case an unpunctuated "the one about the deliveries at the supermarket" names', async () => {
    const summary = await handleCall(
      r,
      call('asr-about', [
        'Agent: hello twelve three four five',
        'Caller: hi there the one about the deliveries at the supermarket on orwell parade where is that up to',
        'Agent: that one has been dispatched',
      ]),
      rules,
    );
    expect(on(summary)).toEqual([`status:read:${deliveries.ref}`]);
  });
});

describe('a case the caller names by words none of theirs has, then confirms as the agent read it', () => {
  it('adds to the generator case after "the engine thing" — "is that the generator at the car wash?" — "yes"', async () => {
    const r = createTestRouter({ services: testServices });
    const open = (address: string, description: string) => openNoise(r, address, description);
    const generator = await open('30 Weaver Street', 'Car wash runs a diesel generator all night');
    const music = await open('5 Orchard Terrace', 'Upstairs flat plays loud music on weeknights');
    const summary = await handleCall(
      r,
      call('engine-thing', [
        'Agent: 12345 good afternoon',
        'Caller: hi um i rang you on monday about a noise thing and i wanted to add something to it',
        'Agent: sure there are two open complaints under your number which one is it',
        'Caller: the engine thing that thrums all night',
        'Agent: is that the generator at the car wash on weaver street',
        'Caller: yes that one',
        'Agent: okay what would you like to add',
        "Caller: they've moved it right up against the fence now so it's about ten metres from our bedroom",
        "Agent: got it i've added that the generator has been moved next to the fence",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'add-info', outcome: 'applied', ref: generator.ref }),
    ]);
    expect((await r.history(music.ref)).map((event) => event.type)).toEqual(['case.open']);
  });
});

describe('two requests on two of the caller’s cases, read back together', () => {
  let r: Router;
  const on = (summary: Awaited<ReturnType<typeof handleCall>>) =>
    summary.actions.map((action) => `${action.intent}:${action.outcome}:${action.ref}`);
  const open = (address: string, description: string) => openNoise(r, address, description);
  beforeEach(() => {
    r = createTestRouter({ services: testServices });
  });

  it('urges the site and withdraws the dog when one read-back names both, and opens nothing for "two things"', async () => {
    const site = await open('18 Brassfounder Street', 'Building site works through the night');
    const dog = await open('18 Brassfounder Street', "Neighbour's dog howls at night");
    const summary = await handleCall(
      r,
      call('joint-read-back', [
        'Agent: Twelve three four five, good morning.',
        'Caller: Morning. Two things, on two different complaints, so bear with me.',
        "Agent: Of course. I can see two open complaints on your number, both on Brassfounder Street: a building site working at night, and a neighbour's dog.",
        "Caller: Right. The building site, they're still at it, it's been a month. Can you chase them?",
        'Agent: I can send an urge on the building site complaint. And the second thing?',
        "Caller: The dog. Forget the dog. They've moved out, the flat's empty. Cancel that one.",
        'Agent: So: an urge on the Brassfounder Street building site, and withdraw the dog complaint because the neighbours have moved. Is that right?',
        "Caller: That's it.",
      ]),
      rules,
    );
    expect(on(summary).sort()).toEqual([`urge:applied:${site.ref}`, `withdraw:applied:${dog.ref}`].sort());
  });

  it('withdraws "the second one, the karaoke" and keeps the gym "still at it, keep that one going"', async () => {
    const gym = await open('30 Orrery Street', 'Gym on the ground floor drops weights at night');
    const karaoke = await open('30 Orrery Street', 'Karaoke bar in the basement plays music after midnight');
    const summary = await handleCall(
      r,
      call('keep-the-gym', [
        'Agent: 12345 hotline, how can I help you?',
        "Caller: Hi, yes, I want to cancel one of my complaints. I can't remember what you've got them down as.",
        "Agent: I've got two open complaints on this number. The first is the gym dropping weights at night. The second is the karaoke bar in the basement.",
        "Caller: The second one. The karaoke. They've shut down, there's a sign on the door.",
        'Agent: So you’d like to withdraw the karaoke bar complaint at 30 Orrery Street because the bar has closed, and the gym complaint stays open. Is that right?',
        'Caller: Yes. The gym is still at it, keep that one going.',
      ]),
      rules,
    );
    expect(on(summary)).toEqual([`withdraw:applied:${karaoke.ref}`]);
    expect((await r.history(gym.ref)).map((event) => event.type)).toEqual(['case.open']);
  });

  it('acts on a case the agent read out with its description and the caller confirmed ("是NC-…，…那件吗？" "对")', async () => {
    const bbq = await open('怀柔区雁栖镇范各庄村路边', '烧烤摊夜里喝酒划拳');
    await open('怀柔区雁栖镇范各庄村', '邻居家鸽子哨一大早响');
    const summary = await handleCall(
      r,
      call('long-description', [
        '坐席：您好，12345热线，请讲。',
        '市民：你好，我问问我那个投诉。',
        `坐席：好的，您名下有两件。是${bbq.ref}，范各庄村路边烧烤摊夜里喝酒划拳那件吗？`,
        '市民：对，就是这个。',
        '坐席：好的，您想了解什么？',
        '市民：到底到哪一步了？一个月了都。',
        '坐席：这件已经派给属地，部门签收了，正在处理。',
        '市民：签收了还这么久……那你给我催一下吧。',
        '坐席：好的，给这件催办。',
      ]),
      rules,
    );
    expect(on(summary)).toEqual([`status:read:${bbq.ref}`, `urge:applied:${bbq.ref}`]);
  });
});

describe('which of the caller’s cases, by whom it affects and what is left', () => {
  let r: Router;
  const open = (address: string, description: string) => openNoise(r, address, description);
  beforeEach(() => {
    r = createTestRouter({ services: testServices });
  });

  it('urges the case at the caller’s mum’s that the caller filed from their own phone', async () => {
    await open('12 Hobnail Road', 'Pub plays live music until 1am');
    const dog = await open('7 Tippet Row', 'Dog next door barks all day while the owners are at work');
    const summary = await handleCall(
      r,
      call('filed-for-mum', [
        'Agent: 12345, good morning, how can I help?',
        "Caller: Morning. I've got a couple of complaints in with you and I want to chase one of them.",
        'Agent: Which one is it about?',
        "Caller: The one round at my mum's. On Tippet Row. I just reported it for her from my phone.",
        "Agent: That's the dog barking next door at 7 Tippet Row.",
        "Caller: That's the one. It's been weeks. Can you give them a push? Not the pub, that one I can live with.",
        "Agent: Of course. I'll send an urge on the Tippet Row complaint only. Is that right?",
        'Caller: Yes, perfect. Thanks.',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: dog.ref }),
    ]);
    // Said of a case someone else filed, the caller's own case is still no stand-in.
    const other = await handleCall(
      r,
      call('mums-own', [
        'Agent: 12345, how can I help?',
        "Caller: I'm calling about my mum's complaint, the one she made about the dog. Can you chase it?",
      ]),
      rules,
    );
    expect(other.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'review', reason: 'no-case' }),
    ]);
  });

  it('adds to the renovation when the caller says "烧烤那个没事儿，就补这个"', async () => {
    const works = await open('东城区交道口街道帽儿胡同23号', '隔壁院子装修砸墙');
    const bbq = await open('东城区交道口街道雨儿胡同东口', '胡同口烧烤摊夜里喧哗');
    const summary = await handleCall(
      r,
      call('bbq-is-fine', [
        '坐席：您好一二三四五请讲',
        '市民：喂你好啊 我想补充个情况 就是我之前打过电话的那个',
        '坐席：好的 我看到您这个号码下有两件投诉 一件是帽儿胡同的装修 一件是雨儿胡同口的烧烤摊 您要补充哪一件',
        '市民：呃就是年前我打的那个 装修的',
        '坐席：帽儿胡同二十三号隔壁院子装修砸墙那件对吧',
        '市民：对对对就那个 他们现在周六周日早上七点不到就开始砸',
        '坐席：好的 我给这件补充上 您看这样可以吗',
        '市民：可以可以 烧烤那个没事儿 就补这个',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'add-info', outcome: 'applied', ref: works.ref }),
    ]);
    expect((await r.history(bbq.ref)).map((event) => event.type)).toEqual(['case.open']);
  });
});

describe('a case the agent lists with the others, then asks about by its reference', () => {
  it('reads the chess room the caller confirmed, not the skipping rope "我回头再说"', async () => {
    const r = createTestRouter({ services: testServices });
    const open = (address: string, description: string) => openNoise(r, address, description);
    const chess = await open('东城区北新桥街道羊管胡同', '楼下棋牌室夜里吵闹');
    await open('东城区北新桥街道羊管胡同', '楼上住户夜里跳绳');
    const summary = await handleCall(
      r,
      call('listed-then-asked', [
        '坐席：您好，12345热线，请问有什么可以帮您？',
        '市民：你好，我想问一下我那个投诉。',
        `坐席：好的，您这个号码下面有两件。一件是${chess.ref}，楼下棋牌室夜里吵闹的；另一件是楼上住户夜里跳绳的。您问的是${chess.ref}棋牌室这件吗？`,
        '市民：对，就是这个。',
        '坐席：这件已经派到北新桥街道办事处了，目前还没签收。',
        '市民：哦，行，我知道了。跳绳那个我回头再说。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: chess.ref }),
    ]);
  });
});

describe('a request after the status of one case was read', () => {
  it('urges the KTV case the caller picked for its status, not the air conditioner set aside', async () => {
    const r = createTestRouter({ services: testServices });
    const open = (address: string, description: string) => openNoise(r, address, description);
    const ktv = await open('朝阳区三里屯街道中纺街5号楼', '楼下KTV夜里唱歌到凌晨');
    const fan = await open('朝阳区三里屯街道中纺街5号楼', '对面楼空调外机夜里嗡嗡响');
    const summary = await handleCall(
      r,
      call('status-then-urge', [
        '坐席：您好，12345热线，请问有什么可以帮您？',
        '市民：你好，我想问问我那个投诉现在什么进度了。',
        '坐席：好的。您这个号码下面有两件，一件是楼下KTV夜里唱歌的，一件是对面楼空调外机夜里嗡嗡响的，您问的是哪一件？',
        '市民：KTV那个。空调那个先不管它。',
        '坐席：好的，KTV这件已经派出去了，目前还没签收。',
        '市民：啊？还没签收啊，这都多少天了。那你帮我催一下吧。',
        '坐席：好的，我这边帮您催办一下。',
      ]),
      rules,
    );
    expect(summary.actions.map((a) => `${a.intent}:${a.outcome}:${a.ref}`).sort()).toEqual(
      [`status:read:${ktv.ref}`, `urge:applied:${ktv.ref}`].sort(),
    );
    expect(summary.review).toBeUndefined();
    expect((await r.history(fan.ref)).map((event) => event.type)).toEqual(['case.open']);
  });

  it('takes "那帮我催一下吧" after the closed case was read as about that case, not the open one left', async () => {
    const r = createTestRouter({ services: testServices });
    const dog = await openNoise(r, '中山路8号', '楼下邻居家的狗整夜叫个不停');
    const site = await openNoise(r, '人民路12号', '对面工地夜间施工，噪音很大');
    await closeCase(r, dog.ref, '已协调邻居');
    const turns = (urge: string) => [
      '坐席：您好，12345热线。',
      '市民：狗叫那个到哪了？',
      '坐席：这个已办结了。',
      `市民：${urge}`,
    ];
    const summary = await handleCall(r, call('closed-read-urge', turns('那帮我催一下吧。')), rules);
    expect(summary.actions.map((a) => `${a.intent}:${a.outcome}:${a.ref}`)).toEqual([
      `status:read:${dog.ref}`,
      `urge:not-allowed:${dog.ref}`,
    ]);
    expect((await r.history(site.ref)).map((event) => event.type)).toEqual(['case.open']);
    // Naming the open case still urges it.
    const named = await handleCall(r, call('closed-read-urge-2', turns('那工地那个帮我催一下吧。')), rules);
    expect(named.actions).toContainEqual(
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: site.ref }),
    );
  });
});

describe('the case the agent names when correcting the caller’s guess', () => {
  it('rates the bar the agent says the visit is about, not the site the caller guessed ("是问工地那个吗？" — "不是工地那件，是…酒吧…那件")', async () => {
    const r = createTestRouter({ services: testServices });
    const open = (address: string, description: string) => openNoise(r, address, description);
    const bar = await open('昌平区天通苑北街道太平家园底商', '酒吧夜里音乐声大');
    const site = await open('昌平区天通苑北街道太平家园东侧', '工地夜间施工');
    await closeCase(r, bar.ref, '已约谈酒吧，要求降低音量');
    const summary = await handleCall(
      r,
      call('guess-corrected', [
        '坐席：您好，这里是12345热线，给您做个回访，请问现在方便吗？',
        '市民：方便，是问工地那个吗？工地到现在还没弄完呢。',
        '坐席：不是工地那件，是太平家园底商酒吧夜里音乐声大那件。部门答复说已经约谈酒吧，要求降低音量。',
        '市民：哦，酒吧啊。那个嘛……也就那样，声音是小了一点儿，过了十二点还是咚咚的。',
        '坐席：请您按一到五分给办理结果打个分。',
        '市民：两分吧。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', ref: bar.ref, score: 2 }),
    ]);
    expect((await r.history(site.ref)).map((event) => event.type)).toEqual(['case.open']);
  });

  it('sends "cancel one of them" with two references read and "just do whichever" to a person', async () => {
    const r = createTestRouter({ services: testServices });
    const open = (address: string, description: string) => openNoise(r, address, description);
    const pump = await open('8 Lodgepole Street', "Neighbour's heat pump hums all night");
    const works = await open('Lodgepole Street', 'Roadworks at night');
    const summary = await handleCall(
      r,
      call('whichever', [
        'Agent: 12345, how can I help?',
        "Caller: Hello. My husband put in two complaints from this phone, and he's left me a note to cancel one of them, but he didn't say which. I've got both numbers here.",
        `Caller: The first is ${pump.ref}. The second is ${works.ref}.`,
        'Agent: Which one would you like withdrawn?',
        "Caller: I honestly don't know. He just wrote cancel the one that's sorted. Just do whichever.",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'several-references' }),
    ]);
  });
});

describe('the agent answering which case the call is about', () => {
  it('rates the gym the agent says the visit is for after "我反映过两个", and urges nothing when the agent only asks back', async () => {
    const r = createTestRouter({ services: testServices });
    const open = (address: string, description: string) => openNoise(r, address, description);
    const gym = await open('西城区展览路街道百万庄北里', '楼下健身房夜里放音乐');
    const market = await open('西城区展览路街道阜外大街', '夜市摊位喇叭叫卖');
    for (const ref of [gym.ref, market.ref]) {
      await closeCase(r, ref, '已处理');
    }
    const summary = await handleCall(
      r,
      call('which-visit', [
        '坐席：您好，这里是12345热线回访。请问是您反映过噪声问题吗？',
        '市民：是我。我反映过两个，一个百万庄北里，一个阜外大街那边的。',
        '坐席：这次回访的是百万庄北里那件，楼下健身房夜里放音乐。部门答复说已经要求健身房晚上九点以后关掉音响。',
        '市民：哦，健身房啊。嗯，是关了，就是偶尔还有人扔杠铃。',
        '坐席：请您评价一下：满意、基本满意、不满意？',
        '市民：基本满意吧。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', ref: gym.ref }),
    ]);
  });
});

describe('a conjunction before 那个 names no case', () => {
  it('withdraws the one piano case after "所以那个投诉……就别麻烦你们了，撤了吧"', async () => {
    const r = createTestRouter({ services: testServices });
    const piano = await r.open({
      service: 'noise-complaint',
      input: { address: '西城区新街口街道赵登禹路', description: '楼上孩子半夜练钢琴' },
      citizen: { phone: CALLER },
      via: web,
    });
    const summary = await handleCall(
      r,
      call('so-that-one', [
        '坐席：您好，12345热线。',
        '市民：喂，你好。那个……我前几天投诉了楼上孩子半夜练钢琴的事儿。',
        '坐席：是的，我看到了，赵登禹路那件。',
        '市民：对。昨天楼上那家大人专门下来找我了，说以后不会晚上练了。所以那个投诉……就别麻烦你们了，撤了吧。',
        '坐席：我帮您把这件投诉撤回，您确定吗？',
        '市民：确定确定，撤了吧。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: piano.ref }),
    ]);
  });
});

describe('cases named by their street and listed by the agent, unpunctuated as speech recognition writes', () => {
  it('reads the status of "the bar on foxhollow street" only, though both cases are on that street', async () => {
    const r = createTestRouter({ services: testServices });
    const bar = await openNoise(r, 'Bar, 27 Foxhollow Street', 'Bar plays music loudly late at night');
    const dog = await openNoise(r, '25 Foxhollow Street', 'Dog next door barks all day');
    const summary = await handleCall(
      r,
      call('street-1', [
        'Agent: twelve three four five good evening',
        'Caller: hi um about my complaints the bar on foxhollow street any news on that one',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: bar.ref }),
    ]);
    expect(summary.actions.some((action) => action.ref === dog.ref)).toBe(false);
  });

  it('takes the agent going through all three cases as naming none, and the caller’s own words as the pick', async () => {
    const r = createTestRouter({ services: testServices });
    await openNoise(r, '3 Goldcrest Row', 'Bar plays loud music until 2am');
    await openNoise(r, '14 Goldcrest Row', "Neighbour's dog barks all night");
    const road = await openNoise(r, 'Whetstone Street', 'Night roadworks with a breaker and a road saw');
    const summary = await handleCall(
      r,
      call('street-2', [
        "Caller: hi yeah i've got a few complaints in with you i want to know about the roadworks one where's that at",
        'Agent: let me look i can see three under your number the bar on goldcrest row the dog at fourteen goldcrest row and the night roadworks on whetstone street',
        'Caller: yeah the roadworks the bar and the dog leave them i know about those',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: road.ref }),
    ]);
  });
});

describe('a case the agent describes and the caller says is not the one', () => {
  it('reads nothing when the only case on the number is denied and the call is about someone else’s', async () => {
    const r = createTestRouter({ services: testServices });
    const own = await openNoise(r, '东城区东四街道东四八条21号院', '对门邻居装修周末也打电钻');
    const summary = await handleCall(
      r,
      call('described-1', [
        '客服：您好 一二三四五热线 请讲',
        '来电人：你好 我是社区居委会的 我想问一下我们居委会前段时间报的一个事儿',
        '客服：好的 我这边看您这个号码下有一件 是东四八条邻居装修的噪音投诉 是这件吗',
        '来电人：不是不是 那个是我自己家的事儿 跟这个没关系 我问的是健身广场晚上放大音响跳舞那个',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'review', reason: 'no-case' }),
    ]);
    expect(summary.actions.some((action) => action.ref === own.ref)).toBe(false);
  });

  it('still acts on the other case the caller then names', async () => {
    const r = createTestRouter({ services: testServices });
    await openNoise(r, '5 Elm Road', 'Dog barking on the balcony all day');
    const site = await openNoise(r, '9 Kiln Street', 'Building site drilling from 6am');
    const summary = await handleCall(
      r,
      call('described-2', [
        'Caller: Hi, could you chase up my complaint please?',
        'Agent: Is it the one about the dog barking on Elm Road?',
        "Caller: No, not that. It's the building site drilling, chase that one.",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: site.ref }),
    ]);
  });
});

describe('a case pushed along after the agent went through both', () => {
  it('urges the bottle bank, not the treadmill "they\'re dealing with", unpunctuated', async () => {
    const r = createTestRouter({ services: testServices });
    const bank = await openNoise(r, 'Thimble Street', 'Bottle bank emptied at five in the morning');
    const treadmill = await openNoise(
      r,
      'Flat 3, 8 Thimble Street',
      'Treadmill in the flat above late at night',
    );
    const summary = await handleCall(
      r,
      call('push-1', [
        "Caller: hi there i just want to check on my complaints i've got two i think",
        'Agent: let me look yes two under this number first the bottle bank on thimble street being emptied at five in the morning not signed for yet and second the treadmill in the flat above you that is being handled',
        'Caller: right so the bottle bank one nobody has even picked it up',
        'Agent: not yet no',
        "Caller: can you push that one then the bottle bank the treadmill one they're dealing with that's fine",
      ]),
      rules,
    );
    expect(summary.actions).toContainEqual(
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: bank.ref }),
    );
    expect((await r.history(treadmill.ref)).map((event) => event.type)).toEqual(['case.open']);
  });
});
