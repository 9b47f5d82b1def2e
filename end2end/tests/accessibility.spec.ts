// WCAG 2.1 AA, as far as a machine can check it: axe-core's rules for levels A and AA run on every
// page a visitor, a professional and an administrator reach, at desktop and phone width, with the
// professionals' tools opened. A manual audit still has to do the rest (meaning, order, wording).
import { test, expect, waitForMap, answerOutsideHosts, expectAccessible, Page } from '../fixtures/wijkidee';
import { execFileSync } from 'node:child_process';

const PASSWORD = 'paarse-egel-op-de-fiets';
const unique = () => `${Date.now() % 1000000}${Math.floor(Math.random() * 1000)}`;

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.locator('.account-name')).toBeVisible();
}

test('the public pages meet WCAG 2.1 AA rules', async ({ page, consoleErrors }) => {
  for (const path of ['/', '/?wijk=WK051829&sorteer=meeste-steun', '/wijken', '/wijken/WK051829', '/inloggen', '/registreren']) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('idea-list').getByRole('link').first().click();
  await waitForMap(page);
  await expectAccessible(page, 'an idea page');
  expect(consoleErrors).toEqual([]);

  // A resident's own pages and tools: the new-idea form with every problem shown, their own idea
  // with its tools open, the messages part, and "Mijn ideeën".
  await page.goto('/registreren');
  await page.getByLabel('E-mailadres').fill(`toegankelijk${unique()}@example.nl`);
  await page.getByLabel('Naam die anderen zien').fill('Lotte');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await expect(page.locator('.account-name')).toContainText('Lotte');
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Idee plaatsen' }).click();
  await expect(page.locator('.new-idea').getByText('Beschrijf je idee in een paar zinnen.')).toBeVisible();
  await expectAccessible(page, 'the new-idea form with every problem shown');
  const form = page.locator('.new-idea');
  await form.getByLabel('Titel').fill(`Zitbank bij de tramhalte ${unique()}`);
  await form.getByLabel('Beschrijving').fill('Ouderen wachten hier lang op de tram.');
  await form.getByLabel('Onderwerp').selectOption({ label: 'Ontmoeten' });
  await form.getByLabel(/Buurt/).selectOption({ label: 'Zuidwal (Centrum)' });
  await form.getByRole('button', { name: 'Idee plaatsen' }).click();
  await expect(page.getByTestId('idea-created')).toBeFocused();
  await expectAccessible(page, 'the home page after posting an idea');
  await page.getByTestId('idea-created').getByRole('link').click();
  await waitForMap(page);
  await page.getByTestId('own-idea').getByText('Idee aanpassen').click();
  await page.getByTestId('own-idea').getByText('Idee intrekken').click();
  await expectAccessible(page, 'an own idea with its tools open');
  await page.goto('/mijn-ideeen');
  await expectAccessible(page, '/mijn-ideeen');
  expect(consoleErrors).toEqual([]);

  // Last, as its 404 status is (rightly) a console error.
  await page.goto('/bestaat-niet');
  await expectAccessible(page, 'the page for an unknown address');
});

test('the professionals\' and the administrator\'s pages meet WCAG 2.1 AA rules', async ({ page, browser, consoleErrors }) => {
  // An administrator from the command line invites a professional for the demo's Schilderswijk.
  const adminEmail = `beheer${unique()}@gemeente.example`;
  const out = execFileSync('../target/release/wijkidee', [
    'admin', 'create', '--email', adminEmail, '--name', 'Beheer', '--database-url', process.env.WIJKIDEE_E2E_DATABASE_URL!,
  ], { encoding: 'utf8', env: { ...process.env, RUST_LOG: 'error' } });
  await logIn(page, adminEmail, out.match(/Wachtwoord[^:]*: (\S+)/)![1]);
  await page.goto('/beheer');
  await expectAccessible(page, '/beheer');
  await expect(page.locator('[data-testid="invite-form"][data-ready="true"]')).toBeVisible();
  await page.getByLabel('E-mailadres').fill(`noor${unique()}@gemeente.example`);
  await page.getByLabel('Rol', { exact: true }).selectOption('professional');
  await page.getByLabel('Functie', { exact: true }).selectOption('wijkmanager');
  await page.getByLabel('Zoek een wijk').fill('schilders');
  await page.getByRole('checkbox', { name: 'Schildersbuurt' }).check();
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await page.getByTestId('invite-link').inputValue();
  await expectAccessible(page, '/beheer with an invitation made');

  const pro = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  pro.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  await answerOutsideHosts(pro);
  await pro.goto(link);
  await expectAccessible(pro, 'the invitation');
  await pro.getByLabel('Naam die anderen zien').fill('Noor');
  await pro.getByLabel('Wachtwoord').fill(PASSWORD);
  await pro.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
  await expect(pro.getByRole('status').filter({ hasText: 'Welkom' })).toBeVisible();

  await pro.goto('/werkbank');
  await expectAccessible(pro, '/werkbank');
  await pro.goto('/werkbank?wijk=WK051829&lijst=niet-opgepakt');
  await expectAccessible(pro, 'a workbench list');
  await pro.locator('main a[href^="/ideeen/"]').first().click();
  await waitForMap(pro);
  await pro.getByTestId('claim').click();
  await expect(pro.getByTestId('claims')).toContainText('Noor');
  await pro.getByText('Status wijzigen', { exact: true }).first().click();
  await expect(pro.getByLabel('Nieuwe status')).toBeVisible();
  await expectAccessible(pro, 'an idea with the professionals\' tools open');
  await pro.goto('/meldingen');
  await expectAccessible(pro, '/meldingen');
  // The administrator's page for one professional.
  await page.goto('/beheer');
  await page.getByTestId('staff').getByRole('link', { name: /Noor/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noor wijzigen' })).toBeVisible();
  await expectAccessible(page, 'an administrator changes a professional');
  expect(consoleErrors).toEqual([]);
});
