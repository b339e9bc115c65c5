import { createTestRouter } from '@onecase/testing';
import { handleCall, parseTranscript } from '../packages/hotline/src/index.js';
import { rules, staff, testServices, web } from '../packages/hotline/test/testServices.js';

type CaseSpec = { phone: string; service?: 'noise-complaint' | 'streetlight-repair'; address: string; description: string; state?: 'received' | 'handling' | 'closed' };
type Scenario = { name: string; cases: CaseSpec[]; caller?: string; turns: string[]; regarding?: number };
const scenarios: Scenario[] = (await import(process.env.SCEN ?? '/tmp/attack4/scen.ts')).default;
for (const s of scenarios) {
  const r = createTestRouter({ services: testServices });
  const refs: string[] = [];
  for (const c of s.cases) {
    const svc = c.service ?? 'noise-complaint';
    const input = svc === 'noise-complaint' ? { address: c.address, description: c.description } : { location: c.address, description: c.description };
    const opened = await r.open({ service: svc, input, citizen: { phone: c.phone }, via: web });
    refs.push(opened.ref);
    if (c.state === 'handling' || c.state === 'closed') await r.send(opened.ref, { type: 'case.assign', department: 'env' }, { via: staff });
    if (c.state === 'closed') await r.send(opened.ref, { type: 'case.close', answer: 'done' }, { via: staff });
  }
  const turns = s.turns.map((t) => t.replace(/\{(\d)\}/g, (_, i) => refs[Number(i)]!));
  const caller = s.caller === undefined ? 'Caller: withheld\n' : `Caller: ${s.caller}\n`;
  const tr = parseTranscript(`Call-Id: ${s.name}\n${caller}Agent-Id: agent-9\n${s.regarding === undefined ? '' : `Case: ${refs[s.regarding]}\n`}\n${turns.join('\n')}`);
  const summary = await handleCall(r, tr, rules);
  console.log(`\n=== ${s.name}  refs=${refs.join(',')}`);
  for (const t of turns) console.log('   ', t);
  console.log('  actions:', JSON.stringify(summary.actions.map((a: any) => ({ i: a.intent, o: a.outcome, ref: a.ref, reason: a.reason, score: a.score }))));
  console.log('  reply:', JSON.stringify(summary.reply));
  for (const ref of refs) console.log('  hist', ref, JSON.stringify((await r.history(ref)).map((e: any) => e.type)));
}
