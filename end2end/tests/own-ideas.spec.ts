import { test, expect, waitForMap, screenshots, Account } from '../fixtures/wijkidee';

// A resident's own ideas: change one while nobody has picked it up, find it on "Mijn ideeën" (opened
// from the name in the header), and withdraw it with a reason that then stands on its page.
test('a resident changes, finds and withdraws their own idea', async ({ page, consoleErrors }, testInfo) => {
  const stamp = Date.now() % 100000;
  const title = `Buurtbibliotheek bij de bushalte ${stamp}`;
  await new Account(page).register(`eigen${Date.now()}@example.nl`, 'Yara', 'paarse-egel-op-de-fiets');
  await page.goto('/');
  await waitForMap(page);
  const form = page.locator('.new-idea');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Beschrijving').fill('Een kastje met boeken om te ruilen, bij de halte waar iedereen wacht.');
  await form.getByLabel('Onderwerp').selectOption({ label: 'Ontmoeten' });
  await form.getByLabel(/Buurt/).selectOption({ label: 'Zuidwal (Centrum)' });
  await form.getByRole('button', { name: 'Idee plaatsen' }).click();
  await expect(page.getByTestId('idea-created')).toBeFocused();
  await page.getByTestId('idea-created').getByRole('link', { name: 'Bekijk idee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Change it: a new title and another buurt.
  const own = page.getByTestId('own-idea');
  await own.getByText('Idee aanpassen').click();
  const newTitle = `Ruilkast voor boeken bij de bushalte ${stamp}`;
  await own.getByLabel('Titel').fill(newTitle);
  await own.getByLabel('Andere buurt').selectOption({ label: 'Uilebomen (Centrum)' });
  await own.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  await expect(page.locator('.idea-facts')).toContainText('Uilebomen');
  await expect(page.getByTestId('timeline')).toContainText('paste het idee aan');
  await screenshots(page, testInfo, 'own-idea');

  // Found on their own page, from the name in the header.
  await page.getByTestId('account-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn ideeën' })).toBeVisible();
  await expect(page.getByTestId('my-written').getByRole('link', { name: newTitle })).toBeVisible();
  await expect(page.getByTestId('account-name')).toHaveText('Yara');
  await screenshots(page, testInfo, 'my-ideas');
  await page.getByTestId('my-written').getByRole('link', { name: newTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();

  // Withdrawn with a reason: the tools are gone, the reason is public.
  await page.getByTestId('own-idea').getByText('Idee intrekken').click();
  await page.getByLabel('Waarom trek je je idee in?').fill('De bibliotheek zet er zelf een kast neer.');
  await page.getByRole('button', { name: 'Ja, trek mijn idee in' }).click();
  await expect(page.locator('.idea-byline')).toContainText('Ingetrokken');
  await expect(page.getByTestId('timeline')).toContainText('De bibliotheek zet er zelf een kast neer.');
  await expect(page.getByTestId('own-idea')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
