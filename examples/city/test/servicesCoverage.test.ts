import { coverWorkflow, workflowSpec } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { businessLicence, consultation, noiseComplaintV1, parkingPermit } from '../src/services/index.js';

const hotline = { channel: 'hotline', actor: { id: 'agent-12', role: 'agent' } };
const staff = { channel: 'staff', actor: { id: 'officer-5', role: 'department' } };
const counter = { channel: 'counter', actor: { id: 'clerk-3', role: 'clerk' } };

const noiseInput = { address: '8 Dongfeng Rd, flat 402', description: 'Drilling upstairs after midnight' };
const licenceInput = {
  businessName: 'Lychee Tea House',
  legalRepresentative: 'Chen Jing',
  address: '21 Zhongshan Rd',
  activity: 'catering' as const,
  registeredCapital: 50_000,
  documents: ['articles of association'],
};

describe('every city service reaches every state through the router', () => {
  it('business licence', async () => {
    const report = await coverWorkflow(businessLicence, {
      input: licenceInput,
      samples: {
        'info.add': [{ note: 'Fire safety plan attached' }],
        'originals.check': [{ complete: true }, { complete: false, missing: ['lease contract'] }],
        'info.request': [{ items: ['fire safety plan'] }],
        'licence.approve': [{ licenceNumber: '91440300MA5FXXXX1Q' }],
        'licence.reject': [{ reason: 'Address is residential' }],
        'certificate.handover': [{ receivedBy: 'Chen Jing' }],
      },
    });
    expect(report.paths.map((p) => p.state)).toContain('lapsed');
  });

  it('noise complaint, version 1 (the cases opened before the work order)', async () => {
    const report = await coverWorkflow(noiseComplaintV1, {
      input: noiseInput,
      samples: {
        'info.add': [{ note: 'Also on Sundays' }],
        'case.dispatch': [{ department: 'Environment Bureau' }],
        'case.return': [{ reason: 'Not ours' }],
        'case.reply': [{ answer: 'The builder was warned.' }],
        'visit.rate': [{ score: 5 }, { score: 1, comment: 'Still noisy' }],
      },
    });
    expect(report.paths.find((p) => p.state === 'closed')?.events).toHaveLength(4);
  });

  it('parking permit', async () => {
    const report = await coverWorkflow(parkingPermit, {
      input: { plate: '粤B12345', address: '3 Lychee Lane' },
      samples: {
        'identity.verify': [{ method: 'service-code' }],
        'permit.approve': [{ zone: 'T3' }],
        'permit.reject': [{ reason: 'Not a resident' }],
      },
    });
    expect(
      report.paths.find((p) => p.state === 'expired')?.events.filter((e) => e.startsWith('xstate.after.')),
    ).toHaveLength(2);
  });

  it('consultation', async () => {
    await coverWorkflow(consultation, {
      input: { question: 'Where do I renew my parking permit?' },
      samples: { 'case.answer': [{ answer: 'Online or at any counter.' }] },
    });
  });
});

describe('noise complaint scenarios (version 1)', () => {
  const spec = workflowSpec(noiseComplaintV1, { input: noiseInput, via: hotline });
  const handled = [
    { type: 'case.dispatch' as const, department: 'Environment Bureau' },
    { type: 'case.accept' as const, via: staff },
    { type: 'case.reply' as const, answer: 'Warned the builder.', via: staff },
  ];

  it('reopens on a rating of 2 and closes on a rating of 3', async () => {
    await spec
      .given(...handled)
      .when({ type: 'visit.rate', score: 2 })
      .then({ state: 'handling', context: { reopened: 1 } });
    await spec
      .given(...handled)
      .when({ type: 'visit.rate', score: 3 })
      .then({ state: 'closed', context: { closeReason: 'satisfied' } });
  });

  it('reminds the department once the response time limit passes', async () => {
    await spec
      .given(handled[0]!, handled[1]!, { advance: '2d' })
      .when({ advance: '1d' })
      .then({ state: 'handling', context: { reminders: 1 }, effects: ['department.reminder'] });
  });

  it('does not accept urges at the counter once the case is replied to', async () => {
    await spec
      .given(...handled)
      .when({ type: 'case.urge' }, counter)
      .then({ error: 'EVENT_NOT_ALLOWED' });
  });
});
