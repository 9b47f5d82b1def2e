import { test, expect, waitForMap, screenshots } from '../fixtures/wijkidee';

test.describe('with JavaScript', () => {
  test('the pages hydrate without console errors', async ({ page, consoleErrors }, testInfo) => {
    await page.goto('/');
    await waitForMap(page);
    await expect(page.getByTestId('idea-list').getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    await screenshots(page, testInfo, 'home-visitor');

    await page.getByRole('link', { name: 'Wijken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wijken van Den Haag' })).toBeVisible();
    await screenshots(page, testInfo, 'wards');
    await page.getByRole('link', { name: /Schildersbuurt/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schildersbuurt' })).toBeVisible();
    await waitForMap(page);
    await screenshots(page, testInfo, 'ward-schildersbuurt');
    expect(consoleErrors).toEqual([]);
  });

  test('an unknown idea is a real 404 page', async ({ page }) => {
    const response = await page.goto('/ideeen/987654');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(page).toHaveTitle(/^Pagina niet gevonden/);
    // From there the islands router still brings in a whole page (the head has the same shape).
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wijken van Den Haag' })).toBeVisible();
    await expect(page).toHaveTitle(/^Wijken van Den Haag/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every read page is complete', async ({ page }, testInfo) => {
    await page.goto('/');
    const first = page.getByTestId('idea-list').getByRole('link').first();
    await expect(first).toBeVisible();
    // (The map's <noscript> note is not checked: Playwright disables scripts by emulation, so the
    // parser still treats <noscript> as scripting-on and never shows it.)
    await expect(page.getByRole('region', { name: 'Kaart van de wijken met ideeën' })).toBeAttached();
    await screenshots(page, testInfo, 'home-no-js');
    const title = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/geplaatst op/)).toBeVisible();
    await screenshots(page, testInfo, 'idea-no-js');

    await page.goto('/wijken/WK051829');
    await expect(page.getByRole('heading', { level: 1, name: 'Schildersbuurt' })).toBeVisible();
    await expect(page.getByTestId('ward-count')).toHaveText(/\d+ idee/);
    await page.goto('/wijken');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(44);
  });

  test('logging in works as a plain form', async ({ page }) => {
    await page.goto('/registreren');
    await page.getByLabel('E-mailadres').fill(`zonderjs${Date.now()}@example.nl`);
    await page.getByLabel('Naam die anderen zien').fill('Zonder JS');
    await page.getByLabel('Wachtwoord').fill('paarse-egel-op-de-fiets');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.account-name')).toContainText('Zonder JS');
    await expect(page.getByRole('heading', { name: 'Nieuw idee' })).toBeVisible();
  });
});
