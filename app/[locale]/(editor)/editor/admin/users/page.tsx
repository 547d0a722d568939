import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listUsers } from '@/lib/users/manage-users';
import { formatDate } from '@/lib/i18n/format';
import { InviteForm, RoleSelect } from './user-forms';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title'), robots: { index: false } };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('users');
  const tr = await getTranslations('editorNav');
  const me = (await getCurrentUser())!;
  if (me.role !== 'admin') {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="empty" role="alert">
          {t('adminsOnly')}
        </p>
      </>
    );
  }
  const users = await listUsers();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <table className="data-table" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('since')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                <bdi>{u.name}</bdi>
              </td>
              <td dir="ltr">{u.email}</td>
              <td>
                {u.id === me.id ? tr(`role.${u.role}`) : <RoleSelect userId={u.id} role={u.role} label={t('roleFor', { name: u.name })} />}
              </td>
              <td>{u.hasPassword ? t('active', { sessions: u.activeSessions }) : t('invited')}</td>
              <td>{formatDate(u.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('inviteTitle')}</h2>
      <InviteForm locale={locale} />
    </>
  );
}
