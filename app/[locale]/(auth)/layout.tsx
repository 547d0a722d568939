import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { ClientMessages } from '@/lib/i18n/client-messages';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages area="auth">
      <SiteHeader />
      <main id="main" className="page narrow">
        {children}
      </main>
    </ClientMessages>
  );
}
