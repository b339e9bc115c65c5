import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { stateChart, withStateChart } from '@onecase/testing';
import { cityServices, noiseComplaint, noiseComplaintV1, parkingPermit } from '../src/services/index.js';
import { chartedPage, statePagePath } from '../src/updateStateCharts.js';

describe('state charts of the city services', () => {
  it.each(cityServices.map((service) => [service.key, service] as const))(
    'the page of %s shows the chart of the current machine',
    async (_id, service) => {
      const page = await readFile(statePagePath(service), 'utf8');
      // When this fails: npx tsx --conditions=onecase-source examples/city/src/updateStateCharts.ts
      expect(chartedPage(page, service)).toBe(page);
    },
  );

  it('keeps a page per version: the work order on noise-complaint.md, version 1 beside it', () => {
    expect(statePagePath(noiseComplaint)).toMatch(/docs\/services\/noise-complaint\.md$/);
    expect(statePagePath(noiseComplaintV1)).toMatch(/docs\/services\/noise-complaint-v1\.md$/);
    // Citizens rate the reply on the portal as well as in the return visit.
    expect(stateChart(noiseComplaint)).toContain(
      'replied --> closed: visit.rate [satisfied] (web, hotline, centre)',
    );
  });

  it('draws transitions with their event, guard and channels, timers with their delay', () => {
    const chart = stateChart(noiseComplaintV1);
    expect(chart).toContain('replied --> handling: visit.rate [dissatisfied] (web, hotline)');
    expect(chart).toContain('dispatched --> dispatched: after 1d (acceptLimit)');
    expect(chart).toContain('note right of received: also info.add, case.urge');
    expect(chart).toContain('withdrawn --> [*]');
  });

  it('nests child states and draws edges that leave a parent from the parent', () => {
    const chart = stateChart(parkingPermit);
    expect(chart).toMatch(/state active \{\n\s+state "valid" as active_valid/);
    expect(chart).toContain('active --> expired: after untilExpiry (from renewalDue)');
  });

  it('replaces only the marked block of a page', () => {
    const page = withStateChart('# Title\n\nProse.\n', 'stateDiagram-v2\n  [*] --> a');
    const again = withStateChart(`${page}\nMore prose.\n`, 'stateDiagram-v2\n  [*] --> b');
    expect(again).toContain('[*] --> b');
    expect(again).not.toContain('[*] --> a');
    expect(again).toContain('Prose.');
    expect(again).toContain('More prose.');
  });
});
