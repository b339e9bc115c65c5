import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, getInstanceByDom, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

let registered = false;

// Registered on first use, not at import: the package is `sideEffects: false`, so a bare
// top-level `use()` would be dropped by the bundler.
function register(): void {
  if (registered) return;
  registered = true;
  // Only what the dashboard draws is bundled: bars, lines, their grid, legend, tooltip and the
  // aria component that gives each chart a spoken description.
  use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);
  // Browser tests and integrators' automation read a chart's data from its instance, never from pixels.
  (globalThis as { echarts?: { getInstanceByDom: typeof getInstanceByDom } }).echarts = { getInstanceByDom };
}

/** Creates the ECharts instance of an element, registering the charts the dashboard uses. */
export function createChart(element: HTMLElement): ECharts {
  register();
  return init(element, undefined, { renderer: 'canvas' });
}

/** The ECharts instance of an element, if it has one. */
export function chartOf(element: HTMLElement): ECharts | undefined {
  return getInstanceByDom(element);
}
