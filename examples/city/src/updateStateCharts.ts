import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyServiceDefinition } from '@onecase/core';
import { stateChart, withStateChart } from '@onecase/testing';
import { cityServices } from './services/cityServices.js';

/**
 * Named in each chart's marker so a reader of a stale page knows what to run.
 *
 * @example
 * ```ts
 * withStateChart(page, chart, { generatedBy: CHART_GENERATOR });
 * ```
 */
export const CHART_GENERATOR = 'examples/city/src/updateStateCharts.ts';

/**
 * Where a city service's documentation page lives (`docs/services/<id>.md`).
 *
 * @example
 * ```ts
 * await readFile(statePagePath(noiseComplaint), 'utf8');
 * ```
 */
export function statePagePath(service: AnyServiceDefinition): string {
  return fileURLToPath(new URL(`../../../docs/services/${service.id}.md`, import.meta.url));
}

/**
 * The page of a city service with its chart redrawn from the current machine.
 *
 * @example
 * ```ts
 * const fresh = chartedPage(page, noiseComplaint) === page;
 * ```
 */
export function chartedPage(page: string, service: AnyServiceDefinition): string {
  return withStateChart(page, stateChart(service, { format: 'mermaid' }), { generatedBy: CHART_GENERATOR });
}

// Run directly (`npx tsx --conditions=onecase-source examples/city/src/updateStateCharts.ts`) to
// refresh the charts in docs/services/*.md after changing a machine.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const service of cityServices) {
    const path = statePagePath(service);
    const page = await readFile(path, 'utf8').catch(() => `# ${service.title}\n`);
    await writeFile(path, chartedPage(page, service));
    console.log(`updated ${path}`);
  }
}
