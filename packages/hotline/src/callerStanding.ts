import type { CallInterpretation } from './callReading.js';
import type { Transcript } from './parseTranscript.js';
import type { NormalizedTurn } from './readTurns.js';

const MOBILE = /(?<![0-9])(1[3-9][0-9](?:[\s-]?[0-9]){8})(?![0-9])/;
const NOT_MY_PHONE =
  /\bi'?m (?:just )?answering (?:for|on behalf of) (?:her|him|them)\b|\b(?:it|that) was my [a-z]+ who (?:put it in|logged it|raised it|made it)\b|业主(?:出差|不在家?|出国|住院|出去)|\bi'?m the (?:caretaker|concierge|porter|building manager|janitor|superintendent)\b|\bthe (?:resident|owner|tenant)(?:'s| is) (?:away|out|not (?:in|here|home))\b|(?:回收|重新放号|放号)的|之前是别人的|(?:从|跟)(?:上一个|上个|前一个|以前的)(?:租户|房客|住户|房主|机主)[^，。]{0,6}(?:接|转|拿)过来的|跟着房子走|(?:网上|营业厅)[^，。]{0,4}买的|靓号|刚开通|(?:根本|从来)没(?:有)?投诉过|\bi'?ve only had (?:this|the) (?:number|phone|sim)\b|\bno idea who had it before\b|\bthe previous owner of (?:this|the) (?:number|phone)\b|\bi never (?:made|filed|put in) (?:a|any|that|the) (?:noise )?complaint\b|(?:手机|电话)(?:是)?(?:我)?(?:借的|借来的|别人的|不是我的)|这(?:个)?(?:手机|电话)?是(?!我的|我自己|自己)(?:我)?[\u4e00-\u9fff]{1,4}?的(?:手机|电话)|借(?:了)?(?:他|她|别人|朋友|邻居|家人)?(?:的)?(?:手机|电话)|(?:借|用)(?:了)?(?!我的|我自己|自己|本人)(?:我)?[\u4e00-\u9fff]{1,4}?的(?:手机|电话)|(?:用|拿)(?:的是)?(?:他|她|别人|朋友|邻居|家人|同事|我(?:老公|老婆|爱人|妈|爸|儿子|女儿|媳妇|老伴儿?|对象|男朋友|女朋友|闺蜜|哥|姐|弟|妹))的?(?:手机|电话)|(?:跟|找|向)[\u4e00-\u9fff]{1,4}借的|[\u4e00-\u9fff]{1,4}用我(?:的)?(?:手机|电话|号)(?:报|打|投诉|反映)的|我是(?:这(?:房子|家|套房)的)?房东|\b(?:neighbou?r|mum|mom|mother|dad|father|friend|flatmate|roommate|wife|husband|sister|brother) (?:[a-z']+ ){0,3}(?:using|on|from|with) my (?:phone|number|mobile)\b|\bi'?m the (?:neighbou?r|landlord|landlady)\b|\b(?:asked|told|got) me to (?:pick up|answer|get|take) (?:her|his|their) (?:calls|phone)\b|\b(?:that|it) was my (?:mum|mom|mother|dad|father|wife|husband|son|daughter|neighbou?r|partner|flatmate|gran|grandma) who (?:complained|called|rang|reported|filed|made)\b|(?:这个)?号(?:码)?原来是[\u4e00-\u9fff]{1,4}?(?:用|的)|\busing (?:my |a |the )?(?:mate|friend|neighbou?r|brother|sister|wife|husband|mum|mom|dad|son|daughter|colleague|partner|flatmate|cousin)'s\b|\buse (?:their|his|her|a neighbou?r's) (?:phone|landline|mobile|line)\b|\b(?:work|my (?:work|company|boss|employer)) gave me (?:this|the) (?:phone|number|mobile)\b|机主的(?:邻居|朋友|亲戚)|(?:前台|单位|公司|办公室)的?座机|公用电话|捡(?:到|来)的(?:手机|电话)|我是(?:他|她|这|东)们?(?:家)?的?(?:保姆|阿姨|钟点工|亲戚|邻居|同事|租客)|(?:手机|电话)是(?:我)?(?:同事|朋友|邻居|闺女|女儿|儿子|老公|老婆|爱人|妈|爸|家人|别人|他|她|孩子|亲戚)的|用(?:的是)?(?:我)?(?:闺女|孩子|同事|亲戚|朋友|女儿|儿子)的?(?:手机|电话)|投诉是我[^，。,.]{0,6}(?:打|报|投诉)的|我说了也不算|\bthis is (?:my )?[\w-]+'s (?:phone|mobile|number)\b|\bthis phone belongs to\b|\bbelongs to my\b|\bi didn'?t file (?:anything|it|a complaint)\b|\bused my phone\b|(?:才|刚)换的|之前是别人用的|\bused to be (?:my )?(?:late )?[\w-]+'s (?:phone|mobile|number)\b|\bnew owner of (?:this|the) (?:number|phone|sim)\b|\bgot the sim\b|(?:这个)?号(?:码)?(?:是)?我刚(?:办|买|换)的|(?:刚|新)办的(?:号|卡)|\bi'?m the (?:cleaner|nanny|carer|lodger|tenant|housekeeper|babysitter|au pair)\b|\bsim (?:card )?(?:secondhand|second-hand)\b|\bgot this (?:sim|phone|number)\b|\bsecond-?hand (?:sim|phone|number)\b|\b(?:this|it)(?: is|'s) not (?:my|his|her) (?:phone|number)\b|\b(?:this|it) isn't (?:my|his|her) (?:phone|number)\b|\bborrowed (?:[\w']+ ){0,2}(?:phone|mobile)\b|\b(?:this|it)(?: is|'s) (?:her|his|their) (?:phone|mobile|number)\b|\b(?:on|using|from) (?:my |the |a )?(?:[\w-]+ ){0,2}(?:[\w-]+'s|her|his|their) (?:phone|mobile|landline)\b|我不是投诉人|不是我投诉的|是我(?:老公|老婆|爱人|丈夫|妻子|儿子|女儿|爸|妈)(?:打的电话|投诉的|报的)|\bi didn'?t make (?:the|that|this) complaint\b|\bi never complained\b|\bwhat complaint\?|\bgot this number\b|\bnot the (?:one|person) who (?:complained|called|reported)\b|\bfound this (?:phone|mobile)\b|\bbought (?:the|this) number\b|\b(?:office|reception|work|public|hotel|shop|school|hospital|library|pay|friend's|neighbou?r's|landlord's|boss'?s?|manager's|colleague's|flatmate's|roommate's) (?:phone|landline|line|mobile)\b|(?:用|拿)(?:的是)?(?!我自己|自己|我的|本人|我家)(?:我们)?[\u4e00-\u9fff]{1,4}?的(?:打的|打|电话|手机|座机)|(?:这个|这张)?卡(?:是)?我?(?:前几天|刚|才|新)[^，。]{0,4}(?:买|办|换)的|号(?:码)?[^，。,.]{0,8}(?:刚|才)(?:办|买|换|开)的|号(?:码)?(?:是)?新(?:办|买|开)的|(?:从|是)别人(?:那|那儿|那里)?(?:转|过户|买)(?:过来|来)?的|\bnumber (?:was|got) (?:transferred|passed on|given) to me\b|\bi only (?:got|have had) (?:this|the) number\b|\bthis number (?:is|was) new\b/;
// (The person on the line says the phone, or the case on it, is not theirs: the number verifies nobody.)
// Every NOT_MY_PHONE wording has one of these (the long pattern runs only on such turns).
const PHONE_HINT =
  /answering|put it in|业主|caretaker|concierge|porter|janitor|superintendent|building manager|resident|owner|tenant|卡|借|房东|用我|landlord|neighbou?r|calls|who (?:complained|called|rang|reported|filed|made)|mate's|using|gave me|line|boss|室友|领导|手机|电话|座机|号|机主|邻居|同事|投诉|保姆|阿姨|钟点工|亲戚|租客|不算|换的|别人用|complain|phone|mobile|number|sim\b|landline|cleaner|nanny|carer|lodger|tenant|housekeeper|babysitter|au pair|file|belongs/;
// Someone in the household answers for the citizen: "I'm his son, he's asleep", "我是她女儿",
// "my husband dealt with all that", "she'd probably say a three" — the number verifies nobody on the line.
const NOT_THE_CITIZEN_HINT =
  /at the shops|not back|不在这|我是(?:他|她)|代(?:他|她)|不在|去了|出去|在洗澡|睡了|\b(?:i'?m|i am) (?:just )?(?:his|her|their|the)\b|\byou want my\b|\b(?:he|she)(?:'s| is) (?:away|out|not (?:in|here|home|around|available)|at work|in the shower|asleep)\b|\b(?:son|daughter|husband|wife|partner|mother|father|mum|mom|dad|carer|neighbou?r|friend)\b|女儿|儿子|老婆|爱人|老公|家人|孙|闺女|旁边说|媳妇|女婿|侄|保姆|护工|弟弟|妹妹|哥哥|姐姐|接的|接电话|'d (?:probably )?say/;
const NOT_THE_CITIZEN =
  /^(?:不是[，,。.\s]*|不[，,。.\s]*)?(?:他|她)(?:现在)?(?:不在(?:家)?|出去了|出门了|上班去了|没在家|不在这)(?:[，,。.!！]|$)|^(?:no,? )?(?:he|she)(?:'s| is) (?:not (?:in|here|home|around|available|back)|out|away|at (?:the shops|work|school)|asleep|in the shower)\b|我是(?:他|她)(?:的)?(?!本人|自己)[\u4e00-\u9fff]{1,4}?(?:[，。,.]|$)|我(?:来)?(?:代|替)(?:他|她)(?:说|回答|打分|评)|(?:他|她)(?:不在(?:家)?|上班去了|上学去了|出去了|出门了|在洗澡|睡了|没在家)[^。.]{0,12}?(?:我|替|代)|\b(?:i'?m|i am) (?:just )?(?:his|her|their) (?!own\b)[a-z-]+\b|\b(?:i'?m|i am) just the [a-z-]+\b|\byou want my (?:dad|father|mum|mom|mother|husband|wife|son|daughter|partner|brother|sister|gran|grandma|grandad|grandpa|nan|landlord|flatmate|roommate)\b|\b(?:he|she)(?:'s| is) (?:away|out|not (?:in|here|home|around|available)|at work|in the shower|asleep)\b[^.?!]{0,30}\b(?:i|i'm|i'd|i'll)\b|\bi'?m (?:his|her|their) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|carer|neighbou?r|friend)\b|\bthis is (?:his|her|their) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|carer)\b|\bmy (?:husband|wife|partner|son|daughter|dad|father|mum|mom|mother) (?:dealt with|handled|made|filed|lodged|did|sorted) (?:all )?(?:that|it|the complaint|this)\b|我是(?:他|她)(?:的)?(?:女儿|儿子|老婆|爱人|老公|家人|妈|爸|孙子|孙女|闺女|儿媳妇|儿媳|媳妇|女婿|外孙女|外孙|侄子|侄女|保姆|护工|弟弟|妹妹|哥哥|姐姐)|我(?:帮|替)(?:他|她)接的|(?:帮|替)(?:他|她)接(?:的|了)?(?:电话)|\b(?:she|he)'?d (?:probably )?say\b|(?:他|她)在旁边说/;
// The caller is the one complained about: every wording says one of these.
const COMPLAINED_HINT =
  /上门|整改|told to|asked to|ordered to|turn (?:it|the music|our music) down|own|licensee|problem|城管|主人|施工单位|施工方|开发商|complain|report|filed|against|letter|accus|notice|wrote|written|police|noisy|contractor|builder|developer|foreman|site manager|about (?:our|my)|my property|投诉|举报|告|罚|通知|说的|说我|就是我|是我(?:家|们)|我(?:们)?是/;
// The caller speaks for someone else, whose case the number's own cases cannot stand in for.
const FOR_SOMEONE_ELSE =
  // Someone speaking for the residents, tenants, clients or readers who complained: a committee, the
  // street office, an agent, the estate management, a solicitor, a councillor, a reporter.
  /(?:居委会|街道办|社区|物业|网格员?|人大代表|报社|电视台|记者|律师|中介)[^。？?！!]{0,16}(?:居民|业主|租户|住户|群众|读者|当事人|委托人|辖区)[^。？?！!]{0,12}(?:投诉|反映|报)|(?:受|替)(?:投诉人|当事人|业主|居民)[^。？?！!]{0,4}委托|\b(?:one of )?(?:our|my) (?:residents|tenants|constituents|clients|readers|members|tenant|resident|client|constituent)\b[^.?!]{0,20}\b(?:complained|raised|reported|filed|logged|put in)\b|\bthe (?:tenant|resident|client|complainant|owner|homeowner)s? (?:raised|made|filed|logged|reported|put in)\b|\b(?:acting|calling|ringing) (?:for|on behalf of) (?:the|my|our) (?:complainant|client|resident|tenant|constituent)s?\b|\bsupport worker for\b|\btechnically (?:my|our|his|her) [a-z]+'s\b|\bjust checking for (?:him|her|them)\b|\b(?:my|our) (?:brother|sister|son|daughter|wife|husband|mum|mom|dad|flatmate|neighbou?r) did\b|\b(?:withdraw|cancel|chase|hurry|drop|close|add (?:something |a note )?to) (?:hers|his|theirs)\b|把(?:她|他)(?:们)?的(?:那个)?(?:投诉|工单|单子)?(?:撤|催|取消)|\bcalling (?:for|on behalf of) (?:my|a|an|the|our) (?!own\b)|\bon (?:his|her|their|my \w+'s) behalf\b|\bon behalf of\b|\basked me to (?:call|ring|phone|cancel|withdraw|chase|add|get|let)\b|\b(?:he|she|they) (?:wants?|would like|'d like)(?: me)? to (?:withdraw|cancel|add|chase|hurry|drop|close|know)\b|\bthat my (?:[a-z-]+ ){1,2}(?:made|filed|lodged|put in)\b|\b(?:her|his|their) (?:own )?(?:[a-z-]+ ){0,2}(?:complaint|case|report|application)\b|替(?:我)?[\u4e00-\u9fff]{1,5}打(?:的|电话)|帮(?:我)?(?:的)?[\u4e00-\u9fff]{1,5}打(?:的|嘅|嚟|来问|过来|电话)|(?:他|她)(?:想|要)(?:把)?[^，。,.]{0,8}(?:撤|催|补充|取消)|(?:那位|那个|刚才)(?:市民|来电人|居民)的|替(?:我)?[\u4e00-\u9fff]{1,4}(?:回答|说|打分)|(?:替|帮)(?:我)?[\u4e00-\u9fff]{1,6}问(?:一下|问)|(?:他|她)让我打(?:过来|电话)|我是(?:你们的)?(?:坐席|话务员|客服)/i;
// Someone else of the household filed it ("我家那口子前两天投诉了", "孩子他爸前阵子反映的", "房东之前投诉过",
// "The missus rang you lot", "Our son logged a complaint"): the number's cases are that person's.
const HOUSEHOLD_FILED =
  /(?:我家那口子|孩子他爸|孩子他妈|孩子她妈|我家老太太|我家老头子?|我家老爷子|我家老伴儿?|我老伴儿?|房东)(?:[^，。,.]{0,6}?)(?:投诉|反映|报|打电话)(?:了|过|的)|\b(?:the missus|the wife|the husband|the other half|my missus|my other half|our (?:son|daughter|lad|boy|girl|kid)|the landlord|my landlord)\b (?:(?:already|just) )?(?:rang|called|phoned|logged|filed|reported|complained|made|put in|lodged)\b/i;
// The caller is the one complained about ("the one my neighbour filed about me", "有人投诉我们KTV").
const COMPLAINED_ABOUT =
  /(?:有人|邻居)(?:反映|投诉|举报)(?:了)?我(?:家|们)|(?:城管|居委会|派出所|物业|街道)[^，。]{0,6}(?:上门|让我们?|叫我们?|要我们?|通知我们?)[^，。]{0,10}(?:整改|说|关|停|小点|降低)|让我们(?:店|家|公司|工地)?(?:整改|停业|停工)|\bwe'?ve been (?:told|asked|ordered) to (?:turn|keep|stop|close|shut)\b|\b(?:told|asked|ordered) (?:us|me) to turn (?:it|the music|our music) down\b|(?:说的|投诉的|反映的|指的|写的)(?:那户|那家|那个|那位)?(?:就)?是我(?:家|们)|说我(?:家|们)[\u4e00-\u9fff]{0,6}?(?:吵|噪|响|叫|扰民|闹)|投诉我家|被(?:罚款|罚了|处罚|警告|约谈|通报|责令)|收到(?:了)?[^，。,.]{0,6}(?:整改|限期|处罚|罚款|警告)(?:通知)?|我(?:们)?是(?:楼下|楼上|隔壁|对面)?[^，。,.]{0,10}?(?:ktv|酒吧|饭店|餐馆|餐厅|烧烤|工地|店|公司|厂|施工队)的(?!事|问题|投诉|情况|电话|手机|座机|号)|是我(?:们)?(?:公司|单位|店|厂)的(?!事|问题|投诉|情况|电话|手机|座机|号)|\b(?:i'?ve|we'?ve|i have|we have) been (?:accused|reported|warned|fined|told off|served)\b|\baccused of\b|\b(?:abatement|warning|enforcement) notice\b|\b(?:got|received|had) a (?:noise )?notice\b|\b(?:wrote|written) to (?:me|us) about\b|\bpolice (?:came|come) (?:round |over |by )?about (?:our|my)\b|\bwe'?re the noisy\b|\bi'?m the (?:contractor|builder|developer|site manager|foreman) (?:on|at|for)\b|\babout our (?:site|building site|works?|bar|pub|club|party|parties|restaurant|shop|premises|drilling|music)\b|\babout my (?:dog|dogs|party|parties|music|works?|renovation|drilling)\b(?! (?:noise )?(?:complaint|report|case))|\bi (?:own|am the owner of) the (?:dog|dogs|bar|pub|club|restaurant|shop|site)\b|\bi'?m the (?:dog'?s?|dogs') owner\b|\b(?:it'?s|it is) (?:my|our) [a-z'-]+ (?:they'?re|they are|people are|the neighbou?rs? (?:is|are)) complaining about\b|\bmy (?:dog|dogs|bar|party|music|band) (?:is|are) the problem\b|\bi'?m the (?:licensee|landlord|manager|owner|proprietor) of the\b|城管[^，。]{0,6}(?:来|到|上)我家|就是[^，。]{0,6}(?:狗|店|工地|KTV|ktv)的(?:主人|老板|负责人)|那条狗的主人|告我(?:家|们)|我们是[^，。]{0,12}(?:施工单位|施工方|开发商|物业|商家)|\bat my property\b|\bbeing complained about\b|我是被投诉|被投诉的[^，。,.]{0,10}(?:老板|店主|负责人|经营者|房东|业主)|被投诉的[^，。,.]{0,10}是我(?:们)?(?:开|经营|管|家)的|\b(?:complained|complaint) about (?:the )?[a-z ]{0,24}?(?:from|at|in|of|outside) (?:my|our) (?:bar|shop|business|site|restaurant|pub|club|cafe|garage|premises|workshop|factory|house|flat)\b|被投诉(?:的)?(?:那一方|一方|人|方|那家|那个|那位)|\b(?:neighbou?rs?|someone|somebody|they|people|a neighbou?r) (?:has |have |had )?(?:complained about|reported|filed (?:a complaint )?(?:about|against)) (?:me|us|(?:my|our) (?:dog|dogs|bar|shop|business|site|building site|restaurant|music|party|parties|tenants?|kids?|children|car|band|club|pub|premises|workshop|factory|karaoke|ktv|cafe|garage|house|flat|family))\b|(?:人家|别人|有人|邻居)投诉的是(?:我|我们)|被投诉的是(?:我|我们)|\bthe one (?:they|people|someone|somebody|the neighbou?rs?) (?:complained|reported|rang) about\b|\bi(?:'?m| am| was) the one (?:being |who was |that was )?complained about\b|(?:别人|人家)(?:投诉|举报|告)(?:了)?(?:我|我们)|\b(?:i run|i own|i manage|i'?m the (?:owner|landlord|manager|boss) of) the [a-z ]{0,30}?(?:that was reported|that (?:was|got) complained about|(?:your|the) caller complained about|they complained about)\b|\bagainst our\b|\bthe (?:bar|shop|restaurant|business|place|club) (?:that was|which was) reported\b|\b(?:filed|made|lodged|put in) (?:about|against) (?:me|us)\b|\bagainst (?:me|us|my (?:business|shop|bar|restaurant|company))\b|\b(?:somebody|someone|my neighbou?r|they) complained about (?:me|us|my)\b|\bcomplaint (?:about|against) (?:me|us|(?:my|our) (?:dog|dogs|bar|shop|business|site|building site|restaurant|music|party|parties|tenants?|kids?|children|car|band|club|pub|premises|workshop|factory|karaoke|ktv|cafe|garage|house|flat|family))\b|(?:有人|邻居|他们)(?:投诉|举报|告)(?:了)?(?:我|我们)|投诉我(?:们)?的|\b(?:filed|made|lodged|put in|sent in)\b[^.?!]{0,40}\b(?:about|against) (?:me|us)\b|\b(?:complaint|report)\b[^.?!]{0,40}\b(?:about|against) (?:our|my) (?:music|noise|pub|bar|shop|business|site|restaurant|club|dog|dogs|party|karaoke|cafe|premises)\b/;
// "帮我查一下13900000002这个号码下面的投诉": the cases of another number than the one calling.
const ANOTHER_NUMBERS_CASES =
  /(?:这个|那个)?(?:号码|手机号|电话|[0-9]{7,}\s*)(?:下面|名下|底下|下)的|另(?:一|外一?)个(?:号码|手机号?|电话)|用[0-9\s]{7,}(?:这个号(?:码)?)?(?:报|打|投诉)(?:的|过)|[0-9]{7,}\s*(?:这个|那个)?(?:号码|号|手机)?(?:报|打|投诉)(?:的|过)|\b(?:filed|reported|made|lodged|complained|rang|called)\b[^.?!]{0,30}\b(?:from|on|with|under) (?:my other |another |a different |the other )?(?:number |phone |mobile )?[0-9+]|\bmy other (?:number|phone|mobile)\b|\b(?:under|on|for|filed under) (?:the|that|this) (?:number|phone number|mobile)\b/;

/** A mobile number the caller reads out: a contact, never an identity. */
function spokenPhone(turns: readonly NormalizedTurn[]): string | undefined {
  for (const turn of turns) {
    if (turn.speaker !== 'caller') continue;
    const match = MOBILE.exec(turn.text);
    if (match) return match[1]!.replace(/[\s-]/g, '');
  }
  return undefined;
}

// The one complained about, said by what was reported rather than by "about me": "我家狗被人投诉了",
// "我们工地被投诉了", "说我家狗叫的那个投诉", "my dog got reported", "my bar got a noise complaint", "a
// complaint over my dog", "the people downstairs complained about my kids", "regarding my renovation works".
const REPORTED_OWN =
  /(?:我|我们|咱|咱们)(?:家|店|工地|公司|单位|厂|这边)?的?[\u4e00-\u9fffa-z]{0,6}?被(?:人|邻居|楼下|楼上|对面|隔壁|居民|别人|人家)?(?:给)?(?:投诉|举报|告)|说我(?:家|们)?[^，。,.]{1,8}的(?:那个|那件)?(?:投诉|单子)|\b(?:my|our) (?:[a-z'-]+ ){0,2}(?:got|was|were|has been|have been|had been) (?:reported|complained about)\b|\b(?:my|our) (?:[a-z'-]+ ){0,2}(?:got|received|has had|had) (?:a |another )?(?:noise )?complaint\b|\bcomplaint (?:about|over|regarding|against) (?:my|our) (?!neighbou?rs?\b|landlord\b|flatmates?\b|upstairs\b|downstairs\b|street\b|road\b|building\b|block\b|area\b)|(?<!\b(?:i|we) )\bcomplained (?:about|over) (?:my|our) (?!neighbou?rs?\b|landlord\b|flatmates?\b|upstairs\b|downstairs\b|street\b|road\b|building\b|block\b|area\b)|\bregarding (?:my|our) (?:[a-z'-]+ )?(?:works?|renovations?|building|dogs?|party|parties|music|business|bar|pub|shop|site|kids|children)\b(?! (?:noise )?(?:complaint|report|case))/;
// The caller runs the place the complaint is about ("我是人民路14号那家KTV的老板", "我是那条狗的主人",
// "we run the cocktail bar on Pennant Street", "我在人民路12号装修"), in a turn about a complaint that is
// not their own ("我要投诉…", "I want to report…" make them the complainant).
const RUNS_THE_SOURCE =
  /我(?:们)?是[^，。,.]{0,16}?(?:的)?(?:老板|老板娘|店主|店长|项目经理|负责人|经营者|法人|主人)|我(?:们)?(?:在|正在)[^，。,.]{0,12}(?:装修|施工|营业)|\b(?:we|i) (?:run|own|manage|operate) (?:the|a|this|that) [a-z' ]{0,30}?(?:bar|pub|club|restaurant|shop|cafe|site|karaoke|gym|workshop|factory|garage|takeaway)\b|\bi'?m the (?:owner|manager|landlord|licensee) of\b/;
const COMPLAINS_ONESELF =
  /我(?:要|想|来|得)?(?:投诉|反映|举报)(?!过)|我(?:之前|上次|以前)?(?:投诉|反映|举报)过|\bi(?:'d like| want| wanted|'m calling| am calling)? to (?:complain|report)\b|\bi (?:complained|reported|made (?:a|the) complaint)\b|\bmy complaint\b/;

/** The caller says they are the one complained about, or run what the complaint is about. */
function isComplainedAbout(lower: string): boolean {
  if (!COMPLAINED_HINT.test(lower)) return false;
  return (
    COMPLAINED_ABOUT.test(lower) ||
    REPORTED_OWN.test(lower) ||
    (RUNS_THE_SOURCE.test(lower) && !COMPLAINS_ONESELF.test(lower))
  );
}

const HANDS_OVER =
  /(?:电话)?找你的?|(?:叫|喊)(?:他|她)(?:来)?(?:接|听)|你(?:来)?接(?:一下)?电话|给你(?:爸|妈|儿子|女儿|老公|老婆)?(?:接|听)|\bi'?ll (?:get|fetch|put) (?:him|her|them)(?: on)?\b|\bit'?s for you\b|\b(?:here|hang on),? (?:she|he)(?:'s| is) (?:here|coming)\b/;
const ITS_ME =
  /^(?:喂[，,\s]*)?(?:对|是|嗯)?[，,\s]*(?:是我|我就是|就是我)|(?:是我|我就是)(?:本人|反映的|投诉的|打的)|^(?:hello[,.\s]*)?(?:yes|yeah)?[,.\s]*(?:speaking|it'?s me|this is (?:he|she|him|her)|that'?s me)\b/;

/** The caller turn at which the phone went to the citizen, who then said it was them (-1: it did not). */
function handOver(turns: readonly NormalizedTurn[]): number {
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i]!;
    if (turn.speaker !== 'caller' || !HANDS_OVER.test(turn.lower)) continue;
    const confirms = turns.some(
      (t) => t.index > turn.index && t.speaker === 'caller' && ITS_ME.test(t.lower),
    );
    return confirms ? turn.index : -1;
  }
  return -1;
}

/** Who is on the line, as far as the call tells: the parts of a reading the safety rules verify the caller with. */
export type CallerStanding = Pick<
  CallInterpretation,
  'caller' | 'spokenPhone' | 'borrowedPhone' | 'forSomeoneElse' | 'complainedAbout' | 'deniedDescriptions'
>;

// The agent asking whether the caller is the one who complained.
const ASKS_IF_COMPLAINANT =
  /(?:您|你)是(?:机主|投诉人|反映人)?本人(?:吗|嘛)|是(?:您|你)的(?:投诉|工单|单子)(?:吗|嘛)|\bis (?:this|it|that) your (?:own )?(?:complaint|case|report|phone|number)\b|\bare you the (?:account holder|owner of (?:this|the) (?:number|phone))\b|(?:是)?(?:您|你)本人(?:反映|投诉|报|打)的?(?:吗|嘛)|是(?:您|你)(?:本人)?(?:自己)?(?:反映|投诉|报)的(?:吗|嘛)|(?:您|你)是(?:投诉人|反映人|机主|当事人)(?:本人)?(?:吗|嘛)|\bare you the (?:person|one|resident|citizen) who (?:made|filed|raised|reported|logged|put in)\b|\bare you the complainant\b|\bdid you (?:make|file|raise|report|log|put in) (?:the|this|that) (?:complaint|report)\b|\bis this the (?:person|complainant) who\b/i;
// The agent asking whether the call is about the case it describes: "是这件吗", "Is it the one about…?".
const ASKS_IF_THIS_CASE =
  /是(?:这|那)(?:一)?(?:件|个|条)(?:投诉|工单|事)?吗|(?:这|那)(?:件|个)(?:投诉|工单)?(?:对吗|是吗)|您(?:说|问)的是[^，。？?]{2,30}吗|\b(?:is|was) (?:it|that|this) (?:the (?:one|complaint|case)|about)\b|\bare you calling about\b|\bis (?:it|that) the [a-z' -]{2,40}\?/i;
// The agent going through several cases ("一件是…另一件是…", "one is … the other …"): no one case described.
const LISTS_CASES =
  /一(?:件|个|条)是[^？?]*(?:另|一)(?:一)?(?:件|个|条)是|\bone (?:is|'s)\b[^?]*\bthe other\b/i;

/**
 * Who is on the line: the number the call came from verifies the caller unless the caller says the
 * phone is not theirs, speaks for the citizen or asks after another number's cases; a number read
 * out is a contact, never an identity; a caller may speak for someone else or be the one complained about.
 */
export function readStanding(turns: readonly NormalizedTurn[], transcript: Transcript): CallerStanding {
  const standing: CallerStanding = {};
  const spoken = spokenPhone(turns);
  if (spoken !== undefined) standing.spokenPhone = spoken;
  // "我是机主的邻居，手机是借的": the number is not the caller's, so it verifies nobody on the line;
  // nor does it for a caller asking after the cases of another number they read out.
  // "啊他在屋里呢，我是他妈妈，你等一下啊，小军电话找你的" … "对，是我反映的": the phone handed to the citizen,
  // who then says it is them — what was said before the hand-over is no longer the one on the line.
  const handedOver = handOver(turns);
  const borrowed = turns.some(
    (t) =>
      t.speaker === 'caller' &&
      t.index > handedOver &&
      ((PHONE_HINT.test(t.lower) && NOT_MY_PHONE.test(t.lower)) ||
        (NOT_THE_CITIZEN_HINT.test(t.lower) && NOT_THE_CITIZEN.test(t.lower))),
  );
  const asksAnotherNumber =
    spoken !== undefined &&
    spoken !== transcript.caller &&
    turns.some((t) => t.speaker === 'caller' && ANOTHER_NUMBERS_CASES.test(t.lower));
  if (transcript.caller !== undefined && !borrowed && !asksAnotherNumber) standing.caller = transcript.caller;
  if (borrowed) standing.borrowedPhone = true;
  if (
    turns.some(
      (t) => t.speaker === 'caller' && (FOR_SOMEONE_ELSE.test(t.lower) || HOUSEHOLD_FILED.test(t.lower)),
    )
  )
    standing.forSomeoneElse = true;
  // The agent's questions the caller said no to.
  const answeredNo = turns.filter(
    (t) => t.speaker === 'agent' && t.answer === 'no' && turns[t.index + 1]?.speaker === 'caller',
  );
  // "请问是您本人反映的吗？" — "不是我。", "Are you the person who made the complaint?" — "No.".
  if (answeredNo.some((t) => ASKS_IF_COMPLAINANT.test(t.lower))) standing.forSomeoneElse = true;
  if (turns.some((t) => t.speaker === 'caller' && isComplainedAbout(t.lower)))
    standing.complainedAbout = true;
  const denied = answeredNo.filter(
    (t) => t.asks === true && !t.corrected && ASKS_IF_THIS_CASE.test(t.lower) && !LISTS_CASES.test(t.lower),
  );
  if (denied.length > 0) standing.deniedDescriptions = denied.map((t) => t.lower);
  return standing;
}
