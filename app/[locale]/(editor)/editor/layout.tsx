import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { redirect } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { EditorNav } from '@/components/editor/editor-nav';
import { ClientMessages } from '@/lib/i18n/client-messages';

export default async function EditorLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/sign-in', locale });
  const t = await getTranslations('app');
  return (
    <ClientMessages area="editor">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <EditorNav user={user} />
      <main id="main" className="page wide">
        {children}
      </main>
    </ClientMessages>
  );
}
