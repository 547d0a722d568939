import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Link href="/" className="brand">
        {t('app.name')}
      </Link>
      <nav aria-label={t('nav.home')}>
        <ul className="nav-list">
          <li>
            <Link href="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link href="/fact-checks">{t('nav.factChecks')}</Link>
          </li>
          <li>
            <Link href="/articles">{t('nav.articles')}</Link>
          </li>
        </ul>
      </nav>
      <LocaleSwitcher label={t('nav.switchTo')} />
    </header>
  );
}
