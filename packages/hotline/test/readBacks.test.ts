import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, interpretCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

// What the agent reads back and the caller confirms picks the case; what the caller goes on to say
// after a new report is about that report. Written for the development sets dev7 and dev8.

const PHONE = '13800000007';

function call(turns: string[], phone = PHONE) {
  return parseTranscript(`Call-Id: rb-${turns.length}\nCaller: ${phone}\n\n${turns.join('\n')}`);
}

const kinds = (...turns: string[]) =>
  interpretCall(call(turns), rules)
    .intents.filter((intent) => intent.confidence >= rules.threshold)
    .map((intent) => intent.kind)
    .sort();

async function twoCases() {
  const r = createTestRouter({ services: testServices, start: '2026-03-02T10:00:00+08:00' });
  const open = (address: string, description: string) =>
    r.open({
      service: 'noise-complaint',
      input: { address, description },
      citizen: { phone: PHONE },
      via: web,
    });
  const site = await open('Building site, 21 Pennant Street', 'Building site with a generator before 6am');
  const bar = await open('The Blue Door, 8 Pennant Street', 'Cocktail bar with music until 2am');
  const types = async (ref: string) => (await r.history(ref)).map((event) => event.type);
  return { r, site: site.ref, bar: bar.ref, types };
}

describe('the case a read-back names', () => {
  it('urges the case the agent read back and the caller confirmed, not the one they first named', async () => {
    const { r, site, bar, types } = await twoCases();
    await handleCall(
      r,
      call([
        'Agent: 12345 hotline.',
        'Caller: I need to chase one of my complaints, please.',
        'Agent: I can see two, one about a bar and one about a building site. Which one?',
        'Caller: The bar one. No — wait, sorry, the building site.',
        "Agent: OK, the building site at 21 Pennant Street. I'll send an urge to the department for that one.",
        'Caller: Yes, that one. Thank you.',
      ]),
      rules,
    );
    expect(await types(site)).toEqual(['case.open', 'case.urge']);
    expect(await types(bar)).toEqual(['case.open']);
  });

  it('takes the first sentence of the yes, never the case the caller goes on to keep', async () => {
    const { r, site, bar, types } = await twoCases();
    await handleCall(
      r,
      call([
        'Caller: I have two complaints with you. Withdraw one, please.',
        'Agent: Is it the cocktail bar on Pennant Street?',
        "Caller: Yes. But the building site one — don't touch that, they're still at it.",
      ]),
      rules,
    );
    expect(await types(bar)).toEqual(['case.open', 'case.withdraw']);
    expect(await types(site)).toEqual(['case.open']);
  });

  it('picks a case by an answer that is only its name ("The generator.")', async () => {
    const { r, site, bar, types } = await twoCases();
    const summary = await handleCall(
      r,
      call([
        'Caller: Can you chase one of my complaints? The newest one.',
        'Agent: I can see a bar and a building site on this number. Which one?',
        'Caller: The generator.',
      ]),
      rules,
    );
    expect(summary.actions.map((action) => [action.intent, action.ref])).toEqual([['urge', site]]);
    expect(await types(bar)).toEqual(['case.open']);
  });
});

describe('after a new report', () => {
  it('reads "让他们赶紧来" and "你们给查查" as about the new report, not as an urge or a status question', () => {
    expect(
      kinds(
        '市民：我们小区门口的路灯坏了，晚上黑乎乎的，在人民路8号。',
        '坐席：好的，给您报修，转相关单位处理。',
        '市民：对对，让他们赶紧来给修好。',
      ),
    ).toEqual(['new-request']);
    expect(
      kinds(
        '市民：我要投诉，对面工地半夜施工，吵得睡不着，地址是荣华南路8号。',
        '坐席：好的，给您登记。',
        '市民：他们说什么连续浇筑不能停，那也得有个证吧，有没有证你们给查查。',
      ),
    ).toEqual(['new-request']);
  });

  it('keeps a further request the caller turns to ("还有顺便问一下…")', () => {
    expect(
      kinds(
        '市民：我要投诉楼下洗车店每天早上六点开高压水枪，太吵了，建设路15号。',
        '坐席：好的，给您登记了。',
        '市民：还有顺便问一下，我上个月那个投诉现在到哪一步了？',
      ),
    ).toEqual(['new-request', 'status']);
  });

  it('takes "forget it, I\'ll ring back later" as giving up the call, not withdrawing the case', () => {
    expect(
      kinds(
        'Caller: I want my complaint chased, it has been ages.',
        'Agent: I need you to tell me which one so I chase the right one.',
        "Caller: Look, just forget it, I'll ring back later, bye.",
      ),
    ).not.toContain('withdraw');
  });

  it('reads a line test as no request', () => {
    expect(
      kinds('市民：喂 喂 能听见吗 我就试试这个号能不能打通', '坐席：能听见。', '市民：好了谢谢啊'),
    ).toEqual([]);
  });
});
