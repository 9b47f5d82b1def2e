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
  await expect(pinState).toHaveText(/Speld geplaatst/);
  await expect(page.locator('.leaflet-marker-icon[title="Plek van je nieuwe idee"]')).toBeVisible();

  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschrijving').fill('Ouders zitten nu op de rand van de zandbak. Twee bankjes in de schaduw graag.');
  await page.locator('.new-idea').getByLabel('Onderwerp').selectOption({ label: 'Ontmoeten' });
  await page.getByRole('button', { name: 'Idee plaatsen' }).click();

  await expect(page.getByRole('status')).toContainText('Je idee staat erop');
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
  await page.getByTestId('idea-list').getByRole('link', { name: title }).click();
  await expect(page.getByRole('link', { name: 'Centrum' })).toBeVisible();
  await expect(page.getByText('Zuidwal')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the pin can be placed with the keyboard', async ({ page, consoleErrors }) => {
  await new Account(page).register(`pijltjes${Date.now()}@example.nl`, 'Lieke', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  const map = page.locator('.home-map .leaflet-container');
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin-state')).toHaveText(/Speld geplaatst/);
  await expect(page.locator('.leaflet-marker-icon[title="Plek van je nieuwe idee"]')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
