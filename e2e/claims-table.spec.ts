import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The editor workspace's claims table, queue and question view, in Arabic, on the seeded demo
// data. One sign-in for the whole file (sign-in is rate-limited to five a minute per client).
const state = path.join(mkdtempSync(path.join(tmpdir(), 'sadaa-e2e-')), 'editor.json');
const signedOut = { cookies: [], origins: [] };

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ storageState: signedOut });
  await page.goto('/ar/sign-in');
  await page.fill('#email', 'editor@sadaa.example');
  await page.fill('#password', 'sadaa-editor-demo');
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/ar\/editor\/claims$/);
  await page.context().storageState({ path: state });
  await page.close();
});

const rows = (page: Page) => page.getByTestId('claims-table').locator('tbody tr');
const claimIds = async (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-claim-id'))));

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('an anonymous visit to the claims table lands on the sign-in page', async ({ page }) => {
  await page.goto('/ar/editor/claims');
  await expect(page).toHaveURL(/\/ar\/sign-in/);
  await expect(page.locator('#email')).toBeVisible();
});

test.describe('signed in as an editor', () => {
  test.use({ storageState: state });

  test('the table shows the seeded claims; filter, search and sort change the URL and the rows; reload keeps the view', async ({ page }) => {
    await page.goto('/ar/editor/claims');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الادعاءات');
    await expect(rows(page)).toHaveCount(25);
    await expect(page.getByTestId('claims-count')).toContainText('ادعاء');
    const claimCell = rows(page).first().locator('td').nth(1).locator('a');
    await expect(claimCell).toHaveAttribute('lang', 'ar');
    await expect(claimCell).toHaveAttribute('dir', 'rtl');
    await expect(claimCell).toHaveAttribute('href', /\/ar\/editor\/claims\/\d+$/);

    // search without hamza finds the spelling with it
    await page.getByLabel('بحث في نص الادعاء').fill('اسرائيل');
    await page.getByRole('button', { name: 'تطبيق' }).click();
    await expect(page).toHaveURL(/q=%D8%A7%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84/);
    await expect(rows(page).first()).toBeVisible();
    const searched = await rows(page).count();
    expect(searched).toBeGreaterThan(0);
    expect(searched).toBeLessThan(25);
    for (const text of await rows(page).locator('td:nth-child(2) a').allTextContents()) expect(text).toMatch(/[إا]سرائيل/);

    // a filter narrows further: only claims with an ordinal figure
    await page.getByLabel('نوع الرقم').selectOption('ordinal');
    await page.getByRole('button', { name: 'تطبيق' }).click();
    await expect(page).toHaveURL(/slot=ordinal/);
    await expect(page).toHaveURL(/q=/);
    await expect.poll(() => rows(page).count()).toBeLessThan(searched);
    for (const cell of await rows(page).locator('td:nth-child(9)').allTextContents()) expect(cell).toContain('ترتيب');

    // sort by check-worthiness from the column header, then the other way
    await page.goto('/ar/editor/claims?q=%D8%A8%D9%84%D9%8A%D9%86%D9%83%D9%86');
    await page.locator('button[data-sort=checkworthiness]').click();
    await expect(page).toHaveURL(/sort=checkworthiness/);
    await expect(page.locator('th[aria-sort=descending]')).toContainText('جدارة التحقق');
    const scores = async () =>
      (await rows(page).locator('td:nth-child(8)').allTextContents()).map((s) => Number(s.replace(/[^\d]/g, '')));
    const desc = await scores();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.locator('button[data-sort=checkworthiness]').click();
    await expect(page).toHaveURL(/dir=asc/);
    await expect(page.locator('th[aria-sort=ascending]')).toContainText('جدارة التحقق');
    const asc = await scores();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc).not.toEqual(desc);

    // hide a column (kept in the URL), reload: same rows, same order, same columns
    await page.getByText('الأعمدة الظاهرة').click();
    // a controlled checkbox: it changes when the URL does
    await page.getByRole('checkbox', { name: 'الحكم' }).click();
    await expect(page).toHaveURL(/hide=verdict/);
    // the URL changes before the server-rendered rows arrive: wait for the new table first
    await expect(page.getByTestId('claims-table').locator('thead')).not.toContainText('الحكم');
    await expect(rows(page).first()).toBeVisible();
    const before = await claimIds(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload();
    await expect(page).toHaveURL(/hide=verdict/);
    await expect(rows(page).first()).toBeVisible();
    await expect.poll(() => claimIds(page)).toEqual(before);
    await expect(page.locator('th[aria-sort=ascending]')).toContainText('جدارة التحقق');
    await expect(page.getByTestId('claims-table').locator('thead')).not.toContainText('الحكم');
  });

  test('hostile URL parameters fall back to the default view instead of failing', async ({ page }) => {
    const res = await page.goto("/ar/editor/claims?page=-4&size=99999&sort=x';drop&status=nope&from=2024-99-99&outlet=abc&q=%25%5F");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الادعاءات');
  });

  test('an empty result says what to do', async ({ page }) => {
    await page.goto('/ar/editor/claims?q=%D9%83%D9%84%D9%85%D8%A9%D9%84%D8%A7%D8%AA%D9%88%D8%AC%D8%AF');
    await expect(page.getByTestId('claims-empty')).toContainText('جرّب كلمة بحث أخرى');
    await expect(page.getByTestId('claims-empty').getByRole('link', { name: 'مسح التصفية' })).toBeVisible();
  });

  test('select rows, assign them to me; my queue lists them and is keyboard navigable', async ({ page }) => {
    await page.goto('/ar/editor/claims?q=%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9&status=new&assignee=unassigned&sort=checkworthiness');
    await expect(rows(page).nth(1)).toBeVisible();
    const picked = (await claimIds(page)).slice(0, 2);
    await page.getByRole('checkbox', { name: `تحديد الادعاء ${picked[0]}` }).check();
    await page.getByRole('checkbox', { name: `تحديد الادعاء ${picked[1]}` }).check();
    await expect(page.getByTestId('bulk-actions')).toContainText('ادعاءان محددان');
    await page.getByLabel('تكليف إلى').selectOption({ label: 'أنا' });
    await page.getByRole('button', { name: 'تكليف', exact: true }).click();
    await expect(page.getByTestId('bulk-outcome')).toContainText('نُفِّذ على ادعاءين');
    // the view filters unassigned claims: once refreshed, the two are gone from it
    await expect.poll(async () => (await claimIds(page)).filter((id) => picked.includes(id))).toEqual([]);

    await page.goto('/ar/editor/queue');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('قائمتي');
    await expect(page.getByText('J أو السهم للأسفل')).toBeVisible();
    const links = page.getByTestId('queue-list').getByRole('link');
    const queued = await links.evaluateAll((as) => as.map((a) => Number(a.getAttribute('data-claim-id'))));
    for (const id of picked) expect(queued).toContain(id);

    await links.first().focus();
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('j');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    if (queued.length > 2) await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await expect(links.first()).toBeFocused();
    // only the focused item is a tab stop
    await expect(links.first()).toHaveAttribute('tabindex', '0');
    await expect(links.nth(1)).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/ar/editor/claims/${queued[0]}$`));
  });

  test('the question view for Blinken’s visit shows the tenth, eighth and sixth visit by outlet', async ({ page }) => {
    await page.goto('/ar/editor/questions');
    // the label is the stored one when the matching job set it, else the engine's «ترتيب الزيارة (بلينكن)»
    await page.getByTestId('questions-list').getByRole('link', { name: /بلينكن/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('بلينكن');
    const table = page.getByTestId('question-values');
    const valueFor = (outlet: string) => table.locator('tbody tr', { has: page.locator('th', { hasText: outlet }) }).getByTestId('question-value');
    await expect(valueFor('الحرة')).toHaveText('10');
    await expect(valueFor('معا')).toHaveText('8');
    await expect(valueFor('السومرية نيوز')).toHaveText('6');
    await expect(table).toContainText('العاشرة');
    await expect(table).toContainText('السادسة');
    const chart = page.getByTestId('question-chart');
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart.locator('desc')).toContainText('الحرة');
    await expect(chart.locator('desc')).toContainText('10');
  });

  for (const url of ['/ar/editor/claims', '/ar/editor/queue', '/ar/editor/questions', '/en/editor/claims']) {
    test(`no axe violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  }

  test('no axe violations on a question page', async ({ page }) => {
    await page.goto('/ar/editor/questions');
    await page.getByTestId('questions-list').getByRole('link').first().click();
    await expect(page.getByTestId('question-values')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
