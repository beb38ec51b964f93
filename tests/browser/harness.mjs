// What the Node.js tests share: failing with the script's name, Debian's Chromium through
// playwright-core, a `rungs serve` on an ephemeral port of 127.0.0.1, and the elements of a page
// wider than its window.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// A function that prints "NAME: message" and exits 1.
export function failer(name) {
  return (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
}

// Headless Chromium with no network of its own (no sync, no updates, no QUIC), or `fail` with
// the install step that is missing.
export async function launchChromium(fail) {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) fail(`${executablePath} is missing: run scripts/install-deps.sh (package chromium)`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    fail('playwright-core is missing: run scripts/install-browser-test.sh');
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
}

// `rungs serve --port 0 ARGS...` started from `source`; its base URL once it listens, and the
// process (stop it with server.kill('SIGTERM')).
export async function startServer(rungs, source, args = []) {
  const server = spawn(rungs, ['serve', '--port', '0', ...args], { cwd: source, stdio: ['ignore', 'ignore', 'pipe'] });
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
  return { server, base };
}

// Up to five elements (or the page itself) that end right of the window.
export async function overflowing(page) {
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
