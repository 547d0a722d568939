import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Set here too (layouts and pages render independently), so the header reads the locale from
  // the URL, not from request headers, and public pages can be cached.
  await pageLocale(params);
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
