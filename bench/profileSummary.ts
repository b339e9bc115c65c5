import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// `tsx bench/profileSummary.ts <file.cpuprofile> [top]` prints where a `node --cpu-prof` run spent
// its time: self time by function, and self time summed by package or folder (the "where time
// goes" of a suite). Profile one suite with:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx --conditions=onecase-source bench/run.ts core

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profileSummary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

const root = `${pathToFileURL(process.cwd()).href}/`;

/** A short place for a script URL: the package (`@onecase/core`, `xstate`, `node:`) or the repo folder. */
function area(url: string): string {
  if (url === '') return '(native / vm)';
  if (url.startsWith('node:')) return url.split('/')[0]!;
  const modules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const inRepo = url.replace(root, '');
  const repo = /^(packages\/[^/]+|examples\/[^/]+|bench)\//.exec(inRepo);
  return repo ? repo[1]! : inRepo;
}

const functions = new Map<string, number>();
const areas = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const name = `${functionName || '(anonymous)'} ${url.replace(root, '').replace(/^.*\/node_modules\//, '')}:${lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
  areas.set(area(url), (areas.get(area(url)) ?? 0) + micros);
}
// Total (self + callees) time of each function, counted once per stack when it recurses.
const inclusive = new Map<string, number>();
const label = (node: ProfileNode) => {
  const { functionName, url } = node.callFrame;
  return `${functionName || '(anonymous)'} ${area(url)}`;
};
function walk(node: ProfileNode, onStack: Set<string>): number {
  let micros = selfMicros.get(node.id) ?? 0;
  const name = label(node);
  const fresh = !onStack.has(name);
  if (fresh) onStack.add(name);
  for (const child of node.children ?? []) micros += walk(byId.get(child)!, onStack);
  if (fresh) {
    onStack.delete(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
  }
  return micros;
}
walk(profile.nodes[0]!, new Set());
inclusive.delete(label(profile.nodes[0]!));

const print = (title: string, entries: Map<string, number>) => {
  process.stdout.write(`${title}\n`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}\n`);
  }
};
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n`);
print('self time by area', areas);
print('self time by function', functions);
print('total time (self + callees) by function', inclusive);
