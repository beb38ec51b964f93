// The web app of `rungs serve` in headless Chromium (Debian's, through playwright-core): a PDF and
// a JSON Resume uploaded on / give the report page with the placement the API gives; the ladder
// page shows every role; the path page draws the route; at 375 and 1280 px nothing overflows;
// no request leaves 127.0.0.1. Usage: node web_app.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { failer, launchChromium, overflowing, startServer } from './harness.mjs';

const [rungs, source, out] = process.argv.slice(2);
const fail = failer('web_app');
if (!rungs || !source || !out) fail('usage: node web_app.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR');
mkdirSync(out, { recursive: true });
const { server, base } = await startServer(rungs, source);


const resumes = [path.join(source, 'tests/data/eval/dev/b04-go-staff-gcc-pdf.pdf'),
                 path.join(source, 'tests/data/eval/dev/a03-django-senior-json.json')];
const roles = (await (await fetch(`${base}/v1/roles`)).json()).roles;
const browser = await launchChromium(fail);
const problems = [];
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const outside = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
    const at = `at ${width} px`;
    for (const file of resumes) {
      await page.goto(`${base}/`);
      await page.setInputFiles('#resume', file);
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      const placed = (await page.locator('#placed-role').textContent()).trim();
      const api = await (await fetch(`${base}/v1/assess`, { method: 'POST', body: readFileSync(file) })).json();
      if (placed !== api.placement.title) problems.push(`${at}: ${path.basename(file)} placed '${placed}' on the page, '${api.placement.title}' by the API`);
      const wide = await overflowing(page);
      if (wide.length) problems.push(`${at}: the report of ${path.basename(file)} overflows: ${wide.join('; ')}`);
    }
    await page.goto(`${base}/ladder`);
    const rows = await page.locator('#roles tbody tr').count();
    if (rows !== roles.length) problems.push(`${at}: the ladder page shows ${rows} roles of ${roles.length}`);
    let wide = await overflowing(page);
    if (wide.length) problems.push(`${at}: the ladder page overflows: ${wide.join('; ')}`);
    await page.goto(`${base}/path`);
    await page.selectOption('#from', 'backend-developer');
    await page.selectOption('#to', 'solutions-architect');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const box = await page.locator('#route svg').boundingBox();
    if (!box || box.width < 100) problems.push(`${at}: the path page draws no route (${JSON.stringify(box)})`);
    if ((await page.locator('ol li').count()) === 0) problems.push(`${at}: the path page lists no steps`);
    wide = await overflowing(page);
    if (wide.length) problems.push(`${at}: the path page overflows: ${wide.join('; ')}`);
    await page.screenshot({ path: path.join(out, `web-path-${width}.png`), fullPage: true });
    if (outside.length) problems.push(`${at}: requests left 127.0.0.1: ${outside.join(', ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
if (problems.length) fail(problems.join('\n'));
console.log('web_app: upload, report, ladder and path pages checked at 375 and 1280 px');
