import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

// Public links do not prefetch: each prefetch is a per-request render on the server (`?_rsc`
// requests bypass the page cache), several per page view, and main-thread work for the reader.
export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Link prefetch={false} href="/" className="brand">
        {t('app.name')}
      </Link>
      <nav aria-label={t('nav.home')}>
        <ul className="nav-list">
          <li>
            <Link prefetch={false} href="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link prefetch={false} href="/fact-checks">{t('nav.factChecks')}</Link>
          </li>
          <li>
            <Link prefetch={false} href="/articles">{t('nav.articles')}</Link>
          </li>
        </ul>
      </nav>
      <LocaleSwitcher label={t('nav.switchTo')} />
    </header>
  );
}
