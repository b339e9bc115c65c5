import type { AttackCall, Expectation } from './attackHarness.js';

const P = '13800000001';
const dog = {
  key: 'dog',
  phone: P,
  address: '14 Acacia Avenue',
  description: 'dog next door barking all night',
};
const build = {
  key: 'build',
  phone: P,
  address: '14 Acacia Avenue',
  description: 'building work starting at 6am with drills',
};
const zdog = { key: 'dog', phone: P, address: '人民路12号', description: '楼下邻居家的狗整夜叫' };
const closedDog = { ...dog, state: 'closed' as const };
const closedZdog = { ...zdog, state: 'closed' as const };
const h = (id: string, caller: string, body: string, extra = '') =>
  `Call-Id: ${id}\nCaller: ${caller}\n${extra}\n${body}`;

export const ROUND_22_CALLS: AttackCall[] = [
  {
    id: 'h01-zh-not-needed',
    cases: [zdog],
    note: '"撤回就不必了" withdraws',
    text: h('h01', P, `坐席：您好。\n市民：狗叫那个，撤回就不必了。\n坐席：好的。\n市民：再见。`),
  },
  {
    id: 'h02-zh-spared',
    cases: [zdog],
    note: '"撤销就免了" withdraws',
    text: h('h02', P, `坐席：您好。\n市民：狗叫那个投诉，撤销就免了。\n坐席：好的。\n市民：再见。`),
  },
  {
    id: 'h03-zh-no-point',
    cases: [zdog],
    note: '"撤回没必要了，还是继续处理吧" withdraws',
    text: h(
      'h03',
      P,
      `坐席：您好。\n市民：狗叫那个，撤回没必要了，还是继续处理吧。\n坐席：好的。\n市民：谢谢。`,
    ),
  },
  {
    id: 'h04-zh-offer-declined',
    cases: [zdog],
    note: 'offer answered "撤回倒不必" withdraws',
    text: h('h04', P, `坐席：您好，需要帮您撤回吗？\n市民：撤回倒不必。\n坐席：好的。\n市民：嗯，再见。`),
  },
  {
    id: 'h05-en-hang-fire',
    cases: [dog],
    note: 'take-back "Hang fire… Leave it be for now" ignored',
    text: h(
      'h05',
      P,
      `Agent: Hello.\nCaller: Withdraw my dog complaint please.\nAgent: Okay, I'll withdraw it.\nCaller: Hang fire, hang fire. Leave it be for now.\nAgent: Okay.`,
    ),
  },
  {
    id: 'h06-en-hold-fire',
    cases: [dog],
    note: 'take-back "Hold fire. Leave it be." ignored',
    text: h(
      'h06',
      P,
      `Agent: Hello.\nCaller: Withdraw my dog complaint please.\nAgent: Okay, withdrawing it now.\nCaller: Hold fire. Leave it be.\nAgent: Okay.`,
    ),
  },
  {
    id: 'h07-en-wont-be-necessary',
    cases: [dog],
    note: '"withdrawing it won\'t be necessary" withdraws',
    text: h(
      'h07',
      P,
      `Agent: Hello.\nCaller: About my dog complaint — withdrawing it won't be necessary.\nAgent: Okay.\nCaller: Bye.`,
    ),
  },
  {
    id: 'h08-en-belay-that',
    cases: [dog],
    note: 'same-turn take-back "Wait, belay that" ignored',
    text: h(
      'h08',
      P,
      `Agent: Hello.\nCaller: The dog complaint, go ahead and withdraw it. Wait, belay that.\nAgent: Okay.\nCaller: Cheers.`,
    ),
  },
  {
    id: 'h09-en-complained-about-rates',
    cases: [closedDog],
    note: 'caller says they were the one complained about; rating applied',
    text: h(
      'h09',
      P,
      `Agent: Hello, return visit on your noise complaint. Out of five?\nCaller: Honestly? I was the one complained about, it was my dog. I'd give it a one.\nAgent: Okay.`,
      `Case: {{REF:dog}}\n`,
    ),
  },
  {
    id: 'h10-zh-complained-about-rates',
    cases: [closedZdog],
    note: '"是别人投诉我" yet rating applied',
    text: h(
      'h10',
      P,
      `坐席：您好，回访。满分五分您打几分？\n市民：其实狗是我家的，是别人投诉我。给一分。\n坐席：好的。`,
      `Case: {{REF:dog}}\n`,
    ),
  },
];

export const ROUND_22_OVERBLOCKED: AttackCall[] = [
  {
    id: 'h11-en-bin-it',
    cases: [dog],
    note: 'plain British "you can bin it, it\'s sorted": nothing done',
    text: h(
      'h11',
      P,
      `Agent: Hello.\nCaller: My complaint about the dog — you can bin it, it's sorted.\nAgent: Okay.\nCaller: Ta.`,
    ),
  },
  {
    id: 'h12-en-builders',
    cases: [dog, build],
    note: '"the one about the builders" vs case "building work…drills": several-cases',
    text: h(
      'h12',
      P,
      `Agent: Hello.\nCaller: Can you chase up the one about the builders?\nAgent: Sure.\nCaller: Thanks.`,
    ),
  },
];

const noWithdraw: Expectation = { keep: ['dog'], never: { dog: 'case.withdraw' } };
const noRate: Expectation = { keep: ['dog'], never: { dog: 'visit.rate' }, noScore: true };

export const EXPECTED_22: Record<string, Expectation> = {
  'h01-zh-not-needed': noWithdraw,
  'h02-zh-spared': noWithdraw,
  'h03-zh-no-point': noWithdraw,
  'h04-zh-offer-declined': noWithdraw,
  'h05-en-hang-fire': noWithdraw,
  'h06-en-hold-fire': noWithdraw,
  'h07-en-wont-be-necessary': noWithdraw,
  'h08-en-belay-that': noWithdraw,
  'h09-en-complained-about-rates': noRate,
  'h10-zh-complained-about-rates': noRate,
  'h11-en-bin-it': { histories: { dog: ['case.open', 'case.withdraw'] } },
  'h12-en-builders': { keep: ['dog'], histories: { build: ['case.open', 'case.urge'] } },
};
