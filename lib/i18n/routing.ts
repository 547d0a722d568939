import { defineRouting } from 'next-intl/routing';

// Arabic first. Detection is off so the URL alone decides the language (an English browser
// opening a shared Arabic link sees Arabic).
export const routing = defineRouting({
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  localePrefix: 'always',
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The same path in another language: `/ar/fact-checks/x` → `/en/fact-checks/x` (with localePrefix 'always' every page path has one). */
export function otherLocalePath(pathname: string, other: string): string {
  const prefix = new RegExp(`^/(${routing.locales.join('|')})(?=/|$)`);
  return prefix.test(pathname) ? pathname.replace(prefix, `/${other}`) : `/${other}${pathname === '/' ? '' : pathname}`;
}

/** A path of the app in `locale`: `/fact-checks?page=2` → `/ar/fact-checks?page=2`, `/` → `/ar`. */
export function localizedPath(locale: string, href: string): string {
  if (!href.startsWith('/')) throw new Error(`localizedPath takes an absolute path of the app, not ${JSON.stringify(href)}`);
  return href === '/' || /^\/[?#]/.test(href) ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}
