'use client';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { directionOfLanguage, formatDate } from '@/lib/i18n/format';
import type { QueueItem } from '@/lib/claims/find-queue';
import styles from './queue.module.css';

/**
 * A list worked from the keyboard: one link per claim with a roving tab stop; j/k or the arrow
 * keys move between them, Home/End jump, Enter opens (the link's own behaviour).
 */
export function QueueList({ items }: { items: QueueItem[] }) {
  const t = useTranslations('queue');
  const tc = useTranslations('claimsTable');
  const locale = useLocale();
  const [active, setActive] = useState(0);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  const move = (to: number) => {
    const i = Math.max(0, Math.min(items.length - 1, to));
    setActive(i);
    links.current[i]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key;
    if (key === 'j' || key === 'J' || key === 'ArrowDown') move(active + 1);
    else if (key === 'k' || key === 'K' || key === 'ArrowUp') move(active - 1);
    else if (key === 'Home') move(0);
    else if (key === 'End') move(items.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <aside className={styles.keys} aria-labelledby="queue-keys-title">
        <h2 id="queue-keys-title" className={styles.keysTitle}>
          {t('keysTitle')}
        </h2>
        <p>
          <kbd>J</kbd> / <kbd>↓</kbd> · <kbd>K</kbd> / <kbd>↑</kbd> · <kbd>Enter</kbd> — {t('keys')}
        </p>
      </aside>
      <ul className={styles.list} aria-label={t('list')} onKeyDown={onKeyDown} data-testid="queue-list">
        {items.map((c, i) => (
          <li key={c.id} className={styles.item} data-active={i === active || undefined}>
            <Link
              href={`/editor/claims/${c.id}`}
              ref={(el) => {
                links.current[i] = el;
              }}
              tabIndex={i === active ? 0 : -1}
              onFocus={() => setActive(i)}
              className={styles.link}
              data-claim-id={c.id}
            >
              <span lang={c.language} dir={directionOfLanguage(c.language)} className={styles.text}>
                {c.text}
              </span>
              <span className={styles.meta}>
                <span className={styles.badge}>{tc(`statusName.${c.status}`)}</span>
                <bdi>{c.outlet ?? t('unknownOutlet')}</bdi>
                {c.articleDate ? <span>{formatDate(new Date(`${c.articleDate}T00:00:00Z`), locale)}</span> : null}
                <bdi>{new Intl.NumberFormat(locale, { style: 'percent' }).format(c.checkworthiness)}</bdi>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
