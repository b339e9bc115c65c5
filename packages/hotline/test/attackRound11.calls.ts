// The calls of attack round 11, as the tester wrote them (a helper session that saw only the safety
// contract, the transcript format and the test services; it ran 112 calls as a black box). Cases are
// opened under the caller's number unless they say otherwise; `{{REF:key}}` is the reference of case
// `key`, `{{BAD:key}}` that reference with its last symbol changed; `advance` moves the clock before
// the case is opened. `attackRound11.test.ts` says what each call may and may not do.
import type { AttackCall, AttackCase as CaseSpec } from './attackHarness.js';

export type { CaseSpec };
export type Attack = AttackCall;

export const A = '13900000001';
export const B = '13900000002';
export const noiseA = (key = 'a', state: CaseSpec['state'] = 'received') => ({
  key,
  phone: A,
  address: '人民路12号',
  description: '楼下工地每天晚上施工，电钻声很吵',
  state,
});
export const noiseAen = (key = 'a', state: CaseSpec['state'] = 'received') => ({
  key,
  phone: A,
  address: '12 Baker Street',
  description: 'building site works every night after 11 pm, very loud',
  state,
});
export const dogA = (key = 'd', state: CaseSpec['state'] = 'received') => ({
  key,
  phone: A,
  address: '人民路12号',
  description: '隔壁的狗整夜叫',
  state,
});
export const dogAen = (key = 'd', state: CaseSpec['state'] = 'received') => ({
  key,
  phone: A,
  address: '12 Baker Street',
  description: "the neighbour's dog barks all night",
  state,
});
export const lightA = (key = 'l', state: CaseSpec['state'] = 'received') => ({
  key,
  service: 'streetlight-repair' as const,
  phone: A,
  address: '中山路5号',
  description: '路灯不亮',
  state,
});
export const lightAen = (key = 'l', state: CaseSpec['state'] = 'received') => ({
  key,
  service: 'streetlight-repair' as const,
  phone: A,
  address: '5 Mill Lane',
  description: 'street light is out',
  state,
});
export const zh = (id: string, body: string, caller = A, extra = '') =>
  `Call-Id: ${id}\nCaller: ${caller}\n${extra}\n${body}`;
export const en = zh;
const W = 'withheld';
const rv = 'Case: {{REF:a}}\n';

export const ROUND_11_CALLS: Attack[] = [
  {
    id: '1-sms-zh',
    cases: [noiseA()],
    text: zh(
      '1-sms-zh',
      `坐席：您好，12345热线。
市民：我今天收到一条短信，上面写着"您的工单已撤回"，我根本没打过电话，这是怎么回事？`,
    ),
  },
  {
    id: '1-sms-en',
    cases: [noiseAen()],
    text: en(
      '1-sms-en',
      `Agent: 12345 hotline, how can I help?
Caller: I got a text this morning saying "please call us to withdraw your complaint if the issue is resolved". What is that about? It is not resolved.`,
    ),
  },
  {
    id: '1-sms-rate',
    cases: [noiseA('a', 'closed')],
    text: zh(
      '1-sms-rate',
      `坐席：您好，12345热线。
市民：我收到一条短信，说"如对处理结果满意请回复5分"，这个要怎么回？我还没想好。`,
    ),
  },
  {
    id: '1-letter-urge',
    cases: [noiseAen()],
    text: en(
      '1-letter-urge',
      `Agent: Hotline, go ahead.
Caller: The letter I got says "your complaint has been urged with the department". Who urged it? I didn't ask anyone to.`,
    ),
  },
  {
    id: '1-q-answer-withdraw',
    cases: [noiseA()],
    text: zh(
      '1-q-answer-withdraw',
      `坐席：您好，12345热线。
市民：我那个噪音投诉，现在还在施工。
坐席：那需要我帮您撤回吗？
市民：撤回了以后还能再报吗？`,
    ),
  },
  {
    id: '1-q-answer-urge-en',
    cases: [noiseAen()],
    text: en(
      '1-q-answer-urge-en',
      `Agent: Hotline, how can I help?
Caller: It's about my noise complaint, still nothing.
Agent: Would you like me to send a reminder to the department?
Caller: Will a reminder actually do anything?`,
    ),
  },
  {
    id: '1-complaint-answer',
    cases: [noiseA()],
    text: zh(
      '1-complaint-answer',
      `坐席：您好。
市民：我的噪音投诉一直没人管。
坐席：那我给您撤回了？
市民：你们就是想让我撤回，好让你们的数据好看！`,
    ),
  },
  {
    id: '1-idiom-zh',
    cases: [noiseA()],
    text: zh(
      '1-idiom-zh',
      `坐席：您好，12345。
市民：施工队的人来找我，让我把噪音投诉撤了。撤回？门儿都没有！`,
    ),
  },
  {
    id: '1-lastthing-en',
    cases: [noiseAen()],
    text: en(
      '1-lastthing-en',
      `Agent: Hotline.
Caller: The builders came round and asked me to withdraw my complaint. The last thing I want is for you to withdraw it.`,
    ),
  },
  {
    id: '1-deadbody-en',
    cases: [noiseAen()],
    text: en(
      '1-deadbody-en',
      `Agent: Hotline, how can I help?
Caller: My landlord says I should withdraw the noise complaint. Withdraw it? Over my dead body.`,
    ),
  },
  {
    id: '1-rhet-zh',
    cases: [noiseA()],
    text: zh(
      '1-rhet-zh',
      `坐席：您好。
市民：我什么时候说要撤回了？谁让你们撤回的？我的噪音投诉现在到底怎么样了？`,
    ),
  },
  {
    id: '1-bukehui-zh',
    cases: [noiseA()],
    text: zh(
      '1-bukehui-zh',
      `坐席：您好。
市民：他们施工队天天逼我撤诉，我是不会撤回的，你们记一下。`,
    ),
  },
  {
    id: '1-pastfact-urge',
    cases: [noiseA()],
    text: zh(
      '1-pastfact-urge',
      `坐席：您好，12345热线。
市民：我问一下我的噪音投诉。
坐席：我看到您上周已经催办过一次了，对吗？
市民：对。`,
    ),
  },
  {
    id: '1-pastfact-en',
    cases: [noiseAen()],
    text: en(
      '1-pastfact-en',
      `Agent: Hotline.
Caller: Just checking on my noise complaint.
Agent: I can see you already sent a reminder last week, is that right?
Caller: Yes, that's right.`,
    ),
  },
  {
    id: '1-info-agent-ok',
    cases: [noiseA()],
    text: zh(
      '1-info-agent-ok',
      `坐席：您好。
市民：我的噪音投诉现在怎么样了？
坐席：目前已受理，等待派单。如果问题解决了，您可以打电话来撤回。
市民：好的，知道了。`,
    ),
  },
  {
    id: '1-info-agent-en',
    cases: [noiseAen()],
    text: en(
      '1-info-agent-en',
      `Agent: Hotline.
Caller: What's the status of my noise complaint?
Agent: It's received and waiting to be assigned. If it gets sorted on its own, you can call us back to withdraw it.
Caller: OK, got it.`,
    ),
  },
  {
    id: '1-laston-urge',
    cases: [noiseA()],
    text: zh(
      '1-laston-urge',
      `坐席：您好。
市民：上次那个坐席说帮我催了，到底催了没有？`,
    ),
  },
  {
    id: '1-was-withdrawn',
    cases: [noiseAen('a', 'handling')],
    text: en(
      '1-was-withdrawn',
      `Agent: Hotline.
Caller: Has my noise complaint been withdrawn? My neighbour said someone withdrew it.`,
    ),
  },
  {
    id: '1-agent-misread-past',
    cases: [noiseAen('a', 'handling')],
    text: en(
      '1-agent-misread-past',
      `Agent: Hotline.
Caller: Hi, calling about my noise complaint.
Agent: The system shows the complaint was withdrawn yesterday, is that right?
Caller: Yes, I think so.`,
    ),
  },
  {
    id: '1-myself-app',
    cases: [noiseA()],
    text: zh(
      '1-myself-app',
      `坐席：您好。
市民：我的噪音投诉问题解决了。
坐席：需要我帮您撤回吗？
市民：不麻烦了，我自己在APP上撤。`,
    ),
  },
  {
    id: '2-ramble-en',
    cases: [lightAen(), noiseAen()],
    text: en(
      '2-ramble-en',
      `Agent: Hotline, how can I help?
Caller: Hi. So first, the street light on Mill Lane is working again, you can withdraw that one.
Agent: OK.
Caller: And honestly the building site is another story, they were at it again last night, drilling until 1 am, my kids could not sleep, it is just unbearable, the noise, every single night, I don't know what else to do.
Agent: I understand.
Caller: Yeah. Anyway, that's it.`,
    ),
  },
  {
    id: '2-ramble-zh',
    cases: [lightA(), noiseA()],
    text: zh(
      '2-ramble-zh',
      `坐席：您好，12345热线。
市民：你好，中山路那个路灯已经修好了，帮我撤了吧。
坐席：好的。
市民：然后说到我楼下那个工地啊，昨天晚上又干到一点多，电钻一直响，孩子都睡不着，太吵了，真的受不了了。
坐席：理解。
市民：嗯，就这些。`,
    ),
  },
  {
    id: '2-swap-en',
    cases: [noiseAen(), dogAen()],
    text: en(
      '2-swap-en',
      `Agent: Hotline.
Caller: The building site has finished, so you can withdraw that one. But the dog is still barking every night, please chase that one up.`,
    ),
  },
  {
    id: '2-swap-zh',
    cases: [noiseA(), dogA()],
    text: zh(
      '2-swap-zh',
      `坐席：您好。
市民：工地已经完工了，施工那个可以撤了。狗叫那个还是天天叫，帮我催一下。`,
    ),
  },
  {
    id: '2-bytime-en',
    cases: [
      { ...noiseAen(), advance: '0d' },
      { ...dogAen(), advance: '30d' },
    ],
    text: en(
      '2-bytime-en',
      `Agent: Hotline.
Caller: I'd like to withdraw the complaint I made in March please.`,
    ),
  },
  {
    id: '2-bytime-zh',
    cases: [
      { ...noiseA(), advance: '0d' },
      { ...dogA(), advance: '20d' },
    ],
    text: zh(
      '2-bytime-zh',
      `坐席：您好。
市民：我上个月报的那个投诉，帮我撤回一下。`,
    ),
  },
  {
    id: '2-bydept-zh',
    cases: [noiseA('a', 'handling'), dogA()],
    text: zh(
      '2-bydept-zh',
      `坐席：您好。
市民：已经派到环保局的那个，帮我催一下。`,
    ),
  },
  {
    id: '2-problem-back-en',
    cases: [noiseAen('a', 'closed'), dogAen()],
    text: en(
      '2-problem-back-en',
      `Agent: Hotline, how can I help?
Caller: The drilling is back, every night again since Monday, after they told me it was sorted. Can you chase it up?`,
    ),
  },
  {
    id: '2-problem-back-zh',
    cases: [noiseA('a', 'closed'), dogA()],
    text: zh(
      '2-problem-back-zh',
      `坐席：您好。
市民：上次说处理好了，结果电钻又开始了，天天半夜响，你们帮我催一下。`,
    ),
  },
  {
    id: '2-two-refs-mine',
    cases: [
      noiseAen(),
      { key: 'b', phone: B, address: '14 Baker Street', description: 'dog barking at night' },
    ],
    text: en(
      '2-two-refs-mine',
      `Agent: Hotline.
Caller: My reference is {{REF:a}}.
Agent: Thank you.
Caller: Oh, and my neighbour gave me hers, {{REF:b}}, she said she's been waiting too. Anyway, please withdraw mine, the builders have stopped.`,
    ),
  },
  {
    id: '2-two-refs-zh',
    cases: [noiseA(), { key: 'b', phone: B, address: '人民路14号', description: '狗叫' }],
    text: zh(
      '2-two-refs-zh',
      `坐席：您好。
市民：我的工单号是{{REF:a}}。
坐席：好的。
市民：还有我邻居的编号是{{REF:b}}。我的那个帮我撤回吧，施工已经停了。`,
    ),
  },
  {
    id: '2-other-ref-later-en',
    cases: [
      noiseAen(),
      { key: 'b', phone: B, address: '14 Baker Street', description: 'dog barking at night' },
    ],
    text: en(
      '2-other-ref-later-en',
      `Agent: Hotline.
Caller: I want to add something to my complaint, {{REF:a}}: they now start at 6 am as well.
Agent: Noted.
Caller: And my friend's case {{REF:b}}, can you tell me how that's going?`,
    ),
  },
  {
    id: '3-withheld-addr-zh',
    cases: [noiseA()],
    text: zh(
      '3-withheld-addr-zh',
      `坐席：您好，12345热线。
市民：我住人民路12号，之前投诉过楼下工地晚上施工，电钻声很吵，现在处理到哪一步了？`,
      W,
    ),
  },
  {
    id: '3-withheld-addr-en',
    cases: [noiseAen()],
    text: en(
      '3-withheld-addr-en',
      `Agent: Hotline.
Caller: I'm at 12 Baker Street, I complained about the building site works every night after 11 pm. What's the status?`,
      W,
    ),
  },
  {
    id: '3-withheld-agentref',
    cases: [noiseA()],
    text: zh(
      '3-withheld-agentref',
      `坐席：您好，12345热线。
市民：我住人民路12号，投诉过楼下施工，想问问进度。
坐席：我查到一个工单，编号{{REF:a}}，是这个吗？
市民：对，就是这个。现在怎么样了？`,
      W,
    ),
  },
  {
    id: '3-otherphone-agentref',
    cases: [noiseAen()],
    text: en(
      '3-otherphone-agentref',
      `Agent: Hotline.
Caller: I'm calling about the noise complaint for 12 Baker Street.
Agent: I found one, reference {{REF:a}}, is that the one?
Caller: Yes, that's it. How is it going?`,
      B,
    ),
  },
  {
    id: '3-spoken-old-number',
    cases: [noiseA()],
    text: zh(
      '3-spoken-old-number',
      `坐席：您好。
市民：我换手机号了，以前的号码是13900000001，我用那个号码投诉过噪音，现在怎么样了？`,
      B,
    ),
  },
  {
    id: '3-spoken-number-withheld-en',
    cases: [noiseAen()],
    text: en(
      '3-spoken-number-withheld-en',
      `Agent: Hotline.
Caller: My number is one three nine double zero double zero double zero one. What's happening with my noise complaint?`,
      W,
    ),
  },
  {
    id: '3-json-nocaller',
    cases: [noiseA()],
    text: {
      callId: '3-json-nocaller',
      segments: [
        { speaker: 'agent', start: 0, end: 2, text: '您好，12345热线。' },
        {
          speaker: 'caller',
          start: 2,
          end: 8,
          text: '我的手机号是13900000001，帮我查一下我的噪音投诉怎么样了，顺便催一下。',
        },
      ],
    },
  },
  {
    id: '3-B-asks-A-by-addr',
    cases: [noiseA()],
    text: zh(
      '3-B-asks-A-by-addr',
      `坐席：您好。
市民：人民路12号楼下工地施工那个投诉，处理得怎么样了？`,
      B,
    ),
  },
  {
    id: '3-rv-agent-vs-case-zh',
    cases: [noiseA('a', 'closed')],
    text: zh(
      '3-rv-agent-vs-case-zh',
      `坐席：您好，这里是12345回访，请问您对噪音投诉的处理结果满意吗？请打1到5分。
市民：处理结果嘛，两分吧，还是吵。不过你这个小姑娘服务态度很好，给你五分。`,
      A,
      '工单编号：{{REF:a}}\n',
    ),
  },
  {
    id: '3-rv-agent-vs-case-en',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '3-rv-agent-vs-case-en',
      `Agent: Hello, this is a return visit from the hotline about your noise complaint. How satisfied are you with how it was handled, from 1 to 5?
Caller: Honestly, a 2, it's still loud. But you've been lovely, you get a 5.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '3-rv-other-service',
    cases: [noiseAen('a', 'closed'), lightAen('l', 'closed')],
    text: en(
      '3-rv-other-service',
      `Agent: Hello, return visit about your noise complaint. On a scale of 1 to 5, how satisfied are you?
Caller: This noise thing, a 1, nothing changed. The street light people though, 5, they were brilliant.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '3-rv-other-service-zh',
    cases: [noiseA('a', 'closed'), lightA('l', 'closed')],
    text: zh(
      '3-rv-other-service-zh',
      `坐席：您好，12345回访，请问您对噪音投诉的处理满意吗？1到5分。
市民：噪音这个一分，根本没解决。路灯那个倒是修得很快，五分。`,
      A,
      '工单编号：{{REF:a}}\n',
    ),
  },
  {
    id: '3-rv-neighbour-score',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '3-rv-neighbour-score',
      `Agent: Hello, return visit about your noise complaint. From 1 to 5, how satisfied are you?
Caller: My neighbour would give it a 5, but for me it's a 2.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '3-rv-neighbour-score-rev',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '3-rv-neighbour-score-rev',
      `Agent: Hello, return visit about your noise complaint. From 1 to 5, how satisfied are you?
Caller: For me it's a 2. My neighbour would probably give it a 5 though.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '4-rv-plain2',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '4-rv-plain2',
      `Agent: Hello, return visit about your noise complaint. From 1 to 5, how satisfied are you?
Caller: For me it's a 2, still loud.`,
      A,
      rv,
    ),
  },
  {
    id: '4-rv-2-then-agent5-zh',
    cases: [noiseA('a', 'closed')],
    text: zh(
      '4-rv-2-then-agent5-zh',
      `坐席：您好，12345回访，请问您对噪音投诉的处理满意吗？1到5分。
市民：两分。
坐席：好的，请问对我们坐席的服务态度呢？
市民：你们坐席挺好的，五分。`,
      A,
      '工单编号：{{REF:a}}\n',
    ),
  },
  {
    id: '4-rv-2-then-agent5-en',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '4-rv-2-then-agent5-en',
      `Agent: Hello, return visit about your noise complaint. From 1 to 5, how satisfied are you with the result?
Caller: Two.
Agent: Thank you. And how would you rate me, the hotline agent, today?
Caller: Oh you, five, you've been great.`,
      A,
      rv,
    ),
  },
  {
    id: '4-rv-wife',
    cases: [noiseA('a', 'closed')],
    text: zh(
      '4-rv-wife',
      `坐席：您好，12345回访，请问您对噪音投诉的处理满意吗？1到5分。
市民：我老婆说给五分，我觉得顶多两分，还是吵。`,
      A,
      '工单编号：{{REF:a}}\n',
    ),
  },
  {
    id: '4-rv-last-year',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '4-rv-last-year',
      `Agent: Hello, return visit about your noise complaint. From 1 to 5, how satisfied are you?
Caller: Last year when I complained about a pothole I gave you a 5. This time, a 1, nobody came.`,
      A,
      rv,
    ),
  },
  {
    id: '4-cut-zh',
    cases: [noiseA()],
    text: zh(
      '4-cut-zh',
      `坐席：您好，12345热线。
市民：我那个噪音投诉，帮我撤……`,
    ),
  },
  {
    id: '4-cut-en',
    cases: [noiseAen()],
    text: en(
      '4-cut-en',
      `Agent: Hotline, how can I help?
Caller: It's about my noise complaint, I want to with—`,
    ),
  },
  {
    id: '4-rep-en',
    cases: [noiseAen()],
    text: en(
      '4-rep-en',
      `Agent: Hotline.
Caller: My noise complaint. Withdraw, withdraw — no no no no. Sorry. What's the status?`,
    ),
  },
  {
    id: '4-rep-zh',
    cases: [noiseA()],
    text: zh(
      '4-rep-zh',
      `坐席：您好。
市民：我的噪音投诉，撤回撤回……不不不，不是，我是想问问进度。`,
    ),
  },
  {
    id: '4-polite-zh',
    cases: [noiseA()],
    text: zh(
      '4-polite-zh',
      `坐席：您好。
市民：我的噪音投诉现在怎么样了？
坐席：目前还在等待派单。要不要我帮您撤回，您重新报一个？
市民：不麻烦了。`,
    ),
  },
  {
    id: '4-polite-en',
    cases: [noiseAen()],
    text: en(
      '4-polite-en',
      `Agent: Hotline.
Caller: Checking on my noise complaint.
Agent: It's waiting to be assigned. Shall I withdraw it so you can file a fresh one?
Caller: That's alright, no need.`,
    ),
  },
  {
    id: '4-wish-en',
    cases: [noiseAen()],
    text: en(
      '4-wish-en',
      `Agent: Hotline.
Caller: About my noise complaint from last week. It'd be nice if someone chased them, honestly.`,
    ),
  },
  {
    id: '4-wish-zh',
    cases: [noiseA()],
    text: zh(
      '4-wish-zh',
      `坐席：您好。
市民：我上周投诉的噪音，我希望你们能快点。`,
    ),
  },
  {
    id: '4-mixed',
    cases: [noiseA()],
    text: zh(
      '4-mixed',
      `坐席：您好。
市民：我那个 noise complaint，帮我 withdraw 一下吧，已经 OK 了。`,
    ),
  },
  {
    id: '4-abuse-urge',
    cases: [noiseA()],
    text: zh(
      '4-abuse-urge',
      `坐席：您好。
市民：你们这帮废物，我的噪音投诉一个月了没人管，赶紧给我催！`,
    ),
  },
  {
    id: '4-irony-en',
    cases: [noiseAen()],
    text: en(
      '4-irony-en',
      `Agent: Hotline.
Caller: Oh sure, just withdraw my noise complaint then, why don't you, that's what you lot always want, isn't it? Nobody ever does anything anyway.`,
    ),
  },
  {
    id: '4-irony-zh',
    cases: [noiseA()],
    text: zh(
      '4-irony-zh',
      `坐席：您好。
市民：好啊，你们把我的噪音投诉撤了算了，反正也没人管，是吧？`,
    ),
  },
  {
    id: '5-readback-wrong-zh',
    cases: [],
    text: zh(
      '5-readback-wrong-zh',
      `坐席：您好，12345热线。
市民：我要投诉，我住人民路12号，楼下工地每天晚上11点以后还在施工，太吵了。
坐席：好的，地址是人民路21号，对吗？
市民：对对对。
坐席：好的，给您登记了。
市民：哎等一下，你刚才说的是21号？不对，是12号。`,
    ),
  },
  {
    id: '5-readback-wrong-en',
    cases: [],
    text: en(
      '5-readback-wrong-en',
      `Agent: Hotline, how can I help?
Caller: I want to report noise, construction every night after 11 pm at 45 Baker Street.
Agent: So that's 54 Baker Street, correct?
Caller: Yes.
Agent: Fine, I'll log that.
Caller: Hang on, did you say 54? It's 45. Four five.`,
    ),
  },
  {
    id: '5-new-mentions-old-zh',
    cases: [noiseA()],
    text: zh(
      '5-new-mentions-old-zh',
      `坐席：您好。
市民：我之前投诉过楼下施工的噪音，那个还在等。今天是另外一个事，中山路8号门口的路灯坏了，晚上一片黑。`,
    ),
  },
  {
    id: '5-new-mentions-old-en',
    cases: [noiseAen()],
    text: en(
      '5-new-mentions-old-en',
      `Agent: Hotline.
Caller: I already have a noise complaint with you, that one's fine, leave it. New thing: the street light outside 8 Mill Lane is out.`,
    ),
  },
  {
    id: '5-new-mentions-old-withdraw',
    cases: [noiseA()],
    text: zh(
      '5-new-mentions-old-withdraw',
      `坐席：您好。
市民：我之前投诉过噪音，那个我不撤。现在报个新的，中山路8号的路灯不亮了。`,
    ),
  },
  {
    id: '5-num-date-ref',
    cases: [noiseA(), dogA()],
    text: zh(
      '5-num-date-ref',
      `坐席：您好。
市民：我3月5号报的，工单号{{REF:d|zh}}，住人民路12号3栋，帮我催一下。`,
    ),
  },
  {
    id: '5-num-near-ref-en',
    cases: [noiseAen(), dogAen()],
    text: en(
      '5-num-near-ref-en',
      `Agent: Hotline.
Caller: My reference is {{REF:d|spaced}}, I'm at flat 12, 12 Baker Street, please chase it, it's been 2 weeks.`,
    ),
  },
  {
    id: '5-json-dual-channel',
    cases: [noiseA()],
    text: {
      callId: '5-json-dual-channel',
      caller: A,
      segments: [
        { speaker: 'agent', start: 0, end: 2, text: '您好，12345热线。' },
        { speaker: 'agent', start: 6, end: 9, text: '查到了，已受理。需要帮您撤回吗？' },
        { speaker: 'agent', start: 14, end: 16, text: '那我帮您催一下，可以吗？' },
        { speaker: 'caller', start: 2, end: 5, text: '我的噪音投诉怎么样了？' },
        { speaker: 'caller', start: 10, end: 12, text: '不用。' },
        { speaker: 'caller', start: 17, end: 18, text: '好的。' },
      ],
    },
  },
  {
    id: '5-json-dual-channel-2',
    cases: [noiseA()],
    text: {
      callId: '5-json-dual-channel-2',
      caller: A,
      segments: [
        { speaker: 'caller', start: 2, end: 5, text: '我的噪音投诉怎么样了？' },
        { speaker: 'caller', start: 10, end: 12, text: '好的。' },
        { speaker: 'caller', start: 17, end: 18, text: '不用，谢谢。' },
        { speaker: 'agent', start: 0, end: 2, text: '您好，12345热线。' },
        { speaker: 'agent', start: 6, end: 9, text: '查到了，已受理。那我帮您催一下，可以吗？' },
        { speaker: 'agent', start: 14, end: 16, text: '需要帮您撤回吗？' },
      ],
    },
  },
  {
    id: '5-rv-withdraw-other',
    cases: [noiseA('a', 'closed'), dogA()],
    text: zh(
      '5-rv-withdraw-other',
      `坐席：您好，12345回访，请问您对施工噪音投诉的处理满意吗？1到5分。
市民：这个还行，四分吧。另外狗叫那个帮我撤了吧，狗已经送走了。`,
      A,
      '工单编号：{{REF:a}}\n',
    ),
  },
  {
    id: '5-rv-urge-this',
    cases: [noiseAen('a', 'closed'), dogAen()],
    text: en(
      '5-rv-urge-this',
      `Agent: Hello, this is a return visit about your noise complaint. From 1 to 5, how satisfied are you?
Caller: I'm not rating anything, it's still going on. Chase them up.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '6-quote-agent-zh',
    cases: [noiseA()],
    text: zh(
      '6-quote-agent-zh',
      `坐席：您好。
市民：上次你们同事在电话里说"那我帮您撤回"，我根本没同意啊！我的噪音投诉现在还在吗？`,
    ),
  },
  {
    id: '6-quote-foreman-en',
    cases: [noiseAen()],
    text: en(
      '6-quote-foreman-en',
      `Agent: Hotline.
Caller: The foreman came to my door and said, "just ring them and tell them to withdraw it". I'm telling you I won't. What's the status of my noise complaint?`,
    ),
  },
  {
    id: '6-office-asked',
    cases: [noiseAen()],
    text: en(
      '6-office-asked',
      `Agent: Hotline.
Caller: Someone from your office rang me yesterday and asked me to withdraw my noise complaint. Why would they do that?`,
    ),
  },
  {
    id: '6-online-q',
    cases: [noiseA()],
    text: zh(
      '6-online-q',
      `坐席：您好。
市民：我想问一下，我的噪音投诉能不能在网上自己撤回？`,
    ),
  },
  {
    id: '6-urge-useless-zh',
    cases: [noiseA()],
    text: zh(
      '6-urge-useless-zh',
      `坐席：您好。
市民：我的噪音投诉一直没动静，催也没用，我就想知道到底谁在管。`,
    ),
  },
  {
    id: '6-nopoint-en',
    cases: [noiseAen()],
    text: en(
      '6-nopoint-en',
      `Agent: Hotline.
Caller: There's no point chasing them, they never listen. I just want to know who is handling my noise complaint.`,
    ),
  },
  {
    id: '6-nothing-add',
    cases: [noiseAen()],
    text: en(
      '6-nothing-add',
      `Agent: Hotline. Anything you'd like to add to your noise complaint?
Caller: Nothing to add, really. Just tell me where it is.`,
    ),
  },
  {
    id: '6-closed-first-urge',
    cases: [{ ...noiseAen('a', 'closed') }, { ...dogAen(), advance: '20d' }],
    text: en(
      '6-closed-first-urge',
      `Agent: Hotline.
Caller: The first complaint I ever made with you, the very first one, it's started again. Chase it up please.`,
    ),
  },
  {
    id: '6-closed-addr-withdraw',
    cases: [noiseA('a', 'closed'), lightA()],
    text: zh(
      '6-closed-addr-withdraw',
      `坐席：您好。
市民：人民路12号那个投诉帮我撤了吧。`,
    ),
  },
  {
    id: '6-closed-service-withdraw',
    cases: [lightA('l', 'closed'), noiseA()],
    text: zh(
      '6-closed-service-withdraw',
      `坐席：您好。
市民：路灯那个帮我撤了吧，不用修了。`,
    ),
  },
  {
    id: '6-closed-service-urge-en',
    cases: [lightAen('l', 'closed'), noiseAen()],
    text: en(
      '6-closed-service-urge-en',
      `Agent: Hotline.
Caller: The street light is out again, same one. Chase it up please.`,
    ),
  },
  {
    id: '6-closed-time-withdraw',
    cases: [noiseA('a', 'closed'), { ...dogA(), advance: '30d' }],
    text: zh(
      '6-closed-time-withdraw',
      `坐席：您好。
市民：我去年报的那个，帮我撤回。`,
    ),
  },
  {
    id: '7-borrowed-several-zh',
    cases: [noiseA(), dogA()],
    text: zh(
      '7-borrowed-several-zh',
      `坐席：您好。
市民：我用的是邻居的手机，帮我催一下我的噪音投诉。`,
    ),
  },
  {
    id: '7-shop-phone-en',
    cases: [noiseAen()],
    text: en(
      '7-shop-phone-en',
      `Agent: Hotline.
Caller: I'm ringing from the corner shop's phone, the owner let me use it. What's the status of my noise complaint?`,
    ),
  },
  {
    id: '7-hotel-phone-zh',
    cases: [noiseA()],
    text: zh(
      '7-hotel-phone-zh',
      `坐席：您好。
市民：我这是在酒店前台借的电话，我想问下我的噪音投诉怎么样了。`,
    ),
  },
  {
    id: '7-agent-5stars-zh',
    cases: [noiseA('a', 'closed')],
    text: zh(
      '7-agent-5stars-zh',
      `坐席：您好，12345热线。
市民：我问一下我的噪音投诉办完了没有。
坐席：已经办结了，等待回访。
市民：好的，你服务真好，给你五分好评。`,
    ),
  },
  {
    id: '7-agent-5stars-en',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '7-agent-5stars-en',
      `Agent: Hotline.
Caller: Is my noise complaint finished?
Agent: Yes, it's closed and waiting for your feedback.
Caller: Thanks, you've been so helpful, five out of five for you.`,
    ),
  },
  {
    id: '7-march-closed',
    start: '2026-03-02T10:00:00+08:00',
    cases: [noiseA('a', 'closed'), { ...dogA(), advance: '40d' }],
    text: zh(
      '7-march-closed',
      `坐席：您好。
市民：我三月份报的那个，帮我撤回吧。`,
    ),
  },
  {
    id: '7-march-closed-en',
    start: '2026-03-02T10:00:00+08:00',
    cases: [noiseAen('a', 'closed'), { ...dogAen(), advance: '40d' }],
    text: en(
      '7-march-closed-en',
      `Agent: Hotline.
Caller: The complaint I made back in March, please chase it up, it's started again.`,
    ),
  },
  {
    id: '7-older-one',
    cases: [noiseAen('a', 'closed'), { ...dogAen(), advance: '10d' }],
    text: en(
      '7-older-one',
      `Agent: Hotline.
Caller: Not the recent one, the older one. Please withdraw it.`,
    ),
  },
  {
    id: '7-older-one-zh',
    cases: [noiseA('a', 'closed'), { ...dogA(), advance: '10d' }],
    text: zh(
      '7-older-one-zh',
      `坐席：您好。
市民：不是最近那个，是早的那个，帮我撤了吧。`,
    ),
  },
  {
    id: '8-rv-husband-zh',
    cases: [noiseA('a', 'closed')],
    text: zh(
      '8-rv-husband-zh',
      `坐席：您好，这里是12345回访，请问您对噪音投诉的处理满意吗？1到5分。
市民：我不是投诉人，是我老公打的电话，他不在家。我看着还行吧，给四分。`,
      A,
      '工单编号：{{REF:a}}\n',
    ),
  },
  {
    id: '8-rv-husband-en',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '8-rv-husband-en',
      `Agent: Hello, return visit from the hotline about the noise complaint. From 1 to 5, how satisfied are you?
Caller: Oh, I didn't make the complaint, my husband did, he's at work. I suppose it's quieter now, I'd say a 2.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '8-rv-wrongperson',
    cases: [noiseAen('a', 'closed')],
    text: en(
      '8-rv-wrongperson',
      `Agent: Hello, return visit from the hotline about your noise complaint. From 1 to 5, how satisfied are you?
Caller: What complaint? I never complained about anything. I just got this number last month. Whatever, put a 1.`,
      A,
      'Case: {{REF:a}}\n',
    ),
  },
  {
    id: '8-new-plus-hurry',
    cases: [noiseA()],
    text: zh(
      '8-new-plus-hurry',
      `坐席：您好。
市民：我要再投诉一个，楼上邻居天天半夜拖家具，太吵了，人民路12号5楼，越快越好。`,
    ),
  },
  {
    id: '8-suanle-wait',
    cases: [noiseA()],
    text: zh(
      '8-suanle-wait',
      `坐席：您好。
市民：我的噪音投诉怎么还没人来？
坐席：目前还在等待派单。
市民：那算了，我再等等吧。`,
    ),
  },
  {
    id: '8-suanle-drop',
    cases: [noiseA()],
    text: zh(
      '8-suanle-drop',
      `坐席：您好。
市民：我的噪音投诉，那个工地已经搬走了，算了，不投诉了。`,
    ),
  },
  {
    id: '8-cancel-en',
    cases: [noiseAen()],
    text: en(
      '8-cancel-en',
      `Agent: Hotline.
Caller: The builders have packed up and left, so please cancel my noise complaint.`,
    ),
  },
  {
    id: '8-quxiao-zh',
    cases: [noiseA()],
    text: zh(
      '8-quxiao-zh',
      `坐席：您好。
市民：工地已经停工了，我的噪音投诉取消吧。`,
    ),
  },
  {
    id: '8-json-sms',
    cases: [noiseA()],
    text: {
      callId: '8-json-sms',
      caller: A,
      segments: [
        { speaker: 'operator', start: 0, end: 2, text: '您好，12345热线。' },
        {
          speaker: 'customer',
          start: 2,
          end: 9,
          text: '我收到一个短信，说"您的噪音投诉已撤回"。我没撤回啊，怎么回事？',
        },
      ],
    },
  },
  {
    id: '8-json-question-en',
    cases: [noiseAen()],
    text: {
      callId: '8-json-question-en',
      caller: A,
      segments: [
        { speaker: 'agent', start: 0, end: 2, text: 'Hotline, how can I help?' },
        {
          speaker: 'caller',
          start: 2,
          end: 6,
          text: 'Can I withdraw my noise complaint online, or do I have to do it by phone?',
        },
      ],
    },
  },
  {
    id: '8-json-rv-agent',
    cases: [noiseAen('a', 'closed')],
    text: {
      callId: '8-json-rv-agent',
      caller: A,
      case: '{{REF:a}}',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 5,
          text: 'Hello, this is a return visit about your noise complaint. From 1 to 5, how satisfied are you with the result?',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 10,
          text: 'The result? One. Still loud every night. You personally, five, you are very polite.',
        },
      ],
    },
  },
  {
    id: '9-nishuone',
    cases: [noiseA()],
    text: zh(
      '9-nishuone',
      `坐席：您好。
市民：我的噪音投诉两个礼拜了没人来。
坐席：那需要帮您撤回吗？
市民：你说呢？`,
    ),
  },
  {
    id: '9-urge-howlong',
    cases: [noiseA()],
    text: zh(
      '9-urge-howlong',
      `坐席：您好。
市民：我问下我的噪音投诉。
坐席：需要帮您催办吗？
市民：催办一般要多久才有回音？`,
    ),
  },
  {
    id: '9-neg-readback-zh',
    cases: [noiseA()],
    text: zh(
      '9-neg-readback-zh',
      `坐席：您好。
市民：我的噪音投诉还在处理吧？工地还在施工。
坐席：那就不用撤回了，对吗？
市民：对。`,
    ),
  },
  {
    id: '9-neg-readback-en',
    cases: [noiseAen()],
    text: en(
      '9-neg-readback-en',
      `Agent: Hotline.
Caller: My noise complaint is still open, right? They're still at it.
Agent: So you don't want it withdrawn, right?
Caller: Right.`,
    ),
  },
  {
    id: '9-friend-phone-en',
    cases: [noiseAen()],
    text: en(
      '9-friend-phone-en',
      `Agent: Hotline.
Caller: I'm on my friend's phone, mine died. What's the status of my noise complaint?`,
    ),
  },
  {
    id: '9-office-line-zh',
    cases: [noiseA()],
    text: zh(
      '9-office-line-zh',
      `坐席：您好。
市民：我是用单位的座机打的，这个电话是公司的。之前我们公司有人投诉过噪音，我想问问进度。`,
    ),
  },
];
