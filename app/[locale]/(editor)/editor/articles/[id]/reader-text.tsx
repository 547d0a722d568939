'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { addClaim } from './actions';
import styles from './reader.module.css';

interface Seg {
  start: number;
  end: number;
  text: string;
  claimIds: number[];
}

/** Offsets in the article text of a DOM position inside the reader (every run carries data-start). */
function offsetOf(node: Node, offset: number): number | null {
  const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-start]');
  if (!el) return null;
  const base = Number(el.dataset.start);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base + (offset > 0 ? (el.textContent?.length ?? 0) : 0);
}

export function ReaderText({
  articleId,
  lang,
  dir,
  segments,
  canAdd,
}: {
  articleId: number;
  lang: string;
  dir: 'rtl' | 'ltr';
  segments: Seg[];
  canAdd: boolean;
}) {
  const t = useTranslations('reader');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const box = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  function readSelection() {
    if (!canAdd) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !box.current || !box.current.contains(sel.anchorNode) || !box.current.contains(sel.focusNode)) return;
    const range = sel.getRangeAt(0);
    const a = offsetOf(range.startContainer, range.startOffset);
    const b = offsetOf(range.endContainer, range.endOffset);
    if (a === null || b === null || a === b) return;
    setError(null);
    setSelection({ start: Math.min(a, b), end: Math.max(a, b), text: range.toString() });
  }

  async function add() {
    if (!selection) return;
    setPending(true);
    const res = await addClaim({ articleId, start: selection.start, end: selection.end });
    setPending(false);
    if (!res.ok) return setError(errorMessage(res.error));
    router.push(`/editor/claims/${res.data.id}`);
  }

  return (
    <>
      {selection ? (
        <div className={styles.bar} role="region" aria-label={t('selectionLabel')} data-testid="selection-bar">
          <span className={styles.selection} lang={lang} dir={dir}>
            «{selection.text.trim()}»
          </span>
          <button type="button" className="button" onClick={add} disabled={isPending}>
            {t('addClaim')}
          </button>
          <button type="button" className="button secondary" onClick={() => setSelection(null)}>
            {t('cancel')}
          </button>
          {error ? (
            <p role="alert" className={styles.error}>
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      <div
        ref={box}
        className={styles.text}
        lang={lang}
        dir={dir}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
        data-testid="reader-text"
      >
        {segments.map((s) =>
          s.claimIds.length === 0 ? (
            <span key={s.start} data-start={s.start}>
              {s.text}
            </span>
          ) : (
            <Link
              key={s.start}
              href={`/editor/claims/${s.claimIds[0]}`}
              id={`claim-${s.claimIds[0]}`}
              className={styles.claim}
              data-start={s.start}
              data-claims={s.claimIds.join(' ')}
            >
              {s.text}
            </Link>
          ),
        )}
      </div>
    </>
  );
}
