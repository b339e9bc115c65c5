import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyServiceDefinition } from '@onecase/core';
import type { AnyStateNode } from 'xstate';
import { cityServices } from './services/cityServices.js';

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
 * console.log(stateChart(noiseComplaint)); // stateDiagram-v2 …
 * ```
 */
export function stateChart(service: AnyServiceDefinition): string {
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

const BEGIN = '<!-- state-chart:begin (generated by examples/city/src/stateChart.ts; do not edit) -->';
const END = '<!-- state-chart:end -->';

/**
 * Puts the chart between the page's state-chart markers (or appends it with markers).
 *
 * @example
 * ```ts
 * const page = withStateChart(await readFile('docs/services/noise-complaint.md', 'utf8'), stateChart(noiseComplaint));
 * ```
 */
export function withStateChart(markdown: string, chart: string): string {
  const block = `${BEGIN}\n\`\`\`mermaid\n${chart}\n\`\`\`\n${END}`;
  const start = markdown.indexOf('<!-- state-chart:begin');
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1) return `${markdown.trimEnd()}\n\n${block}\n`;
  return `${markdown.slice(0, start)}${block}${markdown.slice(end + END.length)}`;
}

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

// Run directly (`npx tsx --conditions=onecase-source examples/city/src/stateChart.ts`) to
// refresh the charts in docs/services/*.md after changing a machine.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const service of cityServices) {
    const path = statePagePath(service);
    const page = await readFile(path, 'utf8').catch(() => `# ${service.title}\n`);
    await writeFile(path, withStateChart(page, stateChart(service)));
    console.log(`updated ${path}`);
  }
}
