import { test, expect, waitForMap, screenshots, answerOutsideHosts, Account, Page } from '../fixtures/wijkidee';
import { execFileSync } from 'node:child_process';
import { Browser } from '@playwright/test';

const PASSWORD = 'paarse-egel-op-de-fiets';
const unique = () => `${Date.now() % 1000000}${Math.floor(Math.random() * 1000)}`;

/** The first administrator, made with the command line as a gemeente would. */
function createAdministrator(email: string): string {
  const out = execFileSync('../target/release/wijkidee', [
    'admin', 'create', '--email', email, '--name', 'Beheer', '--database-url', process.env.WIJKIDEE_E2E_DATABASE_URL!,
  ], { encoding: 'utf8', env: { ...process.env, RUST_LOG: 'error' } });
  return out.match(/Wachtwoord[^:]*: (\S+)/)![1];
}

/** Console errors of every page this test opens (a failed hydration shows up here). */
const consoleErrors: string[] = [];

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`); });
  page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err}`));
  await answerOutsideHosts(page);
  return page;
}

/** A new administrator (from the command line), logged in in a page of their own. */
async function newAdministrator(browser: Browser): Promise<Page> {
  const email = `beheer${unique()}@gemeente.example`;
  const password = createAdministrator(email);
  const admin = await newPage(browser);
  await admin.goto('/inloggen');
  await admin.getByLabel('E-mailadres').fill(email);
  await admin.getByLabel('Wachtwoord').fill(password);
  await admin.getByRole('button', { name: 'Inloggen' }).click();
  await expect(admin.locator('.account-name')).toContainText('Beheer');
  return admin;
}

test('an administrator invites a professional who takes an idea through the workflow', async ({ browser }, testInfo) => {
  // A resident's idea in the Schilderswijk.
  const resident = await newPage(browser);
  await new Account(resident).register(`bewoner${unique()}@example.nl`, 'Saskia', PASSWORD);
  const title = `Moestuin achter de school ${unique()}`;
  await resident.goto('/');
  await waitForMap(resident);
  const form = resident.locator('.new-idea');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Beschrijving').fill('Kinderen en buren kweken samen groente.');
  await form.getByLabel('Onderwerp').selectOption({ label: 'Groen' });
  await form.getByLabel(/Buurt/).selectOption({ label: 'Schildersbuurt-West (Schildersbuurt)' });
  await form.getByRole('button', { name: 'Idee plaatsen' }).click();
  await expect(resident.getByTestId('idea-created')).toBeFocused();
  await resident.getByTestId('idea-list').getByRole('link', { name: title }).click();
  // The islands router changes the address once the new page is in.
  await expect(resident.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const ideaPath = new URL(resident.url()).pathname;

  // The administrator makes an organisation and invites an opbouwwerker for the Schilderswijk.
  const admin = await newAdministrator(browser);
  await admin.goto('/beheer');
  const orgName = `Welzijn Zuid ${unique()}`;
  await admin.getByLabel('Naam', { exact: true }).fill(orgName);
  await admin.getByLabel('Soort').selectOption('welzijnsorganisatie');
  await admin.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(admin.locator('section[aria-labelledby="organisations-heading"]').getByText(orgName, { exact: true })).toBeVisible();
  await expect(admin.locator('[data-testid="invite-form"][data-ready="true"]')).toBeVisible();
  await admin.getByLabel('E-mailadres').fill(`omar${unique()}@welzijn.example`);
  await admin.getByLabel('Rol', { exact: true }).selectOption('professional');
  await admin.getByLabel('Functie', { exact: true }).selectOption('opbouwwerker');
  await admin.getByLabel('Organisatie', { exact: true }).selectOption({ label: orgName });
  await admin.getByLabel('Zoek een wijk').fill('schilders');
  await admin.getByRole('checkbox', { name: 'Schildersbuurt' }).check();
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await admin.getByTestId('invite-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/uitnodiging\/\S+$/);
  // One press copies the whole link.
  await admin.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await admin.getByRole('button', { name: 'Kopieer de link' }).click();
  await expect(admin.getByText('Gekopieerd.')).toBeVisible();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await screenshots(admin, testInfo, 'admin');

  // The professional accepts and is logged in.
  const pro = await newPage(browser);
  await pro.goto(link);
  await pro.getByLabel('Naam die anderen zien').fill('Omar');
  await pro.getByLabel('Wachtwoord').fill(PASSWORD);
  await pro.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
  await expect(pro.getByRole('status').filter({ hasText: 'Welkom' })).toBeVisible();

  // Claims the idea, writes an organisation note and a public note, moves it along.
  await pro.goto(ideaPath);
  await waitForMap(pro);
  await pro.getByTestId('claim').click();
  await expect(pro.getByTestId('claims')).toContainText(`Omar, opbouwwerker, ${orgName}`);
  await expect(pro.locator('#gelukt')).toHaveText('Je hebt het idee opgepakt.');
  await expect(pro.locator('[data-testid="work"] :focus')).toHaveCount(1);
  const writeNote = async (text: string, visibility: string) => {
    await pro.getByLabel('Nieuwe notitie').fill(text);
    await pro.getByRole('radio', { name: visibility }).check();
    await pro.getByRole('button', { name: 'Notitie plaatsen' }).click();
    await expect(pro.getByTestId('notes')).toContainText(text);
  };
  // The resident writes to the contact person through the platform; Omar answers on the idea's page.
  await resident.goto(ideaPath);
  await resident.getByLabel('Je bericht').fill('Kan ik helpen met de bakken?');
  await resident.getByRole('button', { name: 'Bericht sturen' }).click();
  await expect(resident.getByTestId('conversation')).toContainText('Kan ik helpen met de bakken?');
  await pro.goto(ideaPath);
  await pro.getByLabel('Je antwoord aan Saskia').fill('Graag! Zaterdag om 10 uur bij de school.');
  await pro.getByRole('button', { name: 'Antwoord sturen' }).click();
  await expect(pro.getByTestId('conversation')).toContainText('Zaterdag om 10 uur');
  await resident.goto(ideaPath);
  await expect(resident.getByTestId('conversation')).toContainText('Zaterdag om 10 uur');
  await expect(resident.getByTestId('conversation').getByTestId('professional-badge')).toContainText('opbouwwerker');

  await writeNote('Intern: subsidie aanvragen bij het stadsdeel.', 'alleen mijn organisatie');
  await writeNote('We zoeken een plek en vrijwilligers.', 'openbaar');
  // Opens a <details> form. It stays open while the panel reloads after the previous action.
  const open = async (summary: string, field: ReturnType<Page['getByLabel']>) => {
    await pro.getByText(summary, { exact: true }).first().click();
    await expect(field).toBeVisible();
    await pro.waitForTimeout(500);
    await expect(field, 'still open after the panel settled').toBeVisible();
  };
  // On a phone: the status form shows only the fields the chosen status needs, and fits the screen.
  const desktop = pro.viewportSize()!;
  await pro.setViewportSize({ width: 390, height: 844 });
  await open('Status wijzigen', pro.getByLabel('Nieuwe status'));
  await pro.getByLabel('Nieuwe status').selectOption({ label: 'Samengevoegd' });
  await expect(pro.getByTestId('merged-field')).toBeVisible();
  await expect(pro.getByTestId('referred-field')).toBeHidden();
  await pro.getByLabel('Nieuwe status').selectOption({ label: 'In voorbereiding' });
  await expect(pro.getByTestId('merged-field')).toBeHidden();
  expect(await pro.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await pro.screenshot({ path: testInfo.outputPath('status-form-phone.png'), fullPage: true });
  await pro.getByText('Status wijzigen', { exact: true }).first().click();
  await pro.setViewportSize(desktop);
  for (const status of ['In voorbereiding', 'In uitvoering']) {
    await open('Status wijzigen', pro.getByLabel('Nieuwe status'));
    await pro.getByLabel('Nieuwe status').selectOption({ label: status });
    await pro.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(pro.getByTestId('timeline')).toContainText(`naar ${status}`);
  }
  await expect(pro.locator('.idea-byline')).toContainText('In uitvoering');
  await screenshots(pro, testInfo, 'professional-idea');

  // A second professional joins; Omar hands the idea over with a note, she accepts on her workbench.
  await admin.goto('/beheer');
  // The invitation form is an island: before it wakes, a post is a plain form's (the link is not shown).
  await expect(admin.locator('[data-testid="invite-form"][data-ready="true"]')).toBeVisible();
  await admin.getByLabel('E-mailadres').fill(`fatima${unique()}@welzijn.example`);
  await admin.getByLabel('Rol', { exact: true }).selectOption('professional');
  await admin.getByLabel('Functie', { exact: true }).selectOption('community_builder');
  await admin.getByLabel('Organisatie', { exact: true }).selectOption({ label: orgName });
  await admin.getByLabel('Zoek een wijk').fill('schilders');
  await admin.getByRole('checkbox', { name: 'Schildersbuurt' }).check();
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const secondLink = await admin.getByTestId('invite-link').inputValue();
  const colleague = await newPage(browser);
  await colleague.goto(secondLink);
  await colleague.getByLabel('Naam die anderen zien').fill('Fatima');
  await colleague.getByLabel('Wachtwoord').fill(PASSWORD);
  await colleague.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
  await expect(colleague.getByRole('status').filter({ hasText: 'Welkom' })).toBeVisible();

  await pro.goto(ideaPath);
  await waitForMap(pro);
  await open('Overdragen', pro.getByLabel('Aan', { exact: true }));
  await pro.getByLabel('Aan', { exact: true }).selectOption({ label: `Fatima, community builder, ${orgName}` });
  const handoverNote = 'Saskia belt liever na 18 uur. Open: offerte zaden.';
  await pro.getByLabel(/Overdrachtsnotitie/).fill(handoverNote);
  await pro.getByRole('button', { name: 'Overdracht aanbieden' }).click();
  await expect(pro.getByTestId('handovers')).toContainText('wacht op antwoord');

  await colleague.goto('/');
  await colleague.getByRole('link', { name: 'Werkbank' }).click();
  await expect(colleague.getByTestId('handover-inbox')).toContainText(handoverNote);
  await expect(colleague.getByTestId('bench-WK051829')).toBeVisible();
  await screenshots(colleague, testInfo, 'workbench');
  await colleague.getByTestId('accept-handover').click();
  await expect(colleague.getByTestId('handover-inbox')).toHaveCount(0);
  await colleague.goto(ideaPath);
  await expect(colleague.getByTestId('claims')).toContainText(`Opgepakt door Fatima, community builder, ${orgName}`);
  await expect(colleague.getByTestId('timeline')).toContainText('nam het idee over van Omar');

  // The resident sees who works on it now, the timeline and the public note; never the internal
  // note or the handover note.
  await resident.goto(ideaPath);
  await waitForMap(resident);
  await expect(resident.getByTestId('claims')).toContainText(`Opgepakt door Fatima, community builder, ${orgName}`);
  await expect(resident.getByTestId('timeline')).toContainText('naar In uitvoering');
  await expect(resident.getByTestId('timeline')).toContainText('nam het idee over van Omar');
  await expect(resident.getByTestId('notes')).toContainText('We zoeken een plek en vrijwilligers.');
  await expect(resident.getByText('Intern: subsidie')).toHaveCount(0);
  await expect(resident.getByText(handoverNote)).toHaveCount(0);
  await expect(resident.getByTestId('claim')).toHaveCount(0);
  await resident.goto('/meldingen');
  await expect(resident.getByTestId('notification').first()).toContainText(`Je nieuwe contactpersoon voor ‘${title}’ is Fatima`);
  await expect(resident.getByTestId('notification').filter({ hasText: 'heeft een nieuwe status: In uitvoering' })).toHaveCount(1);
  await screenshots(resident, testInfo, 'resident-sees-progress');
  expect(consoleErrors).toEqual([]);
});

test('an administrator revokes an invitation, and its link then says so', async ({ browser }) => {
  consoleErrors.length = 0;
  const admin = await newAdministrator(browser);
  await admin.goto('/beheer');
  await expect(admin.locator('[data-testid="invite-form"][data-ready="true"]')).toBeVisible();
  const email = `weg${unique()}@welzijn.example`;
  await admin.getByLabel('E-mailadres').fill(email);
  await admin.getByLabel('Rol', { exact: true }).selectOption('professional');
  await admin.getByLabel('Functie', { exact: true }).selectOption('opbouwwerker');
  // Without a wijk the form says so beside the list, and nothing is made.
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await expect(admin.getByTestId('werkgebied')).toContainText('Kies minstens één wijk');
  await admin.getByLabel('Zoek een wijk').fill('moer');
  await expect(admin.getByRole('checkbox', { name: 'Schildersbuurt' })).toBeHidden();
  await admin.getByRole('checkbox', { name: 'Moerwijk' }).check();
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await admin.getByTestId('invite-link').inputValue();

  await admin.reload();
  const listed = admin.getByTestId('open-invitation').filter({ hasText: email });
  await expect(listed).toContainText('opbouwwerker');
  await listed.getByRole('button', { name: 'Intrekken' }).click();
  await expect(admin.getByTestId('open-invitation').filter({ hasText: email })).toHaveCount(0);

  const invited = await newPage(browser);
  await invited.goto(link);
  await expect(invited.getByText('Deze uitnodiging is ingetrokken.')).toBeVisible();
  // The refused invitation (400) and the revoked link (404) are real HTTP answers the browser logs.
  expect(consoleErrors.filter((e) => !/status of (400|404)/.test(e))).toEqual([]);
});

test('an invitation in Arabic: its page opens right to left, and the new account keeps the language', async ({ browser }, testInfo) => {
  consoleErrors.length = 0;
  const admin = await newAdministrator(browser);
  await admin.goto('/beheer');
  await expect(admin.locator('[data-testid="invite-form"][data-ready="true"]')).toBeVisible();
  const email = `samira${unique()}@welzijn.example`;
  await admin.getByLabel('E-mailadres').fill(email);
  await admin.getByLabel('Rol', { exact: true }).selectOption('professional');
  await admin.getByLabel('Functie', { exact: true }).selectOption('community_builder');
  // The administrator's own language is chosen until they pick another.
  await expect(admin.getByLabel('Taal van de uitnodiging')).toHaveValue('nl');
  await admin.getByLabel('Taal van de uitnodiging').selectOption({ label: 'العربية' });
  await admin.getByLabel('Zoek een wijk').fill('schilders');
  await admin.getByRole('checkbox', { name: 'Schildersbuurt' }).check();
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await admin.getByTestId('invite-link').inputValue();
  await admin.reload();
  const listed = admin.getByTestId('open-invitation').filter({ hasText: email });
  await expect(listed).toContainText('community builder');
  await expect(listed.getByTestId('invitation-language')).toHaveText('العربية');
  await expect(listed.getByTestId('invitation-language')).toHaveAttribute('lang', 'ar');

  // Opened in a Dutch browser that never chose a language: Arabic, right to left.
  const invited = await newPage(browser);
  await invited.goto(link);
  await expect(invited.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(invited.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(invited.getByRole('heading', { level: 1 })).toHaveText('دعوة إلى Wijkidee');
  // What they are invited as, in their words.
  await expect(invited.getByTestId('invitation-for')).toContainText('منسق مجتمعي');
  await screenshots(invited, testInfo, 'invitation-ar');
  await invited.locator('#inv-name').fill('Samira');
  await invited.locator('#inv-password').fill(PASSWORD);
  await invited.getByRole('button', { name: 'قبول الدعوة' }).click();
  await expect(invited.getByRole('status').filter({ hasText: 'أهلًا بك! حسابك جاهز.' })).toBeVisible();
  await expect(invited.locator('html')).toHaveAttribute('lang', 'ar');
  expect(consoleErrors).toEqual([]);
});
