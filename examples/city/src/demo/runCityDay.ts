import { createCounterSession, issueServiceCode, residentIdCheckDigit } from '@onecase/counter';
import type { FakeClock } from '@onecase/testing';
import { type CaseView, formatStateValue, type RouterClient } from '@onecase/core';
import { type CallSummary, handleCall, parseTranscript } from '@onecase/hotline';
import { createHttpRouterClient, createWebHandler, type Principal } from '@onecase/web';
import type { WorkOrderContext } from '@onecase/governance';
import type { CityRouter } from '../createCity.js';
import { cityHotlineRules } from '../hotlineRules.js';
import { answerEarlierComplaints, clerkOf } from './answerEarlierComplaints.js';
import type { Timeline } from './createTimeline.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The city keeps Beijing time. */
const UTC_OFFSET = 8 * HOUR;

function residentId(first17: string): string {
  return `${first17}${residentIdCheckDigit(first17)}`;
}

/** The people of the demo; phones find their cases again on a later run. */
export const residents = {
  li: { id: 'li.wei', phone: '13800138001', idNumber: residentId('44030519850312003') },
  chen: { id: 'chen.jing', phone: '13900139002', idNumber: residentId('44030419900701004') },
  zhang: { id: 'zhang.min', phone: '13700137003', idNumber: residentId('44030719780228005') },
  zhao: { id: 'zhao.lei', phone: '13600136004', idNumber: residentId('44030619920915006') },
  wang: { id: 'wang.fang', phone: '13500135005', idNumber: residentId('44030319880405007') },
} satisfies Record<string, { id: string; phone: string; idNumber: string }>;

const agent = { channel: 'hotline', actor: { id: 'agent-12', role: 'agent' } };
/** The 12345 centre's dispatcher: noise complaints are work orders it sends to a department. */
const dispatcher = { channel: 'centre', actor: { id: 'dispatcher-3', role: 'centre' } };
const licenceOfficer = { channel: 'staff', actor: { id: 'market-reg.he', role: 'department' } };
const trafficOfficer = { channel: 'staff', actor: { id: 'traffic.sun', role: 'department' } };

export interface CityDayOptions {
  router: CityRouter;
  clock: FakeClock;
  timeline: Timeline;
  /** Signs the personal service codes citizens show at the counter. */
  secret: string;
}

/** What the day did, for the closing summary. */
export interface CityDayResult {
  /** Every case the day touched, as it ended. */
  cases: CaseView[];
  /** Cases of an earlier run that this day continued. */
  continued: number;
}

/**
 * Plays one scripted day in the city: citizens on the web portal (through the real HTTP
 * handler, in-process), a clerk's counter session, 12345 calls read from their transcripts by
 * the hotline adapter, and department staff, with
 * durable timers firing as the fake clock moves. A later run over the same store continues
 * the earlier cases first.
 *
 * @example
 * ```ts
 * const result = await runCityDay({ router, clock, timeline, secret });
 * ```
 */
export async function runCityDay({
  router,
  clock,
  timeline,
  secret,
}: CityDayOptions): Promise<CityDayResult> {
  const touched = new Map<string, string>();
  const stopTouch = router.on('case.changed', ({ case: view }) => void touched.set(view.id, view.ref));

  // Citizens use the portal: the web channel's real handler, reached without a socket.
  const principals = new Map<string, Principal>(
    Object.values(residents).map((resident) => [resident.id, { kind: 'citizen', ...resident }]),
  );
  const portal = createWebHandler({
    router,
    authenticate: (request) => principals.get(request.headers.get('x-demo-user') ?? '') ?? null,
  });
  const web = (user: string): RouterClient =>
    createHttpRouterClient('https://portal.city.example', {
      fetch: async (input, init) => portal(new Request(input, init)),
      headers: { 'x-demo-user': user },
    });
  const counter = createCounterSession({
    client: router,
    counter: '3',
    clerk: { id: 'clerk-07', role: 'clerk' },
    secret,
    clock,
    hall: 'Futian Citizen Service Centre',
  });

  /** Moves the clock to a time of day (`09:30`) on the current day; timers due by then fire. */
  const dayStart = () => Math.floor((clock.now() + UTC_OFFSET) / DAY) * DAY - UTC_OFFSET;
  async function at(time: string, title: string) {
    const [hours, minutes] = time.split(':').map(Number);
    const target = dayStart() + hours! * HOUR + minutes! * 60_000;
    if (target > clock.now()) clock.set(target);
    await router.runDueTimers();
    timeline.scene(title);
  }
  /** Call ids are unique per day: the hotline treats a call id it has seen as a replay. */
  const callHeader = (name: string) =>
    `Call-Id: demo-${name}-${new Date(clock.now()).toISOString().slice(0, 10)}`;
  /** A 12345 call, read by the hotline adapter from its transcript; returns the case it opened or acted on. */
  async function call(lines: string[], options: { regarding?: string } = {}): Promise<string> {
    const transcript = parseTranscript(lines.join('\n'));
    const summary: CallSummary = await handleCall(router, transcript, cityHotlineRules, {
      agentId: agent.actor.id,
      secret,
      ...(options.regarding ? { regarding: options.regarding, only: ['rate'] as const } : {}),
    });
    const acted = summary.actions.find(
      (action) => action.ref && ['opened', 'applied'].includes(action.outcome),
    );
    if (!acted?.ref) {
      const heard = summary.actions.map((a) => `${a.intent}: ${a.outcome} ${a.reason ?? a.detail ?? ''}`);
      throw new Error(
        `The hotline did not act on call ${summary.callId}: ${heard.join('; ') || 'no intent heard'}`,
      );
    }
    timeline.say(`agent reads: ${summary.reply.join(' ')}`);
    return acted.ref;
  }
  /** A refused command is part of the story: the timeline prints it with its reason. */
  async function attempt(command: Promise<unknown>): Promise<void> {
    await command.catch(() => undefined);
  }

  // A later run: the city wakes up a week on, overdue timers fire, the earlier cases go on.
  const earlier = (
    await Promise.all(Object.values(residents).map((resident) => router.find({ phone: resident.phone })))
  )
    .flat()
    .filter(
      (view, index, all) => !view.state.done && all.findIndex((other) => other.id === view.id) === index,
    );
  if (earlier.length > 0) {
    const latest = Math.max(...earlier.map((view) => view.updatedAt));
    clock.set(
      Math.max(clock.now(), Math.floor((latest + UTC_OFFSET) / DAY) * DAY - UTC_OFFSET + 7 * DAY + 8 * HOUR),
    );
    // The heading names every open case it counts, so the count matches what the day then shows:
    // the noise complaints the departments answer, and the others (a valid permit) left as they are.
    const complaints = earlier.filter((v) => v.service.id === 'noise-complaint');
    timeline.scene(
      `A week later: ${earlier.length} case(s) still open from an earlier run: ${openCasesText(router, earlier)}; the scheduler fires what fell due`,
    );
    await router.runDueTimers();
    await at(
      '08:20',
      `The departments answer the ${complaints.length} earlier noise complaint(s); a return visit finds Li Wei satisfied at last`,
    );
    await answerEarlierComplaints(router, complaints);
  } else {
    clock.set(Math.max(clock.now(), Date.UTC(2026, 2, 2, 0, 0)));
  }

  await at('08:40', 'Chen Jing applies for a business licence on the city portal');
  const licence = await web(residents.chen.id).open({
    service: 'business-licence',
    input: {
      businessName: 'Lychee Tea House',
      legalRepresentative: 'Chen Jing',
      address: '21 Zhongshan Rd, Futian',
      activity: 'catering',
      registeredCapital: 50_000,
      documents: ['articles of association', 'lease contract', 'ID copy'],
    },
    via: { channel: 'web', actor: { id: residents.chen.id } },
  });

  await at(
    '08:55',
    'Li Wei calls 12345 about drilling upstairs every night; a work order, dispatched to the district city administration',
  );
  const noise = await call([
    callHeader('li-1'),
    `Caller: ${residents.li.phone}`,
    '',
    '坐席：您好，12345热线，请问有什么可以帮您？',
    '市民：我要投诉，我住在东城区安定门街道外馆斜街8号402，楼上每天晚上11点以后还在装修打电钻，吵得睡不着。',
    '坐席：好的，地址是东城区安定门街道外馆斜街8号402对吧？',
    '市民：对，外馆斜街8号402。',
    '坐席：好的，已经帮您登记噪音投诉。',
  ]);
  // The centre sends it where the directory proposes: construction noise → 城管 of the district.
  await router.send(noise, { type: 'order.dispatch' }, { via: dispatcher });
  const noiseLead = ((await router.get(noise)).context as WorkOrderContext).lead!;

  await at('09:10', 'Zhang Min applies for a residential parking permit online');
  const permit = await web(residents.zhang.id).open({
    service: 'parking-permit',
    input: { plate: '粤B·D1234 5', address: '3 Lychee Lane, Nanshan', ownership: 'own' },
    via: { channel: 'web', actor: { id: residents.zhang.id } },
  });

  await at('09:30', 'Counter 3: Chen Jing shows her original documents');
  counter.identify(residents.chen.idNumber);
  await counter.act(licence.ref, { type: 'originals.check', complete: true });

  await at('10:00', 'The district city administration signs for the complaint (签收)');
  await router.send(noise, { type: 'order.signFor', department: noiseLead }, { via: clerkOf(noiseLead) });

  await at('10:15', 'Li Wei tries to rate the complaint online before anyone has replied');
  await attempt(
    web(residents.li.id).send(
      noise,
      { type: 'visit.rate', score: 1 },
      { via: { channel: 'web', actor: { id: residents.li.id } } },
    ),
  );

  await at('10:20', 'Li Wei urges the complaint on the portal instead');
  await web(residents.li.id).send(
    noise,
    { type: 'case.urge', note: 'It went on until 2am again' },
    { via: { channel: 'web', actor: { id: residents.li.id } } },
  );

  await at(
    '10:45',
    'Wang Fang calls 12345 to ask how to get a parking permit; answered and closed in the same call',
  );
  const question = await call([
    callHeader('wang-1'),
    `Caller: ${residents.wang.phone}`,
    '',
    '坐席：您好，12345热线。',
    '市民：你好，我想咨询一下，居民停车证怎么办理，需要什么材料？',
    '坐席：好的，我帮您查一下。',
  ]);
  await router.send(
    question,
    {
      type: 'case.answer',
      answer: '网上申请后，凭个人服务码到任一服务窗口核验身份即可，需要行驶证。',
      source: 'Parking permit guide §3',
    },
    { via: agent },
  );

  await at('11:00', 'Counter 3: Zhang Min is identified by the service code on her phone');
  const code = issueServiceCode({
    secret,
    citizen: { idNumber: residents.zhang.idNumber, phone: residents.zhang.phone },
    now: clock.now(),
  });
  counter.identify(code);
  await counter.act(permit.ref, { type: 'identity.verify', method: 'service-code' });

  await at(
    '11:15',
    "Zhao Lei reports a KTV bar online; 12345 dispatches it to the district's ecology bureau",
  );
  const bar = await web(residents.zhao.id).open({
    service: 'noise-complaint',
    input: {
      category: 'noise.business',
      address: '朝阳区三里屯街道工体北路102号',
      description: 'KTV bar plays music on the street until 3am',
      when: 'every night until 3am',
    },
    via: { channel: 'web', actor: { id: residents.zhao.id } },
  });
  await router.send(bar.ref, { type: 'order.dispatch' }, { via: dispatcher });

  await at('11:30', 'Traffic police approve the parking permit');
  await router.send(permit.ref, { type: 'permit.approve', zone: 'T3' }, { via: trafficOfficer });

  await at('13:30', 'Market Regulation asks Chen Jing for a fire safety plan');
  await router.send(
    licence.ref,
    { type: 'info.request', items: ['fire safety plan'] },
    { via: licenceOfficer },
  );

  await at('14:00', 'Chen Jing uploads the plan on the portal');
  await web(residents.chen.id).send(
    licence.ref,
    { type: 'info.add', note: 'Fire safety plan v2 uploaded' },
    { via: { channel: 'web', actor: { id: residents.chen.id } } },
  );

  await at('14:30', 'Counter 3: Li Wei drops by with a recording of the noise');
  counter.identify({ phone: residents.li.phone });
  await counter.act(noise, {
    type: 'info.add',
    note: 'Audio recording 23:10–01:40 handed in (USB stick)',
  });

  await at('15:00', 'Market Regulation approves the licence');
  await router.send(
    licence.ref,
    { type: 'licence.approve', licenceNumber: '91440300MA5FXXXX1Q' },
    { via: licenceOfficer },
  );

  await at('16:00', 'The district city administration replies to Li Wei (答复)');
  await router.send(
    noise,
    {
      type: 'order.reply',
      department: noiseLead,
      answer: 'Contractor warned; night work must stop at 22:00.',
    },
    { via: clerkOf(noiseLead) },
  );

  await at('16:30', 'Counter 3: Chen Jing collects her certificate');
  counter.identify(residents.chen.idNumber);
  await counter.act(licence.ref, { type: 'certificate.handover', receivedBy: 'Chen Jing' });

  await at('17:00', 'Return visit: 12345 calls Li Wei, who is not satisfied — the complaint reopens');
  await call(
    [
      callHeader('li-2'),
      `Caller: ${residents.li.phone}`,
      '',
      '坐席：您好，这里是12345热线回访，您反映的装修噪音问题已经答复，请问您对处理结果满意吗？',
      '市民：不满意，昨天晚上还是在打电钻，根本没解决。',
      '坐席：好的，我们会重新交办。',
    ],
    { regarding: noise },
  );

  clock.set(dayStart() + DAY + 18 * HOUR);
  timeline.scene(
    'Next day, 18:00: the ecology bureau has not signed for the KTV complaint within a working day — 催办 at 15:30, overdue at 17:30',
  );
  await router.runDueTimers();

  stopTouch();
  const cases = await Promise.all([...touched.values()].map((ref) => router.get(ref)));
  return { cases, continued: earlier.length };
}

/** `2 × Noise complaint [handling, dispatched], 1 × Parking permit [active.valid]`. */
function openCasesText(router: CityDayOptions['router'], views: readonly CaseView[]): string {
  const byService = new Map<string, CaseView[]>();
  for (const view of views) byService.set(view.service.id, [...(byService.get(view.service.id) ?? []), view]);
  return [...byService]
    .map(([id, list]) => {
      const states = [...new Set(list.map((view) => formatStateValue(view.state.value)))].join(', ');
      return `${list.length} × ${router.service(id)?.title ?? id} [${states}]`;
    })
    .join(', ');
}
