// The web app of `rungs serve` in headless Chromium (Debian's, through playwright-core): a PDF and
// a JSON Resume uploaded on / give the report page with the placement the API gives; the ladder
// page shows every role; the path page draws the route; at 375 and 1280 px nothing overflows;
// no request leaves 127.0.0.1. Usage: node web_app.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [rungs, source, out] = process.argv.slice(2);
const chromiumPath = '/usr/bin/chromium';
function fail(message) {
  console.error(`web_app: ${message}`);
  process.exit(1);
}
if (!rungs || !source || !out) fail('usage: node web_app.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR');
if (!existsSync(chromiumPath)) fail(`${chromiumPath} is missing: run scripts/install-deps.sh (package chromium)`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is missing: run scripts/install-browser-test.sh');
}
mkdirSync(out, { recursive: true });

const server = spawn(rungs, ['serve', '--port', '0'], { cwd: source, stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise((resolve, reject) => {
  let log = '';
  server.stderr.on('data', (chunk) => {
    log += chunk;
    const m = log.match(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`rungs serve exited with ${code}: ${log}`)));
  setTimeout(() => reject(new Error('rungs serve did not start in 30 s')), 30000);
});

const resumes = [path.join(source, 'tests/data/eval/dev/b04-go-staff-gcc-pdf.pdf'),
                 path.join(source, 'tests/data/eval/dev/a03-django-senior-json.json')];
const roles = (await (await fetch(`${base}/v1/roles`)).json()).roles;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const problems = [];
async function overflow(page) {
  return page.evaluate(() => {
    const limit = window.innerWidth + 1;
    const wide = [];
    if (document.documentElement.scrollWidth > limit) wide.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > limit) wide.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} ends at ${Math.round(r.right)}px`);
    }
    return wide.slice(0, 5);
  });
}
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
      const wide = await overflow(page);
      if (wide.length) problems.push(`${at}: the report of ${path.basename(file)} overflows: ${wide.join('; ')}`);
    }
    await page.goto(`${base}/ladder`);
    const rows = await page.locator('#roles tbody tr').count();
    if (rows !== roles.length) problems.push(`${at}: the ladder page shows ${rows} roles of ${roles.length}`);
    let wide = await overflow(page);
    if (wide.length) problems.push(`${at}: the ladder page overflows: ${wide.join('; ')}`);
    await page.goto(`${base}/path`);
    await page.selectOption('#from', 'backend-developer');
    await page.selectOption('#to', 'solutions-architect');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const box = await page.locator('#route svg').boundingBox();
    if (!box || box.width < 100) problems.push(`${at}: the path page draws no route (${JSON.stringify(box)})`);
    if ((await page.locator('ol li').count()) === 0) problems.push(`${at}: the path page lists no steps`);
    wide = await overflow(page);
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
