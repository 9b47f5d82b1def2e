// Every resident's language: the switch on every page (with and without JavaScript), Arabic right
// to left with the layout mirrored, screenshots of the main pages in all five languages at desktop
// and phone width (kept in test-results/: look at them), and the accessibility audit in each.
import { test, expect, waitForMap, expectAccessible, newProfessional, Page } from '../fixtures/wijkidee';
import { TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';

const LANGUAGES = [
  { tag: 'nl', name: 'Nederlands', dir: 'ltr' },
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'tr', name: 'Türkçe', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
  { tag: 'pl', name: 'Polski', dir: 'ltr' },
];

/** A one-line text of a translation file (`Key = text`), as the page shows it. */
function text(tag: string, key: string): string {
  const file = readFileSync(`../app/locales/${tag}.ftl`, 'utf8');
  const line = file.split('\n').find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`${key} is not a one-line text in ${tag}.ftl`);
  return line.slice(key.length + 3).trim();
}

async function switchTo(page: Page, language: { tag: string; name: string; dir: string }) {
  await page.getByRole('navigation', { name: text(currentTag(await page.locator('html').getAttribute('lang')), 'LanguageNavLabel') })
    .getByRole('link', { name: language.name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language.tag);
  await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
}

const currentTag = (lang: string | null) => lang ?? 'nl';

async function screenshotsIn(page: Page, testInfo: TestInfo, name: string) {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    const tag = currentTag(await page.locator('html').getAttribute('lang'));
    await page.screenshot({ path: testInfo.outputPath(`${name}-${tag}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a visitor switches to Arabic and back on the home page and an idea page', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/');
  await waitForMap(page);
  await switchTo(page, LANGUAGES[3]);
  await waitForMap(page);
  // Arabic texts from the server, and in the map's island (its texts come from the page's script).
  await expect(page.getByRole('navigation', { name: text('ar', 'NavMainLabel') })).toBeVisible();
  await expect(page.locator('.leaflet-control-zoom-in')).toHaveAttribute('aria-label', text('ar', 'MapZoomIn'));
  // A mirrored layout: the site's name on the right, the account links on the left, the map's
  // zoom buttons on its right-hand side.
  const brand = await page.locator('.brand').boundingBox();
  const account = await page.locator('.account').boundingBox();
  expect(brand!.x, 'the site name stands on the right').toBeGreaterThan(account!.x);
  const map = await page.locator('.leaflet-container').first().boundingBox();
  const zoom = await page.locator('.leaflet-control-zoom').boundingBox();
  expect(zoom!.x - map!.x, 'zoom buttons on the right').toBeGreaterThan(map!.width / 2);
  await screenshotsIn(page, testInfo, 'home');

  await page.getByTestId('idea-list').getByRole('link').first().click();
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveAttribute('dir', 'auto');
  await screenshotsIn(page, testInfo, 'idea');
  await switchTo(page, LANGUAGES[0]);
  await waitForMap(page);
  await expect(page.getByRole('heading', { name: text('nl', 'CommentsTitle'), exact: false }).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch works as a plain link and keeps the page', async ({ page }) => {
    await page.goto('/wijken');
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/wijken$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'WardsTitle'));
    await page.getByRole('link', { name: 'Polski' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('pl', 'WardsTitle'));
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('nl', 'WardsTitle'));
  });
});

test('every language: screenshots and the accessibility audit of the public pages', async ({ page, consoleErrors }, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/');
  for (const language of LANGUAGES) {
    await page.goto('/');
    await switchTo(page, language);
    await waitForMap(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language.tag, 'HomeTitle'));
    await expectAccessible(page, `/ in ${language.tag}`);
    await screenshotsIn(page, testInfo, 'home');
    await page.goto('/wijken/WK051829');
    await waitForMap(page);
    await expectAccessible(page, `a wijk in ${language.tag}`);
    await page.goto('/registreren');
    await expectAccessible(page, `/registreren in ${language.tag}`);
  }
  await switchTo(page, LANGUAGES[0]);
  expect(consoleErrors).toEqual([]);
});

test('a professional works in Turkish and Arabic on the workbench and keeps the choice', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const pro = await newProfessional(browser, 'Yusuf');
  const errors: string[] = [];
  pro.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await pro.goto('/werkbank');
  await switchTo(pro, LANGUAGES[2]);
  await expect(pro.getByRole('heading', { level: 1 })).toHaveText(text('tr', 'BenchTitle'));
  await screenshotsIn(pro, testInfo, 'workbench');
  await switchTo(pro, LANGUAGES[3]);
  await expect(pro.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'BenchTitle'));
  await pro.goto('/werkbank?wijk=WK051829&lijst=niet-opgepakt');
  await expect(pro.locator('#lijst-heading')).toContainText(text('ar', 'BenchUnclaimed'));
  await expectAccessible(pro, 'a workbench list in Arabic');
  await screenshotsIn(pro, testInfo, 'workbench-list');
  // An idea of its own to claim: the demo's few open ideas in the Schilderswijk may have been
  // claimed by earlier tests, and then the list above is empty.
  const created = await pro.request.post('/api/ideas/create', {
    form: { title: 'Bloembakken langs de Hobbemastraat', description: 'Meer groen in de straat.', category: 'groen', buurt: 'BU05182915' },
  });
  expect(created.status()).toBe(200);
  await pro.goto(`/ideeen/${(await created.json()).id}`);
  await waitForMap(pro);
  await pro.getByTestId('claim').click();
  await expect(pro.getByTestId('claims')).toContainText('Yusuf');
  await expectAccessible(pro, 'an idea with the professionals\' tools in Arabic');
  await screenshotsIn(pro, testInfo, 'idea-professional');
  expect(errors).toEqual([]);
});
