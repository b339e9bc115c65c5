import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws is bundled: bars, lines, their grid, legend, tooltip and the
// aria component that gives each chart a spoken description.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

// Browser tests and integrators' automation read a chart's data from its instance, never from pixels.
(globalThis as { echarts?: Pick<typeof echarts, 'getInstanceByDom'> }).echarts = {
  getInstanceByDom: echarts.getInstanceByDom,
};

export { echarts };
