'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { authClient } from '@/lib/auth/auth-client';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      setError(t('missingFields'));
      return;
    }
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({ email, password });
    setPending(false);
    if (failure) {
      setError(failure.status === 429 ? t('tooManyAttempts') : t('invalidCredentials'));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <label htmlFor="email">{t('email')}</label>
      <input id="email" name="email" type="email" autoComplete="username" dir="ltr" required maxLength={254} />
      <label htmlFor="password">{t('password')}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" dir="ltr" required maxLength={128} />
      {error ? (
        <p role="alert" className="form-error" data-testid="sign-in-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}
