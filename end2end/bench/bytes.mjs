// What a new visitor on a phone downloads, per page: every response from Chromium's own resource
// timing, by kind, as sent (transfer) and unpacked (decoded). Prints one JSON line per page.
// Usage: node bytes.mjs BASE_URL PATH…   (used by scripts/bench.sh)
import { chromium } from '@playwright/test';

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const kindOf = (url, type) => {
  if (url.endsWith('.wasm')) return 'wasm';
  if (url.includes('/leaflet/')) return 'leaflet';
  // The islands' JavaScript and the split manifest (which chunk holds which island).
  if (url.endsWith('.js') || (url.includes('/pkg/') && url.endsWith('.json'))) return 'js';
  if (url.endsWith('.css')) return 'css';
  if (type === 'navigation') return 'html';
  return 'other';
};
for (const path of paths) {
  // A fresh context each time: a first visit, nothing cached.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const entries = await page.evaluate(() => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].map((e) => ({ url: e.name, type: e.entryType, transfer: e.encodedBodySize, decoded: e.decodedBodySize })));
  const totals = {};
  for (const e of entries) {
    const kind = kindOf(e.url, e.type);
    totals[kind] ??= { transfer: 0, decoded: 0, count: 0 };
    totals[kind].transfer += e.transfer;
    totals[kind].decoded += e.decoded;
    totals[kind].count += 1;
  }
  console.log(JSON.stringify({ path, totals }));
  await context.close();
}
await browser.close();
