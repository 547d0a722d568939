'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { acceptInvitation } from './actions';

/** The token travels in the URL fragment (#…), which browsers never send to servers or in Referer headers. */
export function AcceptInviteForm({ userId }: { userId: string }) {
  const t = useTranslations('users');
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) return setError(t('mismatch'));
    setError(null);
    const res = await acceptInvitation({ userId, token: window.location.hash.slice(1), password });
    if (!res.ok) return setError(errorMessage(res.error));
    setDone(true);
  }

  if (isDone) {
    return (
      <p role="status">
        {t('accepted')} <Link href="/sign-in">{t('goSignIn')}</Link>
      </p>
    );
  }
  return (
    <form className="form" onSubmit={onSubmit}>
      <label htmlFor="password">{t('newPassword')}</label>
      <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={128} dir="ltr" />
      <label htmlFor="confirm">{t('confirmPassword')}</label>
      <input id="confirm" name="confirm" type="password" autoComplete="new-password" required minLength={10} maxLength={128} dir="ltr" />
      <button type="submit" className="button">
        {t('setPassword')}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
