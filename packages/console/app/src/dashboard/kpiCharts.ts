import type { KpiRow } from '@onecase/governance';
import type { EChartsCoreOption } from 'echarts/core';

/** The names of the three rates in the UI language. */
export interface RateNames {
  response: string;
  resolution: string;
  satisfaction: string;
}

// Percentages with one decimal; a rate without a denominator is a gap, not a zero.
const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

// Colours at ≥ 3:1 against white for the bars, distinguishable without colour by the legend order.
const COLOURS = ['#1d4ed8', '#b45309', '#047857'];

function series(rows: KpiRow[], names: RateNames, type: 'bar' | 'line') {
  return [
    { name: names.response, type, data: rows.map((row) => pct(row.responseRate)) },
    { name: names.resolution, type, data: rows.map((row) => pct(row.resolutionRate)) },
    {
      name: names.satisfaction,
      type,
      data: rows.map((row) => pct(row.satisfactionRate)),
      connectNulls: false,
    },
  ];
}

// People who ask for less motion get the figures at once, without bars growing into place.
const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const common = () => ({
  animation: !reducedMotion(),
  color: COLOURS,
  aria: { enabled: true },
  tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value === null ? '—' : `${value}%`) },
  legend: { top: 0 },
  grid: { left: 48, right: 16, top: 40, bottom: 56 },
  yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
});

/**
 * The bar chart of the three rates per district: one category per row of `computeKpis`
 * grouped by district, named through `nameOf`.
 *
 * @example
 * ```ts
 * rateBars(report.rows, (id) => names.get(id) ?? id, { response: '响应率', resolution: '解决率', satisfaction: '满意率' });
 * ```
 */
export function rateBars(
  rows: KpiRow[],
  nameOf: (id: string) => string,
  names: RateNames,
): EChartsCoreOption {
  return {
    ...common(),
    xAxis: {
      type: 'category',
      data: rows.map((row) => nameOf(row.group)),
      axisLabel: { interval: 0, rotate: 30 },
    },
    series: series(rows, names, 'bar'),
  };
}

/**
 * The line chart of the three rates per day (rows of `computeKpis` grouped by day).
 *
 * @example
 * ```ts
 * rateLines(report.rows, { response: '响应率', resolution: '解决率', satisfaction: '满意率' });
 * ```
 */
export function rateLines(rows: KpiRow[], names: RateNames): EChartsCoreOption {
  return {
    ...common(),
    xAxis: { type: 'category', data: rows.map((row) => row.group) },
    series: series(rows, names, 'line'),
  };
}
