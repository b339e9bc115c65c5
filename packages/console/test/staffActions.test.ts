import { describeService } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { actionsFor } from '../app/src/console/staffActions.js';
import { serviceChart } from '../src/index.js';
import { centre, dept, order, web } from './workOrderFixture.js';

const lamp = { category: 'lamp' as const, description: '路灯不亮', address: '东城区安定门街道12号楼' };
const handler = { id: '王芳', role: 'department-handler', unit: 'east-a-office', channels: ['department'] };
const agent = { id: '张敏', role: 'centre-agent', unit: 'centre', channels: ['centre'] };

describe('the actions the console offers', () => {
  it('offers a department its sign-for, return, reply and extension, and the centre none of them', async () => {
    const router = createTestRouter({ services: [order], start: '2026-03-02T10:00:00+08:00' });
    const chart = serviceChart(order);
    const descriptor = describeService(order);
    const opened = await router.open({ service: 'street-report', input: lamp, via: web });
    const dispatched = await router.send(opened.ref, { type: 'order.dispatch' }, { via: centre });
    // The lead-only guard cannot answer without the payload, so the router lists the event and
    // refuses another department when it is sent.
    expect(dispatched.allowed.department).toContain('order.signFor');
    const types = (view: typeof dispatched, me: typeof handler) =>
      actionsFor(view, me, chart, String(view.state.value), descriptor).map((action) => action.type);
    expect(types(dispatched, handler)).toEqual(expect.arrayContaining(['order.signFor', 'order.return']));
    expect(actionsFor(dispatched, handler, chart, 'dispatched', descriptor)[0]?.channel).toBe('department');
    // The centre has nothing of a department's, and no guarded event without a required field.
    expect(types(dispatched, agent)).not.toContain('order.signFor');
    const handling = await router.send(
      opened.ref,
      { type: 'order.signFor', department: 'east-a-office' },
      { via: dept('east-a-office') },
    );
    expect(types(handling, handler)).toEqual(
      expect.arrayContaining(['order.reply', 'order.extend', 'order.suspend']),
    );
    expect(types(handling, agent)).not.toContain('order.approveExtension');
  });
});
