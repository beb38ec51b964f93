// The team page of `rungs batch --format html` in headless Chromium (Debian's, via playwright-core)
// at 1280 px and in print: the placement chart drawn with a bar per role, the ready table, the
// heatmap with a column per person, the shortlist with --jd, nothing wider than the window (the
// heatmap scrolls inside its own box), and no request to the network.
// Usage: node team_page.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { failer, launchChromium } from './harness.mjs';

const [rungs, source, out] = process.argv.slice(2);
const fail = failer('team_page');
if (!rungs || !source || !out) fail('usage: node team_page.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR');
mkdirSync(out, { recursive: true });
const html = path.join(out, 'team.html');
const team = ['tests/data/eval/dev/a01-tcs-junior-java.txt', 'tests/data/eval/dev/b02-java-sde3-flipkart.md',
              'tests/data/eval/dev/h4-go-ledgerline-senior.txt', 'tests/data/eval/dev/h5-java-tl-gcc.txt',
              'examples/resumes/priya-senior.md'].filter((f) => existsSync(path.join(source, f)));
execFileSync(rungs, ['batch', ...team, '--format', 'html', '-o', html, '--quiet', '--jd', 'tests/data/fixtures/public/rm_backend-eng.txt'],
             { cwd: source, stdio: ['ignore', 'ignore', 'inherit'] });

const browser = await launchChromium(fail);
const problems = [];
try {
  for (const media of ['screen', 'print']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto('file://' + html);
    const at = `in ${media}`;
    if (requests.length) problems.push(`${at}: the page asked the network for ${requests.join(', ')}`);
    const box = await page.locator('svg.placements').boundingBox();
    if (!box || box.width < 300) problems.push(`${at}: the placement chart is not drawn`);
    if ((await page.locator('svg.placements rect').count()) < 5) problems.push(`${at}: the placement chart has too few bars`);
    const columns = await page.locator('#heatmap thead th').count();
    if (columns !== team.length + 1) problems.push(`${at}: the heatmap has ${columns - 1} people, expected ${team.length}`);
    if ((await page.locator('#shortlist tbody tr').count()) !== team.length) problems.push(`${at}: the shortlist is not whole`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) problems.push(`${at}: the page is wider than the window`);
    if (media === 'screen') await page.screenshot({ path: path.join(out, 'team-1280.png'), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
}
if (problems.length) fail(problems.join('\n'));
console.log(`team_page: the team page of ${team.length} people checked at 1280 px and in print`);
