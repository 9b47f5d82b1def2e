import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForMap, screenshots } from '../fixtures/wijkidee';

// A city with 5,000 ideas, on a server of its own (the other tests keep the demo's few): the map
// clusters them, a cluster opens by keyboard, and a single marker opens its idea.
const binary = '../target/release/wijkidee';
const port = 3290;
let dir: string;
let server: ChildProcess;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wijkidee-map-'));
  const db = `sqlite://${dir}/city.db`;
  execFileSync(binary, ['demo', 'seed', '--ideas', '5000', '--database-url', db]);
  server = spawn(binary, ['serve', '--addr', `127.0.0.1:${port}`, '--database-url', db, '--site-root', '../target/site']);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the seeded server did not start');
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('5,000 ideas: clusters that add up, opened by keyboard, down to one idea', async ({ page, consoleErrors }, testInfo) => {
  await page.goto(`http://127.0.0.1:${port}/`);
  await waitForMap(page);
  const map = page.locator('.home-map .leaflet-container');
  await expect(map).toHaveAttribute('data-total', '5000');
  const clusters = page.locator('.home-map .idea-cluster');
  await expect(clusters.first()).toBeVisible();
  // Never a marker per idea: a few hundred elements at most.
  const markers = await page.locator('.home-map .leaflet-marker-icon').count();
  expect(markers).toBeLessThanOrEqual(300);
  await screenshots(page, testInfo, 'clusters');

  // A cluster is a named button; Enter zooms into it and keeps the keyboard on the map.
  const zoomBefore = Number(await map.getAttribute('data-zoom'));
  const first = clusters.first();
  await expect(first).toHaveAttribute('aria-label', /^\d+ ideeën (in .+|hier)$/);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore);
  await expect(map).toBeFocused();

  // Zoomed in far enough, an idea is its own marker, and opens its popup and page.
  for (let i = 0; i < 6 && (await page.locator('.home-map .idea-pin').count()) === 0; i++) {
    await page.locator('.home-map .idea-cluster').first().click();
    await page.waitForTimeout(500);
  }
  // Let the view's last answer arrive before opening a marker.
  await page.waitForLoadState('networkidle');
  const first_pin = page.locator('.home-map .idea-pin').first();
  await expect(first_pin).toHaveAttribute('aria-label', /^Idee: .+, .+$/);
  // By its name: opening the popup pans the map, and the markers drawn after it come in another order.
  const name = (await first_pin.getAttribute('aria-label'))!;
  const pin = page.locator('.home-map').getByRole('button', { name, exact: true }).first();
  await pin.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(pin).toBeFocused();
  await pin.click();
  await popup.getByRole('link', { name: 'Bekijk dit idee' }).click();
  await expect(page).toHaveURL(/\/ideeen\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
