// Hostile corpus × sign-in: the better-auth endpoint and the sign-in form. Each attempt comes
// from its own client address, so the rate limit (5 a minute per address) does not mask the answer.
import { test, expect, request as playwrightRequest } from '@playwright/test';
import { CORPUS, textOf } from './corpus';
import { baseUrl, counts, expectHandled, record, watchForExecution } from './support';
import { asClient, randomClientIp } from '../support/auth';

test.describe('hostile input: POST /api/auth/sign-in/email', () => {
  for (const c of CORPUS) {
    test(`sign-in api ${c.id}: ${c.label}`, async () => {
      const statuses = new Set<number>();
      const before = await counts();
      const bodies: (Buffer | Record<string, string>)[] = [
        { email: textOf(c), password: textOf(c) },
        { email: 'editor@sadaa.example', password: textOf(c) },
        { email: `${textOf(c).slice(0, 200)}@sadaa.example`, password: 'x' },
      ];
      if (c.bytes) bodies.push(Buffer.concat([Buffer.from('{"email":"'), Buffer.from(c.bytes), Buffer.from('","password":"x"}')]));
      for (const data of bodies) {
        const api = await playwrightRequest.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { 'x-forwarded-for': randomClientIp() } });
        const res = await api.post('/api/auth/sign-in/email', Buffer.isBuffer(data) ? { data, headers: { 'content-type': 'application/json' } } : { data });
        const h = await expectHandled(res, null, { entry: 'sign-in-api', c });
        // nobody gets in with a hostile e-mail or password
        expect(h.status, h.body.slice(0, 200)).toBeGreaterThanOrEqual(400);
        expect(res.headers()['set-cookie'] ?? '').not.toContain('session_token=');
        statuses.add(h.status);
        await api.dispose();
      }
      const after = await counts();
      expect(after.articles).toBe(before.articles);
      record('sign-in-api', c, [...statuses].sort().join('/'));
    });
  }
});

test.describe('hostile input: the sign-in form', () => {
  test('every case typed as e-mail and password is refused with a message or by the field, never run', async ({ page }) => {
    test.setTimeout(180_000);
    for (const c of CORPUS.filter((x) => !x.large)) {
      await asClient(page, randomClientIp());
      const check = await watchForExecution(page);
      await page.goto('/ar/sign-in');
      const value = textOf(c).replace(/\u0000/g, '');
      await page.locator('#email').fill(value);
      await page.locator('#password').fill(value);
      await page.locator('form button[type=submit]').click();
      // either the browser's own field check stops it (an invalid e-mail) or the server answers with
      // the localized message; either way the visitor stays on the sign-in page
      const invalid = await page.locator('#email').evaluate((el) => !(el as HTMLInputElement).checkValidity());
      if (!invalid) await expect(page.getByTestId('sign-in-error')).toBeVisible();
      await expect(page).toHaveURL(/\/ar\/sign-in/);
      await check();
      page.removeAllListeners('dialog');
      record('sign-in-form', c, invalid ? 'refused by the field' : 'localized error');
    }
  });
});
