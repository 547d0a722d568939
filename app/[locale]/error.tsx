'use client';

import { useParams } from 'next/navigation';
import ar from '@/lib/i18n/messages/ar/errors.json';
import en from '@/lib/i18n/messages/en/errors.json';

// The boundary sits above the areas' message providers (the public pages have none), so it
// carries its own strings: the errors namespace of both languages, under 1 KB.
// Never shows the error's message or stack: only a reference the server log can be searched for.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const t = locale === 'en' ? en : ar;
  return (
    <main id="main" className="page narrow" role="alert">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      {error.digest ? (
        <p className="muted">
          <bdi>{t.reference.replace('{digest}', error.digest)}</bdi>
        </p>
      ) : null}
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </main>
  );
}
