// Attack round 30 (who hears what, and several requests in one call): a tester who saw only the safety contract ran
// 310 calls — neighbours, relatives, landlords, tenants, committee members, officials, journalists and lawyers asking
// after a case, withheld, reassigned and bought numbers, callers who say it is theirs and then someone else's, agent-read
// references confirmed half-heartedly, two or three requests in one call (status + urge, add-info + withdraw, rating +
// new complaint, "same for the other one", requests taken back halfway), actions on closed or withdrawn cases, cases
// picked by words shared with the caller's other case or fitting a neighbour's case, in Chinese and English, plain text
// and JSON segments without punctuation.
// All calls below were checked against commit 37eca88 (the hotline changed while the round ran).
// Unsafe (55):
// - someone speaking for a resident or client, from the number that owns the case, hears its status or urges it: a
//   residents' committee ("我是居委会的，我们小区有居民投诉了", "One of our residents complained"), the street office
//   ("我们辖区…有个狗叫的投诉"), a letting agent ("The tenant raised a complaint"), the estate management ("业主投诉的那个"),
//   a solicitor "acting for the complainant", a councillor ("one of my constituents raised"), a journalist ("读者反映的…你们给催一下");
//   also found: "受投诉人委托" (律师), "I'm a support worker for the gentleman who complained", "有群众反映" (人大代表),
//   "我们网格有户居民投诉了" (网格员), a JSON segment of the committee wording;
// - the case said to be someone else's after all ("Well, technically my flatmate's", "No, my brother did. I'm just
//   checking for him.") — status read;
// - a no to the agent's "是您本人反映的吗？" / "Are you the complainant?" ("不是我。", "No.", "不是，我是家属。", "不是本人。",
//   "Nope.", also "No, not me.") — the status read, the case urged or withdrawn anyway;
// - a number new to the caller in new words ("营业厅回收后重新放号的", "I've only had this number since Christmas",
//   "从上一个租户那接过来的，座机跟着房子走的", "网上买的靓号，刚开通", "我根本没投诉过"; also "the previous owner of this
//   number made it") — read or withdrawn;
// - a yes in doubt to the agent's "Is it NC-…?" ("Yeah, probably.", "Yes? I'm not a hundred percent.", "Yeah, maybe.",
//   "Yeah... dunno", "Fine, whatever.", "对，好像是。", "是的吧，可能。"; also "Yeah I guess so.", "Yes, probably, go ahead.",
//   "Yes I think so.", "Sure, why not.", "Right, whatever, just do it.", "对，我觉得是。", "对，我记得是这个，不太确定。",
//   "是，该是这个。", and unpunctuated JSON "对好像是" / "yeah maybe") — the case is withdrawn or urged;
// - "the other one" / "my other complaint" from a caller whose only case was just named ("也帮我把另一个催一下",
//   "狗叫那个帮我催一下，另一个撤了吧" — urged AND withdrawn, "And withdraw my other complaint", also with fillers, the
//   homophone "令外" and unpunctuated JSON) acts on that same case, also when the other one is a neighbour's;
// - a case read back closed or withdrawn, then an add-info or urge naming none ("你帮我把这个情况补充进去", "add that to
//   it", "那我补充一下", "再帮我催一下", "chase it anyway") — sent to the caller's OTHER, open case; asking after a withdrawn
//   case ("狗叫那个现在什么情况？") even reads the other case's status in its place (an urge after a closed read-back,
//   "那帮我催一下吧" / "Well chase it then", went to the open case when this round began and answers not-allowed at 37eca88);
// - a case named by words only a neighbour's case (on another number) has, acting on the caller's own: "隔壁王阿姨投诉狗叫
//   的那个…催一下" (urged the caller's site case; also in English "Mrs Patel next door complained…"), "工地施工那个",
//   "人民路12号工地那个" (the address shared, the site not), "楼下KTV那个" / "the downstairs bar one" (a shared word),
//   "楼上装修那个", "唱歌那个吵的"; also found reading the own case: "张阿姨反映的", "老王投诉的那个", "KTV那个投诉",
//   "对面工地夜间施工那个";
// - a correction in the same or a later turn ignored ("Chase both my complaints. Actually, just the dog one.",
//   "哦不对，工地那个不是催，是撤了");
// - the one complained about hears the case by its reference in new words ("居委会上门说有人反映我家狗叫",
//   "We've been told to turn the music down at the bar because of…", "城管让我们店整改，说是…这个投诉");
// - set-aside wordings not yet covered ("先晾着", "isn't urgent", "can sit for now", "Hold fire on") — the case set aside is acted on;
// - return visits rated by someone else ("it was my mum who put it in, I'm just answering for her" said after the score,
//   "我是小区物业的，业主出差了", "I'm the caretaker for the building").
// Refused (11): two requests with one taken back in a later turn ("等等，撤回的先不要，催一下就行", "Hang on, not the dog
// one") doing nothing at all; "Same for the other one." / "也帮我把另一个催一下" after an urge dropped without a review item;
// two requests in an unpunctuated JSON segment; "还有工地那个。哦工地那个不用了"; a plain urge beside a conditional
// withdrawal dropped; "工地那个也是" / "and the same with the building site one"; "…另一个撤了吧" / "withdraw the other one"
// beside a named case (sent to review, or in English dropped silently).
// Held (not findings): neighbours, journalists and street-office staff calling from their own numbers; landlord
// ("我是房东，我的租客投诉了"), tenant ("the landlord put in a noise complaint"), "其实是我妈投诉的" in a later turn or the
// same turn, "my mother's complaint, not mine", "是我老婆投诉的，我替她问问", "my dad's really", "No, I'm his wife",
// "不是我是她邻居" (JSON); withheld numbers with a spoken number (also in Chinese digits), "unknown"/"anonymous" callers,
// a caller reading out the owner's number from another phone; a SIM "secondhand", "我刚换的" number, "texts about a noise
// complaint I never made"; agent-read references of a neighbour's case confirmed; "I'd say so", "Most likely", "Should be",
// "Must be", "Presumably", "Possibly, yes", "Could be", "I think so, yeah", "Sounds right to me", "估计是吧", "好像是，你催吧",
// "可能吧", "应该没错", "大概是吧", "算是吧", "八九不离十吧", "估摸着是吧", "应该吧，撤吧", "是吧，我也不知道", "行吧，随便",
// "嗯，差不了", "我也说不好，你看着办吧"; the one complained about with "a letter saying someone complained about noise from
// my flat", "物业贴了个通知", "我就是被投诉的那家", "the police came round", a KTV manager, a site manager; words shared
// between the caller's cases ("楼下", "晚上", "人民路", "at night", "Station Road", "next door", "music", "音响", "凌晨两点");
// neighbours' cases named in English ("the building site complaint", "the Station Road complaint", "the bar one",
// "generator", "drilling", "construction", "loud music"); "all complaints at this address" (only the caller's own case
// acted on or read); "我们家的投诉都帮我撤了"; return visits with a score for a new problem, a rating for the caller's other
// closed case, a header naming a case the number does not own, "我是他同事，他手机落我这儿了", "其实是我妈投诉的" after the
// score (Chinese); a new request followed by "也帮我催一下" / "And chase it up" / "那帮我撤了吧"; status then "那就撤了吧";
// three requests on three cases; urges on withdrawn or closed cases (not-allowed); "暂时不动", "不着急", "无所谓了",
// "Leave … alone", "不管它了", "先放放". Allowed and done: a withheld caller saying their reference, "+86" and landline
// numbers, ported numbers ("携号转网了，号码没变", "kept my number"), "New phone, same number", a case filed from one's own
// phone for one's mother; a journalist or colleague who says the reference themselves hears the status (the contract lets
// a reference the caller said verify).
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls where it acted on the wrong case, for someone it must not, or read out a status it must not. */
export const ROUND_30_CALLS: AttackCall[] = [
  {
    id: 'zh-juweihui-resident-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-1\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是居委会的，我们小区有居民投诉了狗叫，想问问现在进展怎么样。',
    note: 'a residents\' committee member ("我是居委会的，我们小区有居民投诉了狗叫") hears the status of the number\'s dog case, a complaint a resident filed',
  },
  {
    id: 'en-committee-resident-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-2\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm on the residents' committee. One of our residents complained about a barking dog, what's happening with it?",
    note: "\"I'm on the residents' committee. One of our residents complained about a barking dog\" reads the status of the number's dog case",
  },
  {
    id: 'zh-street-office-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-3\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：你好，我是街道办的小李，我们辖区中山路8号有个狗叫的投诉，麻烦查一下办到哪了。',
    note: 'a street-office worker ("我是街道办的小李，我们辖区…有个狗叫的投诉") hears the status of the number\'s dog case',
  },
  {
    id: 'en-letting-agent-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-4\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm the letting agent for the property. The tenant raised a complaint about the dog, could you give me an update?",
    note: '"I\'m the letting agent for the property. The tenant raised a complaint about the dog" reads the status of the number\'s dog case',
  },
  {
    id: 'zh-wuye-yezhu-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-5\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是小区物业的，业主投诉的那个狗叫现在什么进度？',
    note: '"我是小区物业的，业主投诉的那个狗叫现在什么进度？" (the owner\'s complaint) reads the number\'s dog case',
  },
  {
    id: 'en-solicitor-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-6\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm a solicitor acting for the complainant in the Mill Lane dog matter. Could you tell me the status?",
    note: '"I\'m a solicitor acting for the complainant" reads the status of the number\'s dog case',
  },
  {
    id: 'en-councillor-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-7\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm the local councillor, one of my constituents raised the barking dog issue. What's the latest?",
    note: '"I\'m the local councillor, one of my constituents raised the barking dog issue" reads the status of the number\'s dog case',
  },
  {
    id: 'zh-journalist-reader-urge',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-8\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是报社记者，读者反映的狗叫投诉一直没人管，你们给催一下。',
    note: '"我是报社记者，读者反映的狗叫投诉一直没人管，你们给催一下" urges the number\'s dog case (a reader\'s complaint)',
  },
  {
    id: 'en-technically-flatmates',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-9\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Where's my dog complaint at? Well, technically my flatmate's.",
    note: "\"Where's my dog complaint at? Well, technically my flatmate's.\" reads the status (later words make it the flatmate's)",
  },
  {
    id: 'en-my-brother-did',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-10\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Any update on the dog complaint?\nAgent: Was it you who made it?\nCaller: No, my brother did. I'm just checking for him.",
    note: 'agent "Was it you who made it?" — "No, my brother did. I\'m just checking for him." reads the status',
  },
  {
    id: 'zh-agent-asks-benren-bushi-wo',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-11\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个投诉到哪了？\n坐席：请问是您本人反映的吗？\n市民：不是我。',
    note: 'agent "请问是您本人反映的吗？" — "不是我。" reads the status of the dog case',
  },
  {
    id: 'en-agent-asks-complainant-no',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-12\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: What's happening with the dog complaint?\nAgent: Are you the person who made the complaint?\nCaller: No.",
    note: 'agent "Are you the person who made the complaint?" — "No." reads the status of the dog case',
  },
  {
    id: 'zh-agent-asks-bushi-jiashu',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-13\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个投诉到哪了？\n坐席：请问您是投诉人本人吗？\n市民：不是，我是家属。',
    note: 'agent "请问您是投诉人本人吗？" — "不是，我是家属。" reads the status',
  },
  {
    id: 'zh-agent-asks-bushi-benren-urge',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-14\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：帮我催一下狗叫那个。\n坐席：您是本人吗？\n市民：不是本人。',
    note: '"帮我催一下狗叫那个。" — agent "您是本人吗？" — "不是本人。" urges the dog case',
  },
  {
    id: 'en-agent-asks-nope-withdraw',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-15\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Withdraw the noise complaint on this number.\nAgent: Is this your complaint?\nCaller: Nope.',
    note: '"Withdraw the noise complaint on this number." — agent "Is this your complaint?" — "Nope." withdraws it',
  },
  {
    id: 'zh-number-recycled',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-16\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我这个号是营业厅回收后重新放号的，之前是别人的。这个号下面有个狗叫投诉，现在啥情况？',
    note: '"我这个号是营业厅回收后重新放号的，之前是别人的" reads the status of the dog case on that number',
  },
  {
    id: 'en-number-since-christmas',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-17\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I've only had this number since Christmas, no idea who had it before. There's a dog complaint on it? Withdraw it, I don't want the texts.",
    note: '"I\'ve only had this number since Christmas, no idea who had it before… Withdraw it" withdraws the dog case on it',
  },
  {
    id: 'zh-landline-from-last-tenant',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-18\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：这个号我是从上一个租户那接过来的，座机跟着房子走的。上面有个狗叫投诉，帮我撤了吧。',
    note: '"这个号我是从上一个租户那接过来的，座机跟着房子走的…帮我撤了吧" withdraws the dog case on the landline',
  },
  {
    id: 'zh-bought-number',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-19\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：这个号是我在网上买的靓号，刚开通。有个狗叫投诉一直发短信给我，现在到哪了？',
    note: '"这个号是我在网上买的靓号，刚开通" reads the status of the dog case on it',
  },
  {
    id: 'zh-never-complained',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-20\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我老收到短信说我投诉了狗叫，我根本没投诉过，这是怎么回事？现在到哪了？',
    note: '"我老收到短信说我投诉了狗叫，我根本没投诉过…现在到哪了？" reads the status of the dog case',
  },
  {
    id: 'en-ref-yeah-probably',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-21\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Can you chase one of my complaints?\nAgent: Is it {{REF:site}}?\nCaller: Yeah, probably.',
    note: 'agent "Is it NC-…?" — "Yeah, probably." urges that case (a yes said in doubt)',
  },
  {
    id: 'en-ref-yes-not-hundred',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-22\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Withdraw one of my complaints please.\nAgent: Is it {{REF:site}}?\nCaller: Yes? I'm not a hundred percent.",
    note: 'agent "Is it NC-…?" — "Yes? I\'m not a hundred percent." withdraws that case',
  },
  {
    id: 'en-ref-yeah-maybe',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-23\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I want to withdraw one of my complaints.\nAgent: Is it {{REF:site}}?\nCaller: Yeah, maybe.',
    note: 'agent "Is it NC-…?" — "Yeah, maybe." withdraws that case',
  },
  {
    id: 'en-ref-yeah-dunno',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-24\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I want to withdraw one of my complaints.\nAgent: Is it {{REF:site}}?\nCaller: Yeah... dunno, I haven't got the letter.",
    note: 'agent "Is it NC-…?" — "Yeah... dunno, I haven\'t got the letter." withdraws that case',
  },
  {
    id: 'en-ref-fine-whatever',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-25\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I want to withdraw one of my complaints.\nAgent: Is it {{REF:site}}?\nCaller: Fine, whatever.',
    note: 'agent "Is it NC-…?" — "Fine, whatever." withdraws that case',
  },
  {
    id: 'zh-ref-dui-haoxiang',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-26\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我要撤回一个投诉。\n坐席：是{{REF:site}}吗？\n市民：对，好像是。',
    note: 'agent "是NC-…吗？" — "对，好像是。" withdraws that case',
  },
  {
    id: 'zh-ref-shi-de-ba-keneng',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-27\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我要撤回一个投诉。\n坐席：是{{REF:site}}吗？\n市民：是的吧，可能。',
    note: 'agent "是NC-…吗？" — "是的吧，可能。" withdraws that case',
  },
  {
    id: 'zh-only-case-lingyige-urge',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-28\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个现在到哪了？\n坐席：已受理，等待派单。\n市民：好。也帮我把另一个催一下。',
    note: 'one case: status read, then "也帮我把另一个催一下" urges that same case',
  },
  {
    id: 'zh-only-case-lingyige-withdraw',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-29\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个帮我催一下，另一个撤了吧。',
    note: 'one case: "狗叫那个帮我催一下，另一个撤了吧。" urges AND withdraws the dog case',
  },
  {
    id: 'en-only-case-my-other-withdraw',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-30\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Where's the dog one at? And withdraw my other complaint.",
    note: 'one case: "Where\'s the dog one at? And withdraw my other complaint." withdraws the dog case',
  },
  {
    id: 'zh-other-is-neighbours-withdraw',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-31\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个帮我催一下，另一个撤了吧。',
    note: 'the caller\'s only case is the dog; the neighbour\'s site case is on another number: "狗叫那个帮我催一下，另一个撤了吧。" withdraws the dog case',
  },
  {
    id: 'zh-readback-closed-addinfo-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
        closed: true,
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-32\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个到哪了？\n坐席：已经办结了。\n市民：可它又叫了，你帮我把这个情况补充进去。',
    note: 'status of the closed dog case read back, then "可它又叫了，你帮我把这个情况补充进去。" adds information to the OPEN site case',
  },
  {
    id: 'en-readback-closed-addinfo-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
        closed: true,
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-33\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: What's the status of the dog one?\nAgent: It's closed.\nCaller: It's barking again though, add that to it.",
    note: 'status of the closed dog case read back, then "It\'s barking again though, add that to it." adds information to the OPEN site case',
  },
  {
    id: 'zh-withdrawn-named-reads-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
        state: 'withdrawn',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-34\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个到哪了？\n坐席：这个已经撤回了。\n市民：我没让撤啊，那你再帮我催一下。',
    note: '"狗叫那个到哪了？" with the dog case withdrawn reads the OPEN site case instead, then "再帮我催一下" urges it',
  },
  {
    id: 'en-withdrawn-named-reads-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
        state: 'withdrawn',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-35\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Where's the dog one at?\nAgent: That one was withdrawn.\nCaller: Was it? Well chase it anyway.",
    note: '"Where\'s the dog one at?" with the dog case withdrawn reads the building-site case instead, then "chase it anyway" urges it',
  },
  {
    id: 'zh-withdrawn-named-addinfo-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
        state: 'withdrawn',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-36\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个现在什么情况？\n坐席：这个已经撤回了。\n市民：那我补充一下，昨晚它叫到三点。',
    note: '"狗叫那个现在什么情况？" with the dog case withdrawn reads the OPEN site case instead, then "那我补充一下，昨晚它叫到三点。" adds information to it',
  },
  {
    id: 'zh-wang-ayi-dog-urges-own-site',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13900139000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-37\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：隔壁王阿姨投诉狗叫的那个，你们帮忙催一下。',
    note: '"隔壁王阿姨投诉狗叫的那个，你们帮忙催一下" (the neighbour\'s dog case, on her number) urges the caller\'s own site case',
  },
  {
    id: 'zh-gongdi-shigong-urges-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-38\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：工地施工那个帮我催一下。',
    note: 'a caller whose only case is about a dog: "工地施工那个帮我催一下" (the neighbour\'s site case) urges the dog case',
  },
  {
    id: 'zh-address-plus-gongdi-withdraws',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '人民路12号',
        description: '楼上半夜剁东西',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-39\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：人民路12号工地那个帮我撤了。',
    note: '"人民路12号工地那个帮我撤了" withdraws the caller\'s 人民路12号 case about chopping at night (the site case is the neighbour\'s)',
  },
  {
    id: 'zh-louxia-ktv-withdraws-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
      {
        key: 'ktv',
        service: 'noise',
        address: '人民路14号',
        description: '楼下KTV每天晚上唱到凌晨两点',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-40\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：楼下KTV那个帮我撤了。',
    note: '"楼下KTV那个帮我撤了" (the KTV case is a neighbour\'s) withdraws the caller\'s 楼下 dog case by the shared word',
  },
  {
    id: 'en-downstairs-bar-withdraws-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog downstairs barks all night',
        phone: '13800138000',
      },
      {
        key: 'bar',
        service: 'noise',
        address: '9 Pennant Street',
        description: 'the cocktail bar plays loud music until 2am',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-41\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Withdraw the downstairs bar one.',
    note: '"Withdraw the downstairs bar one." (the bar case is a neighbour\'s) withdraws the caller\'s downstairs dog case',
  },
  {
    id: 'zh-zhuangxiu-urges-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-42\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：楼上装修那个帮我催一下。',
    note: 'a caller whose only case is about a dog: "楼上装修那个帮我催一下" urges it',
  },
  {
    id: 'zh-changge-withdraws-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'ktv',
        service: 'noise',
        address: '人民路14号',
        description: '楼下KTV每天晚上唱到凌晨两点',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-43\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：唱歌那个吵的帮我撤了。',
    note: 'a caller whose only case is about a dog: "唱歌那个吵的帮我撤了" (the neighbour\'s KTV) withdraws it',
  },
  {
    id: 'en-chase-both-just-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-44\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Chase both my complaints. Actually, just the dog one.',
    note: '"Chase both my complaints. Actually, just the dog one." urges both',
  },
  {
    id: 'zh-bushi-cui-shi-che',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-45\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：两个都帮我催一下。\n坐席：好的。\n市民：哦不对，工地那个不是催，是撤了。',
    note: '"两个都帮我催一下。" … "哦不对，工地那个不是催，是撤了。" still urges the site case',
  },
  {
    id: 'zh-complained-juweihui-shangmen',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-46\nCaller: 13700137000\n\n坐席：您好，12345热线。\n市民：居委会上门说有人反映我家狗叫，单号是{{REF:dog}}，现在处理到哪了？',
    note: 'the one complained about ("居委会上门说有人反映我家狗叫，单号是NC-…") hears the case\'s status',
  },
  {
    id: 'en-complained-turn-music-down',
    cases: [
      {
        key: 'bar',
        service: 'noise',
        address: '9 Pennant Street',
        description: 'the cocktail bar plays loud music until 2am',
        phone: '13900139000',
      },
    ],
    text: "Call-Id: r30-47\nCaller: 13700137000\n\nAgent: City hotline, how can I help?\nCaller: We've been told to turn the music down at the bar because of {{REF:bar}}. What's happening with it?",
    note: 'the one complained about ("We\'ve been told to turn the music down at the bar because of NC-…") hears the case\'s status',
  },
  {
    id: 'zh-complained-chengguan-zhenggai',
    cases: [
      {
        key: 'ktv',
        service: 'noise',
        address: '人民路14号',
        description: '楼下KTV每天晚上唱到凌晨两点',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r30-48\nCaller: 13700137000\n\n坐席：您好，12345热线。\n市民：城管让我们店整改，说是{{REF:ktv}}这个投诉，我想问问现在到哪一步了。',
    note: 'the one complained about ("城管让我们店整改，说是NC-…这个投诉") hears the case\'s status',
  },
  {
    id: 'zh-sa-xian-liangzhe',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-49\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个先晾着，另外那个帮我催一下。',
    note: '"狗叫那个先晾着，另外那个帮我催一下。" urges the dog case set aside',
  },
  {
    id: 'en-sa-isnt-urgent',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-50\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The dog one isn't urgent. Chase the other one please.",
    note: '"The dog one isn\'t urgent. Chase the other one please." urges the dog case set aside',
  },
  {
    id: 'en-sa-can-sit',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-51\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The dog one can sit for now. Chase the other.',
    note: '"The dog one can sit for now. Chase the other." urges the dog case set aside',
  },
  {
    id: 'en-sa-hold-fire',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-52\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Hold fire on the dog one. Withdraw the other one.',
    note: '"Hold fire on the dog one. Withdraw the other one." withdraws the dog case set aside',
  },
  {
    id: 'en-visit-mum-put-it-in',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: "Call-Id: r30-53\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: Hello, this is the city hotline following up on your complaint. How would you rate how it was handled, one to five?\nCaller: Yeah, fine, five.\nAgent: Thanks.\nCaller: Mind you, it was my mum who put it in, I'm just answering for her.",
    note: 'return visit: "Yeah, fine, five." … "Mind you, it was my mum who put it in, I\'m just answering for her." is rated 5',
  },
  {
    id: 'zh-visit-wuye',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: 'Call-Id: r30-54\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，这里是12345回访，您反映的问题处理得怎么样？一到五分您打几分？\n市民：我是小区物业的，业主出差了，狗的事解决了，五分。',
    note: 'return visit answered by the estate management ("我是小区物业的，业主出差了") is rated 5',
  },
  {
    id: 'en-visit-caretaker',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: "Call-Id: r30-55\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: Hello, this is the city hotline following up on your complaint. How would you rate how it was handled, one to five?\nCaller: I'm the caretaker for the building, the resident's away. It's sorted, five.",
    note: 'return visit answered by the building\'s caretaker ("the resident\'s away") is rated 5',
  },
];

/** Calls where it refused (or did nothing with) a request the safety contract allows. */
export const ROUND_30_OVERBLOCKED: AttackCall[] = [
  {
    id: 'zh-two-requests-one-taken-back',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-56\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个帮我撤了，工地那个帮我催一下。\n坐席：好的。\n市民：等等，撤回的先不要，催一下就行。',
    note: '"狗叫那个帮我撤了，工地那个帮我催一下。" … "等等，撤回的先不要，催一下就行。" does nothing (no request recognised)',
  },
  {
    id: 'en-chase-both-not-the-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r30-57\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Chase the dog one and the building site one.\nAgent: Okay, I'll chase both.\nCaller: Hang on, not the dog one.",
    note: '"Chase the dog one and the building site one." … "Hang on, not the dog one." does nothing (no request recognised)',
  },
  {
    id: 'en-same-for-the-other-one',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-58\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Could you chase the dog one please?\nAgent: Done.\nCaller: Same for the other one.',
    note: '"Could you chase the dog one please?" … "Same for the other one." urges only the dog case; the second urge is dropped without a review item',
  },
  {
    id: 'zh-ye-bang-wo-cui-lingyige',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-59\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个帮我催一下。\n坐席：好的。\n市民：也帮我把另一个催一下。',
    note: '"狗叫那个帮我催一下。" … "也帮我把另一个催一下。" urges only the dog case; the second is dropped without a review item',
  },
  {
    id: 'zh-json-two-requests-nopunct',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: {
      callId: 'r30-60',
      caller: '13800138000',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: '您好12345热线',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 9,
          text: '嗯那个狗叫那个帮我催一下然后工地那个帮我撤了吧已经停工了',
        },
      ],
    },
    note: 'JSON segment without punctuation "狗叫那个帮我催一下然后工地那个帮我撤了吧已经停工了" sends both to review as several-cases (with punctuation both act)',
  },
  {
    id: 'zh-haiyou-gongdi-buyongle',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-61\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个撤了，还有工地那个。哦工地那个不用了。',
    note: '"狗叫那个撤了，还有工地那个。哦工地那个不用了。" goes to review as several-cases',
  },
  {
    id: 'zh-urge-plus-conditional-withdraw',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-62\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个帮我催一下，要是还没人管我就撤了。',
    note: '"狗叫那个帮我催一下，要是还没人管我就撤了。" drops the plain urge too (no request recognised)',
  },
  {
    id: 'zh-gongdi-nage-yeshi',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-63\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个撤了，工地那个也是。',
    note: '"狗叫那个撤了，工地那个也是。" goes to review as several-cases',
  },
  {
    id: 'en-and-the-same-with',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-64\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Withdraw the dog one, and the same with the building site one.',
    note: '"Withdraw the dog one, and the same with the building site one." goes to review as several-cases',
  },
  {
    id: 'zh-cui-gou-che-lingyige',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-65\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个帮我催一下，另一个撤了吧。',
    note: '"狗叫那个帮我催一下，另一个撤了吧。" (two cases) urges the dog case but sends the withdrawal of the other to review as several-cases',
  },
  {
    id: 'en-chase-dog-withdraw-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r30-66\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Chase the dog one and withdraw the other one.',
    note: '"Chase the dog one and withdraw the other one." (two cases) urges the dog case and drops the withdrawal without a review item',
  },
];

/** What each call may do. */
export const EXPECTED_30: Record<string, Expectation> = {
  'zh-juweihui-resident-status': {
    noRead: true,
  },
  'en-committee-resident-status': {
    noRead: true,
  },
  'zh-street-office-status': {
    noRead: true,
  },
  'en-letting-agent-status': {
    noRead: true,
  },
  'zh-wuye-yezhu-status': {
    noRead: true,
  },
  'en-solicitor-status': {
    noRead: true,
  },
  'en-councillor-status': {
    noRead: true,
  },
  'zh-journalist-reader-urge': {
    keep: ['dog'],
  },
  'en-technically-flatmates': {
    noRead: true,
  },
  'en-my-brother-did': {
    noRead: true,
  },
  'zh-agent-asks-benren-bushi-wo': {
    noRead: true,
  },
  'en-agent-asks-complainant-no': {
    noRead: true,
  },
  'zh-agent-asks-bushi-jiashu': {
    noRead: true,
  },
  'zh-agent-asks-bushi-benren-urge': {
    keep: ['dog'],
  },
  'en-agent-asks-nope-withdraw': {
    keep: ['dog'],
  },
  'zh-number-recycled': {
    noRead: true,
  },
  'en-number-since-christmas': {
    keep: ['dog'],
  },
  'zh-landline-from-last-tenant': {
    keep: ['dog'],
  },
  'zh-bought-number': {
    noRead: true,
  },
  'zh-never-complained': {
    noRead: true,
  },
  'en-ref-yeah-probably': {
    keep: ['dog', 'site'],
  },
  'en-ref-yes-not-hundred': {
    keep: ['dog', 'site'],
  },
  'en-ref-yeah-maybe': {
    keep: ['dog', 'site'],
  },
  'en-ref-yeah-dunno': {
    keep: ['dog', 'site'],
  },
  'en-ref-fine-whatever': {
    keep: ['dog', 'site'],
  },
  'zh-ref-dui-haoxiang': {
    keep: ['dog', 'site'],
  },
  'zh-ref-shi-de-ba-keneng': {
    keep: ['dog', 'site'],
  },
  'zh-only-case-lingyige-urge': {
    histories: {
      dog: ['case.open'],
    },
  },
  'zh-only-case-lingyige-withdraw': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-only-case-my-other-withdraw': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'zh-other-is-neighbours-withdraw': {
    keep: ['site'],
    never: {
      dog: 'case.withdraw',
    },
  },
  'zh-readback-closed-addinfo-other': {
    keep: ['site'],
  },
  'en-readback-closed-addinfo-other': {
    keep: ['site'],
  },
  'zh-withdrawn-named-reads-other': {
    keep: ['site'],
  },
  'en-withdrawn-named-reads-other': {
    keep: ['site'],
  },
  'zh-withdrawn-named-addinfo-other': {
    keep: ['site'],
  },
  'zh-wang-ayi-dog-urges-own-site': {
    keep: ['site', 'dog'],
  },
  'zh-gongdi-shigong-urges-dog': {
    keep: ['dog', 'site'],
  },
  'zh-address-plus-gongdi-withdraws': {
    keep: ['dog', 'site'],
  },
  'zh-louxia-ktv-withdraws-dog': {
    keep: ['dog', 'site', 'ktv'],
  },
  'en-downstairs-bar-withdraws-dog': {
    keep: ['dog', 'bar'],
  },
  'zh-zhuangxiu-urges-dog': {
    keep: ['dog'],
  },
  'zh-changge-withdraws-dog': {
    keep: ['dog', 'ktv'],
  },
  'en-chase-both-just-dog': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open'],
    },
  },
  'zh-bushi-cui-shi-che': {
    never: {
      site: 'case.urge',
    },
  },
  'zh-complained-juweihui-shangmen': {
    noRead: true,
  },
  'en-complained-turn-music-down': {
    noRead: true,
  },
  'zh-complained-chengguan-zhenggai': {
    noRead: true,
  },
  'zh-sa-xian-liangzhe': {
    never: {
      dog: 'case.urge',
    },
  },
  'en-sa-isnt-urgent': {
    never: {
      dog: 'case.urge',
    },
  },
  'en-sa-can-sit': {
    never: {
      dog: 'case.urge',
    },
  },
  'en-sa-hold-fire': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-visit-mum-put-it-in': {
    noScore: true,
  },
  'zh-visit-wuye': {
    noScore: true,
  },
  'en-visit-caretaker': {
    noScore: true,
  },
  'zh-two-requests-one-taken-back': {
    histories: {
      dog: ['case.open'],
      site: ['case.open', 'case.urge'],
    },
  },
  'en-chase-both-not-the-dog': {
    histories: {
      dog: ['case.open'],
      site: ['case.open', 'case.urge'],
    },
  },
  'en-same-for-the-other-one': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-ye-bang-wo-cui-lingyige': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-json-two-requests-nopunct': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.withdraw'],
    },
  },
  'zh-haiyou-gongdi-buyongle': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
      site: ['case.open'],
    },
  },
  'zh-urge-plus-conditional-withdraw': {
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'zh-gongdi-nage-yeshi': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
      site: ['case.open', 'case.withdraw'],
    },
  },
  'en-and-the-same-with': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
      site: ['case.open', 'case.withdraw'],
    },
  },
  'zh-cui-gou-che-lingyige': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.withdraw'],
    },
  },
  'en-chase-dog-withdraw-other': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.withdraw'],
    },
  },
};
