'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { invite, setRole } from './actions';

type Role = 'admin' | 'editor' | 'reviewer';
const ROLES: Role[] = ['editor', 'reviewer', 'admin'];

export function RoleSelect({ userId, role, label }: { userId: string; role: Role; label: string }) {
  const tr = useTranslations('editorNav');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <select
        className="input"
        aria-label={label}
        defaultValue={role}
        onChange={async (e) => {
          setError(null);
          const res = await setRole({ userId, role: e.target.value });
          if (!res.ok) setError(errorMessage(res.error));
          router.refresh();
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tr(`role.${r}`)}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="form-error">
          {' '}
          {error}
        </span>
      ) : null}
    </>
  );
}

export function InviteForm({ locale }: { locale: string }) {
  const t = useTranslations('users');
  const tr = useTranslations('editorNav');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    setLink(null);
    const res = await invite({ name: form.get('name'), email: form.get('email'), role: form.get('role'), locale });
    if (!res.ok) return setError(errorMessage(res.error));
    setLink(res.data.link);
    e.currentTarget?.reset();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={onSubmit}>
      <label htmlFor="invite-name">{t('name')}</label>
      <input id="invite-name" name="name" required minLength={2} maxLength={120} dir="auto" />
      <label htmlFor="invite-email">{t('email')}</label>
      <input id="invite-email" name="email" type="email" required maxLength={254} dir="ltr" />
      <label htmlFor="invite-role">{t('role')}</label>
      <select id="invite-role" name="role" defaultValue="editor">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tr(`role.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        {t('invite')}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {link ? (
        <div role="status">
          <p>{t('inviteLink')}</p>
          <input
            readOnly
            value={link}
            dir="ltr"
            aria-label={t('inviteLink')}
            data-testid="invite-link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
    </form>
  );
}
