import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Compares what each package exports (every subpath of its exports map, values and types) with
// what docs/api.md documents under the package's `## \`@onecase/<name>\`` section.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One package's exports that its API section does not name, and names it documents but no longer exports.
 *
 * @example
 * ```ts
 * const gap: ApiDocsGap = { package: '@onecase/web', missing: ['WebCall'], stale: [] };
 * ```
 */
export interface ApiDocsGap {
  package: string;
  missing: string[];
  stale: string[];
}

/** The public entries of a package: `src/*.ts` behind each subpath of its exports map. */
function entriesOf(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { 'onecase-source'?: string }>;
  };
  return Object.values(manifest.exports).flatMap((target) =>
    typeof target === 'object' && target['onecase-source']
      ? [join(packageDir, target['onecase-source'])]
      : [],
  );
}

/**
 * Every exported name of every package, by package name, read with the TypeScript compiler.
 *
 * @example
 * ```ts
 * packageExports().get('@onecase/core')?.has('createRouter'); // true
 * ```
 */
export function packageExports(packages: readonly string[] = PACKAGES): Map<string, Set<string>> {
  const entries = new Map(packages.map((name) => [name, entriesOf(join(root, 'packages', name))]));
  const program = ts.createProgram([...entries.values()].flat(), {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['onecase-source'],
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const result = new Map<string, Set<string>>();
  for (const [name, files] of entries) {
    const names = new Set<string>();
    for (const file of files) {
      const source = program.getSourceFile(file);
      const symbol = source && checker.getSymbolAtLocation(source);
      if (!symbol) throw new Error(`cannot read the exports of ${file}`);
      for (const exported of checker.getExportsOfModule(symbol)) names.add(exported.getName());
    }
    result.set(`@onecase/${name}`, names);
  }
  return result;
}

/**
 * The published packages, as folders under packages/.
 *
 * @example
 * ```ts
 * packageExports(PACKAGES.filter((name) => name !== 'testing'));
 * ```
 */
export const PACKAGES = [
  'core',
  'testing',
  'postgres',
  'web',
  'counter',
  'hotline',
  'governance',
  'open311',
  'console',
] as const;

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;
const DECLARATION = /^\s*(?:export\s+)?(?:interface|type|const|class|function)\s+([A-Za-z_$][\w$]*)/;

interface Section {
  /** Every identifier inside code (spans and blocks): what counts as "documented". */
  mentioned: Set<string>;
  /** Names the section presents as exports: headings, `| export |` tables, declarations in code. */
  presented: Set<string>;
}

function sectionsOf(markdown: string): Map<string, Section> {
  const sections = new Map<string, Section>();
  let current: Section | undefined;
  let inBlock = false;
  /** A signature listing (```ts no-check) presents its declarations; a runnable example does not. */
  let listing = false;
  let exportTable = false;
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## `(@onecase\/[\w-]+)`/.exec(line);
    if (heading?.[1]) {
      current = { mentioned: new Set(), presented: new Set() };
      sections.set(heading[1], current);
      open = undefined;
      continue;
    }
    if (!current) continue;
    if (line.trim().startsWith('```')) {
      inBlock = !inBlock;
      listing = inBlock && /no-check/.test(line);
      open = undefined;
      continue;
    }
    if (inBlock) {
      for (const word of line.match(IDENTIFIER) ?? []) current.mentioned.add(word);
      const declared = listing ? DECLARATION.exec(line)?.[1] : undefined;
      if (declared) current.presented.add(declared);
      continue;
    }
    // A code span may wrap onto the next line of its paragraph: carry its open part over.
    const text = open === undefined ? line : `${open} ${line}`;
    const ticks = text.split('`').length - 1;
    const closedPart = ticks % 2 === 0 ? text : text.slice(0, text.lastIndexOf('`'));
    open = ticks % 2 === 0 || line.trim() === '' ? undefined : text.slice(text.lastIndexOf('`'));
    for (const match of closedPart.matchAll(/`([^`]+)`/g))
      for (const word of match[1]?.match(IDENTIFIER) ?? []) current.mentioned.add(word);
    const spans = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    // `@onecase/testing/fixtures` in a heading names a subpath, not an export.
    const lead = (text: string | undefined) =>
      text?.startsWith('@') ? undefined : text?.match(IDENTIFIER)?.[0];
    if (/^#{3,4} `/.test(line)) {
      const name = lead(spans[0]);
      if (name) current.presented.add(name);
    }
    if (/^\|/.test(line)) {
      const cells = line.split('|').map((cell) => cell.trim());
      if (cells[1] === 'export') exportTable = true;
      else if (exportTable && !/^-+$/.test(cells[1] ?? '')) {
        // What follows `→` in the cell is a return type, not an export of its own.
        for (const span of cells[1]?.split('→')[0]?.matchAll(/`([^`]+)`/g) ?? []) {
          const name = lead(span[1]);
          if (name) current.presented.add(name);
        }
      }
    } else exportTable = false;
  }
  return sections;
}

// Reading the sources takes seconds; they do not change while one process checks several pages.
let exportsOfAll: Map<string, Set<string>> | undefined;

/**
 * Lists, per package, the exports docs/api.md does not mention and the names it presents as
 * exports that the package no longer has; empty when the reference is complete.
 *
 * @example
 * ```ts
 * for (const gap of apiDocsGaps()) console.log(gap.package, gap.missing, gap.stale);
 * ```
 */
export function apiDocsGaps(markdown = readFileSync(join(root, 'docs/api.md'), 'utf8')): ApiDocsGap[] {
  const sections = sectionsOf(markdown);
  const gaps: ApiDocsGap[] = [];
  exportsOfAll ??= packageExports();
  for (const [name, exported] of exportsOfAll) {
    const section = sections.get(name) ?? { mentioned: new Set<string>(), presented: new Set<string>() };
    const missing = [...exported].filter((id) => !section.mentioned.has(id)).sort();
    const stale = [...section.presented].filter((id) => !exported.has(id)).sort();
    if (missing.length > 0 || stale.length > 0) gaps.push({ package: name, missing, stale });
  }
  return gaps;
}

/**
 * The gaps as lines a person can act on (one a package, missing and stale names listed).
 *
 * @example
 * ```ts
 * console.log(formatApiDocsGaps(apiDocsGaps()));
 * ```
 */
export function formatApiDocsGaps(gaps: readonly ApiDocsGap[]): string {
  return gaps
    .flatMap((gap) => [
      ...(gap.missing.length > 0 ? [`${gap.package}: not in docs/api.md: ${gap.missing.join(', ')}`] : []),
      ...(gap.stale.length > 0
        ? [`${gap.package}: in docs/api.md but not exported: ${gap.stale.join(', ')}`]
        : []),
    ])
    .join('\n');
}

// `npx tsx scripts/apiDocs.ts` prints what to fix.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = formatApiDocsGaps(apiDocsGaps());
  console.log(text || 'docs/api.md names every export of every package');
  process.exitCode = text ? 1 : 0;
}
