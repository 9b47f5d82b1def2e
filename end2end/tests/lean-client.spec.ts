import { test, expect, waitForMap, answerOutsideHosts, Page } from '../fixtures/wijkidee';

// What a visitor's phone downloads of the app's own code: budgets that do not depend on the machine.
// The app's WebAssembly and JavaScript together, as sent (brotli), on a first visit; Leaflet's files
// are counted apart and only where there is a map.
const APP_CODE_BUDGET = 150 * 1024;

type Totals = Record<string, { transfer: number; count: number }>;

async function firstVisit(page: Page, path: string): Promise<Totals> {
  await page.goto(path, { waitUntil: 'networkidle' });
  const entries = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => ({ url: e.name, transfer: e.encodedBodySize })));
  const totals: Totals = {};
  for (const e of entries) {
    // The app's code: the WebAssembly (split into chunks per island), its JavaScript, the
    // manifest that says which chunk holds what, and the islands' texts in the page's language.
    const app = (e.url.includes('/pkg/') && !e.url.endsWith('.css')) || e.url.includes('/teksten/');
    const kind = e.url.includes('/leaflet/') ? 'leaflet'
      : app && e.url.endsWith('.wasm') ? 'wasm' : app ? 'js' : 'other';
    totals[kind] ??= { transfer: 0, count: 0 };
    totals[kind].transfer += e.transfer;
    totals[kind].count += 1;
  }
  return totals;
}

async function firstIdeaPath(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.getByTestId('idea-list').getByRole('link').first().getAttribute('href');
  return href!;
}

test.describe('a phone on its first visit', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true });

  test('downloads at most 150 KB of the app\'s own code on the home, an idea and a wijk page', async ({ browser }) => {
    const probe = await browser.newPage();
    await answerOutsideHosts(probe);
    const idea = await firstIdeaPath(probe);
    await probe.close();
    for (const path of ['/', idea, '/wijken/WK051829']) {
      // A fresh context each time: nothing cached.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
      const page = await context.newPage();
      await answerOutsideHosts(page);
      const totals = await firstVisit(page, path);
      const code = (totals.wasm?.transfer ?? 0) + (totals.js?.transfer ?? 0);
      console.log(`${path}: app code ${Math.round(code / 1024)} KB as sent, leaflet ${Math.round((totals.leaflet?.transfer ?? 0) / 1024)} KB`);
      expect(totals.wasm?.count ?? 0, `${path} loads the islands' WebAssembly`).toBeGreaterThan(0);
      expect(code, `${path}: the app's WebAssembly + JavaScript as sent`).toBeLessThanOrEqual(APP_CODE_BUDGET);
      await context.close();
    }
  });

  test('a page without a map does not load Leaflet', async ({ page }) => {
    await answerOutsideHosts(page);
    const totals = await firstVisit(page, '/wijken');
    expect(totals.leaflet?.count ?? 0).toBe(0);
  });
});

test('moving between pages with JavaScript does not load the document again', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await waitForMap(page);
  // A mark on the window survives only if the document stays the same one.
  await page.evaluate(() => { (window as any).__sameDocument = true; });
  await page.getByRole('navigation', { name: /Hoofdmenu|Menu/ }).getByRole('link', { name: 'Wijken' }).click();
  await expect(page).toHaveURL(/\/wijken$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Wijken');
  await page.getByRole('link', { name: 'Schildersbuurt' }).first().click();
  await expect(page).toHaveURL(/\/wijken\/WK/);
  await waitForMap(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/wijken$/);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('an idea page does not move when its islands wake up (slow CPU and network)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await answerOutsideHosts(page);
  const idea = await firstIdeaPath(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) {
        if (!entry.hadRecentInput) (window as any).__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(idea, { waitUntil: 'networkidle' });
  await waitForMap(page);
  await page.waitForTimeout(1500);
  const shift = await page.evaluate(() => (window as any).__shift);
  console.log(`idea page layout shift: ${shift.toFixed(3)}`);
  expect(shift).toBeLessThan(0.05);
  await context.close();
});
