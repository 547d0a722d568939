import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { LocaleSwitcher } from './locale-switcher';

// Public links do not prefetch: each prefetch is a per-request render on the server (`?_rsc`
// requests bypass the page cache), several per page view, and main-thread work for the reader.
export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <LocaleLink href="/" className="brand">
        {t('app.name')}
      </LocaleLink>
      <nav aria-label={t('nav.home')}>
        <ul className="nav-list">
          <li>
            <LocaleLink href="/">{t('nav.home')}</LocaleLink>
          </li>
          <li>
            <LocaleLink href="/fact-checks">{t('nav.factChecks')}</LocaleLink>
          </li>
          <li>
            <LocaleLink href="/articles">{t('nav.articles')}</LocaleLink>
          </li>
        </ul>
      </nav>
      <LocaleSwitcher locale={locale} label={t('nav.switchTo')} />
    </header>
  );
}
