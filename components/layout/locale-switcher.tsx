'use client';

import { Suspense } from 'react';
import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';

/** The same page (path and query) in the other language. */
export function LocaleSwitcher({ label }: { label: string }) {
  // useSearchParams needs a Suspense boundary on statically rendered (cached) pages; until the
  // query is known the link keeps the path only.
  return (
    <Suspense fallback={<SwitcherLink label={label} search="" />}>
      <SwitcherWithSearch label={label} />
    </Suspense>
  );
}

function SwitcherWithSearch({ label }: { label: string }) {
  return <SwitcherLink label={label} search={useSearchParams().toString()} />;
}

function SwitcherLink({ label, search }: { label: string; search: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Link prefetch={false} className="locale-switcher" href={search ? `${pathname}?${search}` : pathname} locale={other} lang={other} hrefLang={other}>
      {label}
    </Link>
  );
}
