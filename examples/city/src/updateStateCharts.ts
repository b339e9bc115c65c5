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
 * Where a city service's documentation page lives: `docs/services/<id>.md` for the version new
 * cases open on, `docs/services/<id>-v<version>.md` for an older one the city still runs.
 *
 * @example
 * ```ts
 * await readFile(statePagePath(noiseComplaint), 'utf8'); // docs/services/noise-complaint.md
 * statePagePath(noiseComplaintV1); // …/docs/services/noise-complaint-v1.md
 * ```
 */
export function statePagePath(service: AnyServiceDefinition): string {
  const newest = Math.max(
    service.version,
    ...cityServices.filter((other) => other.id === service.id).map((other) => other.version),
  );
  const page = service.version < newest ? `${service.id}-v${service.version}` : service.id;
  return fileURLToPath(new URL(`../../../docs/services/${page}.md`, import.meta.url));
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
