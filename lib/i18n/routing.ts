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
