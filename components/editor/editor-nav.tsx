import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from '@/components/layout/locale-switcher';
import { SignOutButton } from './sign-out-button';
import type { CurrentUser } from '@/lib/auth/current-user';

export async function EditorNav({ user }: { user: CurrentUser }) {
  const t = await getTranslations('editorNav');
  const tn = await getTranslations('nav');
  const locale = await getLocale();
  const links: { href: string; label: string }[] = [
    { href: '/editor/claims', label: t('claims') },
    { href: '/editor/queue', label: t('queue') },
    { href: '/editor/questions', label: t('questions') },
    { href: '/editor/articles', label: t('articles') },
    { href: '/editor/import', label: t('import') },
    { href: '/editor/sets', label: t('sets') },
  ];
  if (user.role === 'admin') links.push({ href: '/editor/admin/users', label: t('users') });
  return (
    <header className="site-header editor-header">
      <Link href="/editor/claims" className="brand">
        {t('brand')}
      </Link>
      <nav aria-label={t('label')}>
        <ul className="nav-list">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <span className="user-chip" data-testid="current-user">
        <bdi>{user.name}</bdi> · {t(`role.${user.role}`)}
      </span>
      <SignOutButton />
      <LocaleSwitcher locale={locale} label={tn('switchTo')} />
    </header>
  );
}
