import type { AnyServiceDefinition } from '@onecase/core';
import type { AnyStateNode } from 'xstate';

/**
 * How {@link stateChart} draws; Mermaid `stateDiagram-v2` is the one format today.
 *
 * @example
 * ```ts
 * const options: StateChartOptions = { format: 'mermaid' };
 * ```
 */
export interface StateChartOptions {
  /** The diagram language; `'mermaid'` (the default) renders on GitHub and in most doc sites. */
  format?: 'mermaid';
}

const UNITS: [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
];

function humanDelay(ms: number): string {
  for (const [size, unit] of UNITS) if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** Mermaid ids: the state's path without the machine id, dots replaced. */
function idOf(node: AnyStateNode): string {
  return node.path.length === 0 ? '[*]' : node.path.join('_');
}

function channelsOf(service: AnyServiceDefinition, type: string): string {
  const channels = Object.keys(service.channels).filter((channel) =>
    service.channelEvents(channel).has(type),
  );
  return channels.length > 0 ? ` (${channels.join(', ')})` : '';
}

function guardName(guard: unknown): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String(guard.type);
  return 'guard';
}

function delayLabel(service: AnyServiceDefinition, delay: unknown): string {
  if (typeof delay !== 'string' && typeof delay !== 'number') return 'after (computed delay)';
  const named = service.machine.implementations.delays?.[delay];
  if (typeof named === 'number') return `after ${humanDelay(named)} (${delay})`;
  if (named !== undefined) return `after ${delay}`;
  return `after ${humanDelay(Number(delay))}`;
}

/**
 * Draws a service's machine as a Mermaid `stateDiagram-v2`: every state (nested ones inside
 * their parent), every transition labelled with its event, guard and the channels that may
 * send it, timers as `after 3d`, and the events a state takes without moving as a note.
 *
 * @example
 * ```ts
 * import { stateChart } from '@onecase/testing';
 * console.log(stateChart(noiseComplaint, { format: 'mermaid' })); // stateDiagram-v2 …
 * ```
 */
export function stateChart(service: AnyServiceDefinition, _options: StateChartOptions = {}): string {
  const root = service.machine.root as AnyStateNode;
  const edges = new Map<AnyStateNode, string[]>();
  const notes = new Map<AnyStateNode, string[]>();
  const push = (map: Map<AnyStateNode, string[]>, node: AnyStateNode, line: string) =>
    map.set(node, [...(map.get(node) ?? []), line]);

  // Mermaid cannot draw an edge across a composite state's border, so such an edge is drawn
  // between the outermost states below the common parent, naming the inner end.
  const addEdge = (source: AnyStateNode, target: AnyStateNode, label: string) => {
    let common = 0;
    while (common < source.path.length && source.path[common] === target.path[common]) common += 1;
    const level = (node: AnyStateNode) =>
      node.path.length > common + 1 ? ancestorAt(node, common + 1) : node;
    const from = level(source);
    const to = source === target ? source : level(target);
    const inner = [
      from !== source ? `from ${source.key}` : '',
      to !== target ? `to ${target.key}` : '',
    ].filter(Boolean);
    const parent = from.parent ?? root;
    push(
      edges,
      parent,
      `${idOf(from)} --> ${idOf(to)}: ${label}${inner.length > 0 ? ` (${inner.join(', ')})` : ''}`,
    );
  };

  for (const node of getStateNodes(root)) {
    for (const transition of node.after) {
      addEdge(node, transition.target?.[0] ?? node, delayLabel(service, transition.delay));
    }
    const stays = new Set<string>();
    for (const [type, transitions] of node.transitions) {
      if (type.startsWith('xstate.')) continue;
      for (const transition of transitions) {
        const target = transition.target?.[0];
        const guard = guardName(transition.guard);
        if (target) addEdge(node, target, `${type}${guard ? ` [${guard}]` : ''}${channelsOf(service, type)}`);
        else stays.add(type);
      }
    }
    if (stays.size > 0)
      push(notes, node.parent ?? root, `note right of ${idOf(node)}: also ${[...stays].join(', ')}`);
    if (node.type === 'final') push(edges, node.parent ?? root, `${idOf(node)} --> [*]`);
  }

  const lines = ['stateDiagram-v2', '  direction LR'];
  const draw = (node: AnyStateNode, indent: string) => {
    const children = Object.values(node.states) as AnyStateNode[];
    for (const child of children) {
      if (child.path.length > 1) lines.push(`${indent}state "${child.key}" as ${idOf(child)}`);
    }
    if (node.initial?.target[0]) lines.push(`${indent}[*] --> ${idOf(node.initial.target[0])}`);
    for (const child of children) {
      if (Object.keys(child.states).length === 0) continue;
      lines.push(`${indent}state ${idOf(child)} {`);
      draw(child, `${indent}  `);
      lines.push(`${indent}}`);
    }
    for (const line of [...(edges.get(node) ?? []), ...(notes.get(node) ?? [])])
      lines.push(`${indent}${line}`);
  };
  draw(root, '  ');
  return lines.join('\n');
}

function ancestorAt(node: AnyStateNode, depth: number): AnyStateNode {
  let current = node;
  while (current.path.length > depth && current.parent) current = current.parent;
  return current;
}

function getStateNodes(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => [child, ...getStateNodes(child)]);
}

const BEGIN = '<!-- state-chart:begin';
const END = '<!-- state-chart:end -->';

/**
 * Puts a chart into a Markdown page between its state-chart markers (or appends it with
 * markers), so a test can compare the page with `withStateChart(page, stateChart(service))`
 * and fail when the committed chart is stale.
 *
 * @example
 * ```ts
 * const page = await readFile('docs/services/noise-complaint.md', 'utf8');
 * expect(withStateChart(page, stateChart(noiseComplaint))).toBe(page);
 * ```
 */
export function withStateChart(
  markdown: string,
  chart: string,
  options: { generatedBy?: string } = {},
): string {
  const by = options.generatedBy ?? 'stateChart() of @onecase/testing';
  const block = `${BEGIN} (generated by ${by}; do not edit) -->\n\`\`\`mermaid\n${chart}\n\`\`\`\n${END}`;
  const start = markdown.indexOf(BEGIN);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1) return `${markdown.trimEnd()}\n\n${block}\n`;
  return `${markdown.slice(0, start)}${block}${markdown.slice(end + END.length)}`;
}
