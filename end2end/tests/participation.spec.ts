import { test, expect, waitForMap, screenshots, Account, Page } from '../fixtures/wijkidee';
import { Browser } from '@playwright/test';

const PASSWORD = 'paarse-egel-op-de-fiets';
const unique = () => `${Date.now() % 1000000}${Math.floor(Math.random() * 1000)}`;

/** A resident in a browser context of their own (their own cookies). */
async function resident(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, body: '' }));
  await new Account(page).register(`${name.toLowerCase()}${unique()}@example.nl`, name, PASSWORD);
  return page;
}

/** Posts an idea in a buurt (the route without the map) and opens its page; returns its path. */
async function postIdea(page: Page, title: string, buurt: string): Promise<string> {
  await page.goto('/');
  await waitForMap(page);
  const form = page.locator('.new-idea');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Beschrijving').fill('Een idee om de buurt fijner te maken, met uitleg erbij.');
  await form.getByLabel('Onderwerp').selectOption({ label: 'Groen' });
  await form.getByLabel(/Buurt/).selectOption({ label: buurt });
  await form.getByRole('button', { name: 'Idee plaatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je idee staat erop' })).toBeVisible();
  await page.getByTestId('idea-list').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('a resident supports an idea and sees the count change', async ({ page, consoleErrors }, testInfo) => {
  await new Account(page).register(`steun${unique()}@example.nl`, 'Noor', PASSWORD);
  // Someone else's idea that still takes support: the newest submitted one.
  await page.goto('/?sorteer=nieuw&status=ingediend');
  await waitForMap(page);
  await page.getByTestId('idea-list').getByRole('link').first().click();
  await expect(page.getByTestId('support-count')).toBeVisible();
  const before = Number((await page.getByTestId('support-count').innerText()).match(/\d+/)![0]);
  await page.getByTestId('support').click();
  await expect(page.getByTestId('support-count')).toHaveText(new RegExp(`^${before + 1} steunbetuiging`));
  await expect(page.getByText('Je steunt dit idee.')).toBeVisible();
  // Focus stays where the reader is (on the button that took the pressed one's place), and the
  // status line says it worked.
  await expect(page.getByTestId('withdraw-support')).toBeFocused();
  await expect(page.locator('#gelukt')).toHaveText('Je steunt dit idee nu.');
  await screenshots(page, testInfo, 'idea-supported');
  await page.getByTestId('withdraw-support').click();
  await expect(page.getByTestId('support-count')).toHaveText(new RegExp(`^${before} steunbetuiging`));
  expect(consoleErrors).toEqual([]);
});

test('residents comment and reply, and the follower gets a notification', async ({ browser }, testInfo) => {
  const author = await resident(browser, 'Fenna');
  const title = `Plantenbakken op het plein ${unique()}`;
  const path = await postIdea(author, title, 'Zuidwal (Centrum)');

  const neighbour = await resident(browser, 'Karim');
  await neighbour.goto(path);
  await waitForMap(neighbour);
  await neighbour.getByLabel('Jouw reactie').fill('Goed plan! Kijk ook eens op www.denhaag.nl voor subsidie.');
  await neighbour.getByRole('button', { name: 'Reactie plaatsen' }).click();
  const comment = neighbour.getByTestId('comment').filter({ hasText: 'Goed plan!' });
  await expect(comment).toBeVisible();
  await expect(comment.getByRole('link', { name: 'www.denhaag.nl' })).toHaveAttribute('href', 'https://www.denhaag.nl');
  await expect(neighbour.getByLabel('Jouw reactie')).toHaveValue('');

  // The author sees the bell, reads the notification and answers in the thread.
  await author.goto('/');
  await expect(author.getByTestId('unread-count')).toContainText('1');
  await author.getByTestId('bell').click();
  const notification = author.getByTestId('notification').first();
  await expect(notification).toContainText(`Karim reageerde op ‘${title}’`);
  await screenshots(author, testInfo, 'notifications');
  await notification.getByRole('link').click();
  await expect(author.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await author.locator('.reply-tool summary').first().click();
  await author.getByLabel('Jouw antwoord').fill('Dank je, goede tip!');
  await author.getByRole('button', { name: 'Antwoord plaatsen' }).click();
  await expect(author.locator('.comment-replies .comment-body').getByText('Dank je, goede tip!')).toBeVisible();
  await screenshots(author, testInfo, 'comments');

  // The commenter follows the idea now, so the answer reaches them.
  await neighbour.goto('/meldingen');
  await expect(neighbour.getByTestId('notification').first()).toContainText(`Fenna reageerde op ‘${title}’`);
  await neighbour.getByTestId('mark-all-read').click();
  await expect(neighbour.getByTestId('unread-count')).toHaveCount(0);
  await author.context().close();
  await neighbour.context().close();
});

/** What the map draws, counted: single markers plus the numbers in the clusters. */
async function ideasOnMap(page: Page): Promise<number> {
  const pins = await page.locator('.home-map .leaflet-marker-icon.idea-pin').count();
  const clusters = await page.locator('.home-map .leaflet-marker-icon.idea-cluster').allTextContents();
  return clusters.reduce((sum, text) => sum + Number(text.trim()), pins);
}

/** The list's total, from its heading ("(7 ideeën)"). */
async function listTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('idea-count').textContent();
  return Number((text ?? '').replace(/\D+/g, ''));
}

async function expectMarkersInside(page: Page) {
  await page.waitForTimeout(400); // Leaflet animates the zoom
  const box = await page.locator('.home-map .leaflet-container').boundingBox();
  const pins = page.locator('.home-map .leaflet-marker-icon.idea-pin, .home-map .leaflet-marker-icon.idea-cluster');
  for (let i = 0; i < (await pins.count()); i++) {
    const pin = await pins.nth(i).boundingBox();
    expect(pin && box && pin.x >= box.x && pin.y >= box.y && pin.x + pin.width <= box.x + box.width
      && pin.y + pin.height <= box.y + box.height, `marker ${i} inside the map`).toBeTruthy();
  }
}

test('filtering by wijk shows only that wijk on the list and the map', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/');
  await waitForMap(page);
  // The whole city first: the outlines (drawn as SVG paths) are fitted into view.
  const map = page.locator('.home-map .leaflet-container');
  await expect(map.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  await page.waitForTimeout(400); // Leaflet animates the zoom
  const cityZoom = Number(await map.getAttribute('data-zoom'));
  await page.locator('.filter-bar').getByLabel('Wijk').selectOption({ label: 'Centrum' });
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(/wijk=WK/);
  const cards = page.getByTestId('idea-list').getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    await expect(cards.nth(i).locator('.idea-card-place')).toContainText('Centrum');
  }
  // The map shows every idea the list finds (the list pages through them): markers and the counts
  // of clusters add up to the list's total.
  const total = await listTotal(page);
  expect(total).toBeGreaterThanOrEqual(count);
  await expect.poll(() => ideasOnMap(page)).toBe(total);
  // …and moves to them: closer than the whole city, every marker inside the map.
  await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(cityZoom);
  await expectMarkersInside(page);
  await screenshots(page, testInfo, 'filtered-by-wijk');

  // The same view from its address alone.
  await page.goto(page.url());
  await waitForMap(page);
  await expect.poll(() => ideasOnMap(page)).toBe(total);
  await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(cityZoom);
  await expectMarkersInside(page);
  expect(consoleErrors).toEqual([]);
});

test('typing a title like an idea nearby shows "Bestaat dit idee al?"', async ({ page, consoleErrors }) => {
  await new Account(page).register(`dubbel${unique()}@example.nl`, 'Joris', PASSWORD);
  const title = `Watertappunt in het park ${unique()}`;
  await postIdea(page, title, 'Uilebomen (Centrum)');
  await page.goto('/');
  await waitForMap(page);
  const form = page.locator('.new-idea');
  await form.getByLabel(/Buurt/).selectOption({ label: 'Uilebomen (Centrum)' });
  await form.getByLabel('Titel').fill('Een watertappunt voor het park');
  const hint = page.getByTestId('similar-ideas');
  await expect(hint).toContainText('Bestaat dit idee al?');
  await expect(hint.getByRole('link', { name: title })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
