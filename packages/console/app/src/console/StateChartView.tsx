import type { ServiceText } from '../shared/index.js';
import type { ChartJson } from './consoleApi.js';
import { useConsoleText } from './consoleText.js';

/** The top-level states in steps from the initial one (breadth first), so the chart reads left to right as the loop runs. */
function layers(chart: ChartJson): string[][] {
  const top = chart.states.filter((state) => state.parent === null).map((state) => state.path);
  const topOf = (path: string) => path.split('.')[0]!;
  const depth = new Map<string, number>();
  const start = chart.initial ? topOf(chart.initial) : top[0];
  if (start === undefined) return [];
  depth.set(start, 0);
  const queue = [start];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const transition of chart.transitions) {
      if (transition.from === '*' || transition.internal || topOf(transition.from) !== from) continue;
      const to = topOf(transition.to);
      if (!depth.has(to)) {
        depth.set(to, depth.get(from)! + 1);
        queue.push(to);
      }
    }
  }
  const deepest = Math.max(...depth.values());
  for (const path of top) if (!depth.has(path)) depth.set(path, deepest + 1);
  const result: string[][] = [];
  for (const path of top) {
    const at = depth.get(path)!;
    result[at] = [...(result[at] ?? []), path];
  }
  return result.filter(Boolean);
}

/**
 * The service's state chart, drawn from the machine's states and transitions: each state a box
 * in steps from the first, with the events that leave it and where they go; the case's
 * current state highlighted and marked `aria-current`.
 */
export function StateChartView(props: { chart: ChartJson; current: string; text: ServiceText | undefined }) {
  const { ct } = useConsoleText();
  const stateName = (path: string) => props.text?.statePath(path) ?? path;
  const eventName = (type: string | null) =>
    type === null ? ct('timeline.timer') : (props.text?.event(type).label ?? type);
  const currentTop = props.current.split('.')[0];
  return (
    <div class="state-chart" data-testid="state-chart">
      <p>{ct('case.chartNow', { state: stateName(props.current) })}</p>
      <ol class="chart-steps">
        {layers(props.chart).map((step) => (
          <li key={step.join(',')}>
            <ul>
              {step.map((path) => {
                const here = path === currentTop;
                const out = props.chart.transitions.filter(
                  (transition) =>
                    !transition.internal &&
                    (transition.from === path || transition.from.startsWith(`${path}.`)),
                );
                const seen = new Set<string>();
                return (
                  <li
                    key={path}
                    class={here ? 'chart-state current' : 'chart-state'}
                    aria-current={here ? 'step' : undefined}
                    data-state={path}
                  >
                    <strong>{stateName(path)}</strong>
                    {out.length > 0 && (
                      <ul class="chart-moves">
                        {out.map((transition) => {
                          const key = `${transition.event}>${transition.to}`;
                          if (seen.has(key)) return null;
                          seen.add(key);
                          return (
                            <li key={key}>
                              {eventName(transition.event)} → {stateName(transition.to)}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
