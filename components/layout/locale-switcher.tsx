'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';

/** The same page (path and query) in the other language. */
export function LocaleSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Link className="locale-switcher" href={search ? `${pathname}?${search}` : pathname} locale={other} lang={other} hrefLang={other}>
      {label}
    </Link>
  );
}
