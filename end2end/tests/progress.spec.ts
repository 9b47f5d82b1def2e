// Progress (issue 11): a professional keeps milestones and posts an update on an idea in
// preparation; the idea's progress bar and timeline change; the wijk's progress page shows the
// numbers, the chart and its table, passes the accessibility audit and prints as an A4 report
// (the PDF is kept in test-results/: look at it); the wijk's Atom feed lists the update.
import { test, expect, waitForMap, expectAccessible, newProfessional, screenshots } from '../fixtures/wijkidee';

test('a professional keeps milestones and the wijk publishes its progress', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const pro = await newProfessional(browser, 'Noor');
  const errors: string[] = [];
  pro.on('pageerror', (err) => errors.push(String(err)));

  // An idea of its own, claimed and in preparation.
  const created = await pro.request.post('/api/ideas/create', {
    form: { title: 'Speeltuin aan de Vaillantlaan', description: 'Een plek om te spelen voor de kinderen.', category: 'spelen', buurt: 'BU05182915' },
  });
  expect(created.status()).toBe(200);
  const id = String((await created.json()).id);
  for (const [path, form] of [
    ['/api/work/claim', { idea_id: id, kind: 'lead' }],
    ['/api/work/status', { idea_id: id, status: 'in_voorbereiding', explanation: 'We gaan het voorbereiden.' }],
  ] as const) {
    const r = await pro.request.post(path, { form });
    expect(r.status(), path).toBe(200);
  }

  await pro.goto(`/ideeen/${id}`);
  await waitForMap(pro);
  const progress = pro.getByTestId('progress');
  await expect(progress).toContainText('Er zijn nog geen mijlpalen.');

  // Two milestones, through the forms.
  const addMilestone = async (title: string, day: string) => {
    await progress.getByText('Mijlpaal toevoegen', { exact: true }).first().click();
    await pro.getByLabel('Wat wordt er gedaan?').fill(title);
    await pro.getByLabel('Geplande datum', { exact: true }).fill(day);
    await pro.getByTestId('milestone-add').click();
    await expect(pro.getByTestId('milestones')).toContainText(title);
  };
  await addMilestone('Ontwerp met de kinderen', '2027-02-01');
  await addMilestone('Toestellen plaatsen', '2027-05-01');
  await expect(pro.getByTestId('progress-number')).toHaveText('0% klaar');

  // The first is done: the bar moves, in words too.
  await pro.getByTestId('milestone').first().getByTestId('milestone-done').click();
  await expect(pro.getByTestId('progress-number')).toHaveText('50% klaar');
  await expect(pro.locator('progress')).toHaveAttribute('value', '50');

  // The second moves: the timeline shows the old day.
  const second = pro.getByTestId('milestone').nth(1);
  await second.getByText('Andere datum', { exact: true }).click();
  await second.getByLabel('Nieuwe geplande datum').fill('2027-06-15');
  await second.getByTestId('milestone-move').click();
  await expect(pro.getByTestId('timeline')).toContainText('van 1 mei 2027 naar 15 juni 2027');

  // An update for everyone who follows the idea.
  const update = 'Het ontwerp is klaar. De kinderen kozen een klimrek en een zandbak.';
  await progress.getByText('Voortgangsbericht plaatsen', { exact: true }).click();
  await pro.getByLabel('Bericht', { exact: true }).fill(update);
  await pro.getByTestId('update-post').click();
  await expect(pro.getByTestId('timeline')).toContainText(update);
  await expect(pro.getByTestId('timeline')).toContainText('plaatste een voortgangsbericht');
  await expectAccessible(pro, 'an idea with milestones and the professional\'s progress tools');
  await screenshots(pro, testInfo, 'idea-progress');

  // A visitor sees the bar, the milestones and the timeline, without the tools.
  const visitor = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await visitor.goto(`/ideeen/${id}`);
  await expect(visitor.getByTestId('progress-number')).toHaveText('50% klaar');
  await expect(visitor.getByTestId('milestones')).toContainText('Ontwerp met de kinderen');
  await expect(visitor.getByTestId('timeline')).toContainText(update);
  await expect(visitor.getByTestId('milestone-done')).toHaveCount(0);

  // From the idea to the wijk's progress page.
  await visitor.getByRole('link', { name: 'Voortgang in deze wijk' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Voortgang in Schildersbuurt');
  const counts = visitor.getByTestId('status-counts');
  await expect(counts.locator('[data-status="in_voorbereiding"]')).not.toHaveText('0');
  await expect(visitor.locator('svg[role="img"]')).toBeVisible();
  await expect(visitor.getByTestId('month-table').locator('tbody tr')).toHaveCount(24);
  const thisMonth = visitor.getByTestId('month-table').locator('tbody tr').first();
  await expect(thisMonth.locator('td').first()).not.toHaveText('0');
  await expectAccessible(visitor, 'a wijk\'s progress page');
  await screenshots(visitor, testInfo, 'wijk-progress');
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  // Printed: an A4 report without the site's header, footer or forms.
  await visitor.emulateMedia({ media: 'print' });
  await expect(visitor.locator('.site-header')).toBeHidden();
  await expect(visitor.locator('.site-footer')).toBeHidden();
  await visitor.screenshot({ path: testInfo.outputPath('wijk-progress-print.png'), fullPage: true });
  const pdf = await visitor.pdf({ path: testInfo.outputPath('wijk-progress.pdf'), format: 'A4', printBackground: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  await visitor.emulateMedia({ media: 'screen' });

  // The wijk's feed lists the update.
  const feed = await visitor.request.get('/feeds/wijken/WK051829.atom');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(update);

  // The city's page, reached from the home page.
  await visitor.goto('/');
  await visitor.getByRole('link', { name: 'Voortgang in de stad' }).first().click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Voortgang in de stad');
  await expectAccessible(visitor, 'the city\'s progress page');
  expect(errors).toEqual([]);
});
