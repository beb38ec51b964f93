// Renders rungs' HTML report in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) at phone and desktop widths, and checks that the charts are drawn, nothing
// overflows, the page asks the network for nothing, and it shows the JSON report's figures.
// Screenshots go to OUT_DIR. Usage: node report_page.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { failer, launchChromium, overflowing } from './harness.mjs';

const [rungs, source, out] = process.argv.slice(2);
const fail = failer('report_page');
if (!rungs || !source || !out) fail('usage: node report_page.mjs RUNGS_BINARY SOURCE_DIR OUT_DIR');

mkdirSync(out, { recursive: true });
const html = path.join(out, 'report.html');
const args = ['assess', 'tests/data/resumes/priya-senior.md', '--target', 'solutions-architect',
              '--jd', 'tests/data/fixtures/public/rm_backend-eng.txt'];
execFileSync(rungs, [...args, '--format', 'html', '-o', html], { cwd: source });
const report = JSON.parse(execFileSync(rungs, [...args, '--format', 'json'], { cwd: source }).toString());

const browser = await launchChromium(fail);
const problems = [];
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto('file://' + html);
    const at = `at ${width} px`;
    if (requests.length) problems.push(`${at}: the page asked the network for ${requests.join(', ')}`);

    // Charts: each drawn with a visible size and its shapes.
    for (const [selector, shape] of [['svg.radar', 'polygon.value'], ['svg.evidence', 'rect'],
                                     ['svg.timeline', 'rect.step']]) {
      const box = await page.locator(selector).boundingBox();
      if (!box || box.width < 100 || box.height < 40) problems.push(`${at}: ${selector} is not drawn (${JSON.stringify(box)})`);
      const shapes = await page.locator(`${selector} ${shape}`).count();
      if (shapes === 0) problems.push(`${at}: ${selector} has no ${shape}`);
    }
    const steps = await page.locator('svg.timeline rect.step').count();
    if (steps !== report.path.steps.length) problems.push(`${at}: timeline shows ${steps} steps, the report has ${report.path.steps.length}`);

    // Nothing wider than the window.
    const overflow = await overflowing(page);
    if (overflow.length) problems.push(`${at}: overflows: ${overflow.join('; ')}`);

    // The figures of the JSON report.
    const placed = (await page.locator('#placed-role').textContent()).trim();
    if (placed !== report.placement.title) problems.push(`${at}: placed role '${placed}' != '${report.placement.title}'`);
    const confidence = (await page.locator('#confidence').textContent()).trim();
    if (confidence !== report.placement.confidence.toFixed(2)) problems.push(`${at}: confidence ${confidence}`);
    const verdict = (await page.locator('#verdict').textContent()).trim();
    if (verdict !== report.readiness.verdict) problems.push(`${at}: verdict ${verdict} != ${report.readiness.verdict}`);
    const questions = await page.locator('#questions > li').count();
    if (questions !== report.readiness.criteria.length) problems.push(`${at}: ${questions} questions`);
    const findings = await page.locator('#findings .finding').count();
    if (findings !== report.findings.length) problems.push(`${at}: ${findings} findings != ${report.findings.length}`);

    await page.screenshot({ path: path.join(out, `report-${width}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
}
if (problems.length) fail(problems.join('\n'));
console.log(`report_page: ok at 375 and 1280 px; screenshots in ${out}`);
