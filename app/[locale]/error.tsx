'use client';

import { useTranslations } from 'next-intl';

// Never shows the error's message or stack: only a reference the server log can be searched for.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main id="main" className="page narrow" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      {error.digest ? (
        <p className="muted">
          <bdi>{t('reference', { digest: error.digest })}</bdi>
        </p>
      ) : null}
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  );
}
