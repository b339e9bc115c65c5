import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'preact/hooks';
import { chartOf, createChart } from './echarts.js';

/**
 * One ECharts chart: created on mount, given each new option in full (`notMerge`, so a
 * district that left the data leaves the chart), resized with its box, disposed on unmount.
 */
export function EChart(props: { option: EChartsCoreOption; name: string; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = createChart(element);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    const element = box.current;
    const chart = element ? chartOf(element) : undefined;
    chart?.setOption(props.option, { notMerge: true });
  }, [props.option]);
  return (
    <div
      ref={box}
      data-chart={props.name}
      role="img"
      aria-label={props.label}
      class="chart"
      style={{ height: `${props.height ?? 320}px` }}
    />
  );
}
