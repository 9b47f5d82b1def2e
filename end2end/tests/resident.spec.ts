import { test, expect, waitForMap, screenshots, Account } from '../fixtures/wijkidee';

test('a resident registers, drops a pin on the map and posts an idea', async ({ page, consoleErrors }, testInfo) => {
  const title = `Bankjes bij de speeltuin ${Date.now() % 100000}`;
  await new Account(page).register(`bewoner${Date.now()}@example.nl`, 'Sanne', 'paarse-egel-op-de-fiets');

  await page.goto('/');
  await waitForMap(page);
  const pinState = page.getByTestId('pin-state');
  await expect(pinState).toHaveText(/Nog geen speld/);

  // Click an empty spot in the east of the city (Leidschenveen, where the demo has no ideas), so the
  // click lands on the map and not on an idea's marker.
  const map = page.locator('.home-map .leaflet-container');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.84, box.y + box.height * 0.54);
  // The pin's state names where it landed (asked of the server as the pin drops).
  await expect(pinState).toHaveText(/Speld geplaatst in \S+/);
  await expect(page.locator('.leaflet-marker-icon[title="Plek van je nieuwe idee"]')).toBeVisible();

  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschrijving').fill('Ouders zitten nu op de rand van de zandbak. Twee bankjes in de schaduw graag.');
  await page.locator('.new-idea').getByLabel('Onderwerp').selectOption({ label: 'Ontmoeten' });
  await page.getByRole('button', { name: 'Idee plaatsen' }).click();

  // The confirmation appears where the reader is, takes focus, is announced, and links to the idea.
  const created = page.getByTestId('idea-created');
  await expect(created.getByRole('status')).toContainText('Je idee staat erop');
  await expect(created).toBeFocused();
  await expect(created.getByRole('link', { name: 'Bekijk idee' })).toHaveAttribute('href', /^\/ideeen\/\d+$/);
  const listItem = page.getByTestId('idea-list').getByRole('link', { name: title });
  await expect(listItem).toBeVisible();
  await expect(page.locator(`.leaflet-marker-icon[title="${title}"]`)).toBeVisible();
  await expect(pinState).toHaveText(/Nog geen speld/);
  await screenshots(page, testInfo, 'home-after-posting');

  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('idea-list').getByRole('link', { name: title })).toBeVisible();
  await expect(page.locator(`.leaflet-marker-icon[title="${title}"]`)).toBeVisible();

  // The marker's popup links to the idea, and so does the list.
  await page.locator(`.leaflet-marker-icon[title="${title}"]`).click();
  await expect(page.locator('.leaflet-popup').getByText(title)).toBeVisible();
  await page.getByTestId('idea-list').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('door Sanne')).toBeVisible();
  await waitForMap(page);
  await screenshots(page, testInfo, 'idea-page');

  expect(consoleErrors).toEqual([]);
});

test('a bad title gets a clear message beside the field, and nothing is posted', async ({ page, consoleErrors }) => {
  await new Account(page).register(`kort${Date.now()}@example.nl`, 'Kim', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  const before = await page.getByTestId('idea-list').getByRole('listitem').count();
  await page.getByLabel('Titel').fill('Kort');
  await page.getByLabel('Beschrijving').fill('Iets');
  await page.locator('.new-idea').getByLabel('Onderwerp').selectOption({ label: 'Groen' });
  await page.getByRole('combobox', { name: /Buurt/ }).selectOption({ label: 'Uilebomen (Centrum)' });
  await page.getByRole('button', { name: 'Idee plaatsen' }).click();
  await expect(page.getByText('De titel is te kort')).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('idea-list').getByRole('listitem')).toHaveCount(before);
  // The refusal is a real HTTP 400, which the browser itself logs; nothing else may be logged.
  expect(consoleErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});

test('without the map: an idea placed by choosing a buurt', async ({ page, consoleErrors }) => {
  const title = `Fietsnietjes bij de Grote Markt ${Date.now() % 100000}`;
  await new Account(page).register(`toetsenbord${Date.now()}@example.nl`, 'Ahmed', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschrijving').fill('Fietsen staan overal tegen de gevels.');
  await page.locator('.new-idea').getByLabel('Onderwerp').selectOption({ label: 'Verkeer en veiligheid' });
  await page.getByRole('combobox', { name: /Buurt/ }).selectOption({ label: 'Zuidwal (Centrum)' });
  await page.getByRole('button', { name: 'Idee plaatsen' }).click();
  // Wait for the page to show the new idea before following its link (the list is patched in).
  await expect(page.getByTestId('idea-created')).toBeFocused();
  await page.getByTestId('idea-list').getByRole('link', { name: title }).click();
  await expect(page.getByRole('link', { name: 'Centrum' })).toBeVisible();
  await expect(page.locator('.idea-facts').getByText('Zuidwal', { exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the pin can be placed with the keyboard, with a crosshair where Enter drops it', async ({ page, consoleErrors }) => {
  await new Account(page).register(`pijltjes${Date.now()}@example.nl`, 'Lieke', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  const map = page.locator('.home-map .leaflet-container');
  const crosshair = () => map.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await crosshair()).toBe('none');
  // The zoom buttons speak the page's language.
  await expect(page.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', 'Inzoomen');
  await expect(page.locator('.leaflet-control-zoom-out')).toHaveAttribute('aria-label', 'Uitzoomen');
  // Reach the map by keyboard (Tab from the skip link lands on it): the crosshair shows.
  await page.locator('.home-map .map-skip').focus();
  await page.keyboard.press('Tab');
  await expect(map).toBeFocused();
  expect(await crosshair()).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin-state')).toHaveText(/Speld geplaatst in/);
  await expect(page.locator('.leaflet-marker-icon[title="Plek van je nieuwe idee"]')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the skip link passes the map in one step, to the new idea', async ({ page, consoleErrors }) => {
  await new Account(page).register(`overslaan${Date.now()}@example.nl`, 'Joris', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  const skip = page.locator('.home-map .map-skip');
  await skip.focus();
  await expect(skip).toBeVisible();
  await expect(skip).toHaveText('Sla de kaart over');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Titel')).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('the form names every problem at once, and a pin outside the city is refused where it lands', async ({ page, consoleErrors }) => {
  await new Account(page).register(`alles${Date.now()}@example.nl`, 'Noor', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  const requests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/ideas/create')) requests.push(r.url()); });
  await page.getByLabel('Titel').fill('Kort');
  await page.getByRole('button', { name: 'Idee plaatsen' }).click();
  const form = page.locator('.new-idea');
  await expect(form.getByText('De titel is te kort')).toBeVisible();
  await expect(form.getByText('Beschrijf je idee in een paar zinnen.')).toBeVisible();
  await expect(form.getByText('Kies een onderwerp uit de lijst.')).toBeVisible();
  await expect(form.getByText('Plaats een speld op de kaart of kies een buurt.')).toBeVisible();
  await expect(page.getByLabel('Titel')).toBeFocused();
  for (const label of ['Titel', 'Beschrijving']) {
    await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
  }
  expect(requests).toEqual([]);

  // Zoomed out far, a click in the corner of the map is outside Den Haag: the pin is lifted at once.
  const map = page.locator('.home-map .leaflet-container');
  for (let i = 0; i < 8 && Number(await map.getAttribute('data-zoom')) > 9; i++) {
    await page.locator('.leaflet-control-zoom-out').click();
    await page.waitForTimeout(400);
  }
  expect(Number(await map.getAttribute('data-zoom'))).toBeLessThanOrEqual(9);
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.9);
  await expect(page.getByTestId('pin-state')).toHaveText(/buiten de gemeente/);
  await expect(page.locator('.leaflet-marker-icon[title="Plek van je nieuwe idee"]')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
