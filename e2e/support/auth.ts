import { expect, type Page } from '@playwright/test';

export const USERS = {
  admin: { email: 'admin@sadaa.example', password: 'sadaa-admin-demo' },
  editor: { email: 'editor@sadaa.example', password: 'sadaa-editor-demo' },
  reviewer: { email: 'reviewer@sadaa.example', password: 'sadaa-reviewer-demo' },
} as const;

/**
 * Sign-in is rate limited per client address (X-Forwarded-For, as set by the proxy in front of
 * the app). Each signed-in test context presents its own address, as separate people would, so
 * the limit only bites the test that is about it.
 */
export async function asClient(page: Page, ip = randomClientIp()) {
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': ip });
}

export function randomClientIp(): string {
  const b = () => Math.floor(Math.random() * 250) + 1;
  return `10.${b()}.${b()}.${b()}`;
}

/** Signs in through the form; `base` for an app other than the configured one (the fault tests' instances). */
export async function signIn(page: Page, who: keyof typeof USERS, locale: 'ar' | 'en' = 'ar', base = '') {
  await asClient(page);
  await page.goto(`${base}/${locale}/sign-in`);
  await page.locator('#email').fill(USERS[who].email);
  await page.locator('#password').fill(USERS[who].password);
  await page.locator('form button[type=submit]').click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
