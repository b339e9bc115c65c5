// Renders the state chart of the noise complaint's version 1 (a small hand-written machine; the
// work order of version 2 is drawn in docs/services/noise-complaint.md) to
// docs/images/noise-complaint-chart.png for
// docs/testing.md: `npx tsx --conditions=onecase-source examples/city/src/renderStateChart.ts`.
// Mermaid is fetched as its npm tarball (`npm pack`, only its self-contained dist/mermaid.min.js
// is used, nothing installed) and drawn in Debian's headless Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stateChart } from '@onecase/testing';
import { chromium } from 'playwright-core';
import { noiseComplaintV1 } from './services/index.js';

const MERMAID = 'mermaid@12.3.0';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const out = fileURLToPath(new URL('../../../docs/images/noise-complaint-chart.png', import.meta.url));

const temp = mkdtempSync(join(tmpdir(), 'onecase-mermaid-'));
try {
  const tarball = execFileSync('npm', ['pack', MERMAID, '--silent'], { cwd: temp, encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', tarball, 'package/dist/mermaid.min.js'], { cwd: temp });
  const mermaid = readFileSync(join(temp, 'package/dist/mermaid.min.js'), 'utf8');

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.setContent(
      '<!doctype html><body style="margin:0;background:#fff"><div id="chart"></div></body>',
    );
    await page.addScriptTag({ content: mermaid });
    await page.evaluate(
      async (source) => {
        const api = (
          globalThis as unknown as {
            mermaid: { initialize(o: object): void; render(id: string, s: string): Promise<{ svg: string }> };
          }
        ).mermaid;
        api.initialize({ startOnLoad: false, theme: 'default' });
        const { svg } = await api.render('noise', source);
        const host = document.getElementById('chart');
        if (host) host.innerHTML = svg;
      },
      stateChart(noiseComplaintV1, { format: 'mermaid' }),
    );
    const chart = page.locator('#chart svg');
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, await chart.screenshot({ omitBackground: false }));
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
