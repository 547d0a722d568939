'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { OutcomeView, send, type Outcome } from './import-result';
import styles from './import.module.css';

const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

function MetaFields({ prefix, withUrl = false }: { prefix: string; withUrl?: boolean }) {
  const t = useTranslations('import');
  return (
    <div className={styles.meta}>
      <label htmlFor={`${prefix}-title`}>{t('fieldTitle')}</label>
      <input id={`${prefix}-title`} name="title" dir="auto" maxLength={500} />
      <label htmlFor={`${prefix}-outlet`}>{t('fieldOutlet')}</label>
      <input id={`${prefix}-outlet`} name="outlet" dir="auto" maxLength={200} />
      <label htmlFor={`${prefix}-date`}>{t('fieldDate')}</label>
      <input id={`${prefix}-date`} name="publishedAt" type="date" />
      {withUrl ? (
        <>
          <label htmlFor={`${prefix}-url`}>{t('fieldUrl')}</label>
          <input id={`${prefix}-url`} name="url" type="url" dir="ltr" maxLength={2000} />
        </>
      ) : null}
    </div>
  );
}

function useSubmit() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isPending, setPending] = useState(false);
  const run = async (work: () => Promise<Outcome>) => {
    setPending(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } finally {
      setPending(false);
    }
  };
  return { outcome, isPending, run };
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

export function ImportForms({ maxUploadFiles }: { maxUploadFiles: number }) {
  const t = useTranslations('import');
  const paste = useSubmit();
  const files = useSubmit();
  const url = useSubmit();

  return (
    <>
      <section className={styles.card} aria-labelledby="paste-heading">
        <h2 id="paste-heading">{t('paste.heading')}</h2>
        <form
          className="form"
          data-testid="paste-form"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const text = field(form, 'text');
            const label = field(form, 'title').trim() || t('paste.text');
            void paste.run(async () => {
              if (!text.trim()) return { kind: 'refused', problems: [{ file: label, reason: 'no_text' }] };
              if (new TextEncoder().encode(text).length > MAX_ARTICLE_BYTES) return { kind: 'refused', problems: [{ file: label, reason: 'too_large' }] };
              const body = JSON.stringify({ text, title: field(form, 'title'), outlet: field(form, 'outlet'), publishedAt: field(form, 'publishedAt'), url: field(form, 'url') });
              return send('/api/import/paste', { method: 'POST', headers: { 'content-type': 'application/json' }, body }, label);
            });
          }}
        >
          <label htmlFor="paste-text">{t('paste.text')}</label>
          <textarea id="paste-text" name="text" dir="auto" rows={10} aria-describedby="paste-hint" />
          <p id="paste-hint" className="muted">
            {t('paste.hint')}
          </p>
          <MetaFields prefix="paste" withUrl />
          <button type="submit" className="button" disabled={paste.isPending}>
            {paste.isPending ? t('working') : t('paste.submit')}
          </button>
        </form>
        <div aria-live="polite">
          <OutcomeView outcome={paste.outcome} />
        </div>
      </section>

      <section className={styles.card} aria-labelledby="files-heading">
        <h2 id="files-heading">{t('files.heading')}</h2>
        <form
          className="form"
          data-testid="files-form"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const chosen = form.getAll('files').filter((f): f is File => typeof f !== 'string' && f.name !== '');
            void files.run(async () => {
              if (chosen.length === 0) return { kind: 'refused', problems: [{ file: '', reason: 'no_files' }] };
              if (chosen.length > maxUploadFiles) return { kind: 'refused', problems: [{ file: '', reason: 'too_many_files', detail: String(maxUploadFiles) }] };
              const big = chosen.filter((f) => f.size > MAX_ARTICLE_BYTES);
              if (big.length) return { kind: 'refused', problems: big.map((f) => ({ file: f.name, reason: 'too_large' })) };
              return send('/api/import/files', { method: 'POST', body: form }, chosen[0].name);
            });
          }}
        >
          <label htmlFor="files-input">{t('files.input')}</label>
          <input id="files-input" name="files" type="file" multiple accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" aria-describedby="files-hint" />
          <p id="files-hint" className="muted">
            {t('files.hint', { max: maxUploadFiles })}
          </p>
          <MetaFields prefix="files" />
          <button type="submit" className="button" disabled={files.isPending}>
            {files.isPending ? t('working') : t('files.submit')}
          </button>
        </form>
        <div aria-live="polite">
          <OutcomeView outcome={files.outcome} />
        </div>
      </section>

      <section className={styles.card} aria-labelledby="url-heading">
        <h2 id="url-heading">{t('url.heading')}</h2>
        <form
          className="form"
          data-testid="url-form"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const address = field(form, 'url').trim();
            void url.run(async () => {
              if (!address) return { kind: 'refused', problems: [{ file: address, reason: 'invalid_url' }] };
              const body = JSON.stringify({ url: address, title: field(form, 'title'), outlet: field(form, 'outlet'), publishedAt: field(form, 'publishedAt') });
              return send('/api/import/url', { method: 'POST', headers: { 'content-type': 'application/json' }, body }, address);
            });
          }}
        >
          <label htmlFor="url-input">{t('url.input')}</label>
          <input id="url-input" name="url" type="url" dir="ltr" maxLength={2000} required />
          <MetaFields prefix="url" />
          <button type="submit" className="button" disabled={url.isPending}>
            {url.isPending ? t('working') : t('url.submit')}
          </button>
        </form>
        <div aria-live="polite">
          <OutcomeView outcome={url.outcome} />
        </div>
      </section>
    </>
  );
}
