import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Extracts every ```ts block of README.md and docs/**/*.md into docs/.snippets/<page>-<n>.ts
// so the root `tsc` (pnpm typecheck) type-checks the docs against the real packages.
// ```ts no-check      — skipped (pseudo-code, output, fragments on purpose)
// ```ts continued     — appended to the page's previous snippet (a tutorial built step by step)

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', '.snippets');
const FENCE = /^```(\S*)[ \t]*(.*)$/;

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return markdownFiles(path);
        return Promise.resolve(entry.name.endsWith('.md') ? [path] : []);
      }),
  );
  return nested.flat();
}

interface Snippet {
  line: number;
  code: string[];
}

function extract(markdown: string, page: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = markdown.split('\n');
  let open: { lang: string; info: string; line: number; code: string[] } | undefined;
  for (const [index, text] of lines.entries()) {
    const fence = FENCE.exec(text.trim());
    if (!open) {
      if (fence) open = { lang: fence[1] ?? '', info: fence[2] ?? '', line: index + 1, code: [] };
      continue;
    }
    if (text.trim() === '```') {
      const flags = open.info.split(/\s+/);
      if (['ts', 'typescript'].includes(open.lang) && !flags.includes('no-check')) {
        const previous = snippets.at(-1);
        if (flags.includes('continued')) {
          if (!previous)
            throw new Error(`${page}:${open.line}: a 'continued' block needs a ts block before it`);
          previous.code.push('', `// ${page}:${open.line}`, ...open.code);
        } else {
          snippets.push({ line: open.line, code: [`// ${page}:${open.line}`, ...open.code] });
        }
      }
      open = undefined;
      continue;
    }
    open.code.push(text);
  }
  if (open) throw new Error(`${page}:${open.line}: code block is never closed`);
  return snippets;
}

const pages = [join(root, 'README.md'), ...(await markdownFiles(join(root, 'docs')))];
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
let count = 0;
for (const path of pages) {
  const page = relative(root, path);
  const name = relative(join(root, 'docs'), path)
    .replace(/\.md$/, '')
    .replace(/^\.\.\//, '')
    .replace(/[\\/]/g, '-');
  const snippets = extract(await readFile(path, 'utf8'), page);
  for (const [index, snippet] of snippets.entries()) {
    // `export {}` keeps every snippet a module: its own scope, top-level await allowed.
    await writeFile(join(outDir, `${name}-${index + 1}.ts`), `${snippet.code.join('\n')}\n\nexport {};\n`);
    count += 1;
  }
}
console.log(`docSnippets: ${count} snippets from ${pages.length} pages in ${relative(root, outDir)}`);
