// The first map of a big city in headless Chromium: how long until its clusters are drawn and
// answer the keyboard, and the longest main-thread task (Long Tasks API) while the reader pans and
// zooms about. Prints one JSON line. Usage: node map-interactive.mjs BASE_URL   (used by bench.sh)
import { chromium } from '@playwright/test';

const [base] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});
await page.goto(base + '/');
// Interactive: the clusters of every idea are drawn and the first one is a focusable button.
await page.waitForFunction(() => {
  const map = document.querySelector('.home-map .leaflet-container');
  const cluster = document.querySelector('.home-map .idea-cluster');
  return map?.dataset.total && cluster && cluster.tabIndex >= 0;
}, null, { polling: 'raf', timeout: 30_000 });
const interactiveMs = await page.evaluate(() => performance.now());
const total = Number(await page.locator('.home-map .leaflet-container').getAttribute('data-total'));
const markers = await page.locator('.home-map .leaflet-marker-icon').count();

// Pan and zoom as a reader would: drags, arrow keys, zooming in and out, with the map's
// requests answered between the moves.
const panStart = await page.evaluate(() => performance.now());
const box = await page.locator('.home-map .leaflet-container').boundingBox();
const cx = box.x + box.width / 2;
const cy = box.y + box.height / 2;
for (let i = 0; i < 6; i++) {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + (i % 2 ? -180 : 180), cy + 60, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(250);
}
await page.locator('.home-map .leaflet-container').focus();
for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp', 'Equal', 'Equal', 'ArrowRight', 'Minus', 'ArrowDown', 'Minus']) {
  await page.keyboard.press(key);
  await page.waitForTimeout(300);
}
await page.waitForLoadState('networkidle');
const tasks = await page.evaluate(() => window.__longTasks);
const before = tasks.filter((t) => t.start < panStart);
const during = tasks.filter((t) => t.start >= panStart);
const longest = (list) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
console.log(JSON.stringify({
  total,
  markers,
  interactive_ms: Math.round(interactiveMs),
  longest_task_before_ms: longest(before),
  pan_longest_task_ms: longest(during),
  pan_tasks_over_50ms: during.length,
}));
await browser.close();
