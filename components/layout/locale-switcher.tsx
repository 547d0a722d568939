'use client';

import { Suspense } from 'react';
import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { otherLocalePath, routing } from '@/lib/i18n/routing';

/**
 * The same page (path and query) in the other language. Reads the path from Next.js, not from
 * next-intl, so pages without next-intl's client provider (the public ones) can show it.
 */
export function LocaleSwitcher({ locale, label }: { locale: string; label: string }) {
  // useSearchParams needs a Suspense boundary on statically rendered (cached) pages; until the
  // query is known the link keeps the path only.
  return (
    <Suspense fallback={<SwitcherLink locale={locale} label={label} search="" />}>
      <SwitcherWithSearch locale={locale} label={label} />
    </Suspense>
  );
}

function SwitcherWithSearch({ locale, label }: { locale: string; label: string }) {
  return <SwitcherLink locale={locale} label={label} search={useSearchParams().toString()} />;
}

function SwitcherLink({ locale, label, search }: { locale: string; label: string; search: string }) {
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  const path = otherLocalePath(usePathname() ?? `/${locale}`, other);
  return (
    <NextLink prefetch={false} className="locale-switcher" href={search ? `${path}?${search}` : path} lang={other} hrefLang={other}>
      {label}
    </NextLink>
  );
}
