// The open data as a reuser meets it: the footer leads to /open-data, whose examples answer with
// the formats they promise; the page passes the accessibility audit in Dutch and in Arabic (right
// to left, with long URLs that must wrap on a phone); screenshots kept in test-results/.
import { test, expect, expectAccessible, screenshots } from '../fixtures/wijkidee';

test('a reuser finds the open data from the footer and every example answers', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/wijken');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expect(page.getByRole('link', { name: 'CC0 1.0' })).toHaveAttribute('rel', 'license');
  await expectAccessible(page, '/open-data');
  await screenshots(page, testInfo, 'open-data');

  // No example URL widens the page on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  const examples = await page.locator('a.example-url').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(examples.length).toBeGreaterThanOrEqual(6);
  for (const href of examples) {
    const answer = await page.request.get(href);
    expect(answer.status(), href).toBe(200);
    const type = answer.headers()['content-type'];
    if (href.endsWith('.atom')) expect(type).toContain('application/atom+xml');
    if (href.includes('.geojson')) expect((await answer.json()).type).toBe('FeatureCollection');
    if (href.includes('.csv')) expect((await answer.text()).split('\r\n')[0]).toContain('id,title,description');
  }
  // The page names its feed for a reader's browser, and the JSON-LD is there for harvesters.
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feeds/stad.atom');
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
  expect(jsonLd['@type']).toBe('dcat:Catalog');
  expect(consoleErrors).toEqual([]);
});

test('the open-data page in Arabic reads right to left and passes the audit', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/open-data');
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('البيانات المفتوحة');
  await expectAccessible(page, '/open-data in Arabic');
  await screenshots(page, testInfo, 'open-data-ar');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(consoleErrors).toEqual([]);
});

test('an administrator issues a key for another system, sees it once, and revokes it', async ({ page, consoleErrors }, testInfo) => {
  const { execFileSync } = await import('node:child_process');
  const email = `sleutels${Date.now() % 1000000}@gemeente.example`;
  const out = execFileSync('../target/release/wijkidee', [
    'admin', 'create', '--email', email, '--name', 'Beheer', '--database-url', process.env.WIJKIDEE_E2E_DATABASE_URL!,
  ], { encoding: 'utf8', env: { ...process.env, RUST_LOG: 'error' } });
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(out.match(/Wachtwoord[^:]*: (\S+)/)![1]);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.locator('.account-name')).toBeVisible();
  await page.goto('/beheer');
  const section = page.getByTestId('api-keys');
  await section.getByLabel('Naam van het systeem').fill('Meldingen-app');
  await section.getByRole('button', { name: 'Sleutel maken' }).click();
  const key = await section.getByTestId('api-key').inputValue();
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  await screenshots(page, testInfo, 'api-key-issued');
  // Another system posts an idea with it.
  const posted = await page.request.post('/open311/v2/requests.json', {
    form: { api_key: key, service_code: 'groen', lat: '52.0672', long: '4.2978', description: 'Geveltuintjes in de straat\nVia de meldingen-app.' },
  });
  expect(posted.status()).toBe(201);
  // Shown once: the next page no longer has it.
  await page.reload();
  await expect(section.getByTestId('api-key')).toHaveCount(0);
  await expect(section.getByTestId('api-key-row').first()).toContainText('Meldingen-app');
  await section.getByTestId('api-key-row').first().getByRole('button', { name: 'Sleutel intrekken' }).click();
  await expect(section.getByTestId('api-key-row').first()).toContainText('ingetrokken op');
  const refused = await page.request.post('/open311/v2/requests.json', {
    form: { api_key: key, service_code: 'groen', lat: '52.0672', long: '4.2978', description: 'Nog een melding' },
  });
  expect(refused.status()).toBe(403);
  expect(consoleErrors).toEqual([]);
});
