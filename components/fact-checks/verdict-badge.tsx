import { verdictLabel } from '@/lib/review/verdicts';
import type { Verdict } from '@/lib/generated/prisma/enums';
import styles from './verdict-badge.module.css';

/** The verdict in the page's language, coloured by the scale (never colour alone: the words carry it). */
export function VerdictBadge({ verdict, locale, size = 'normal' }: { verdict: Verdict; locale: string; size?: 'normal' | 'large' }) {
  return (
    <span className={`${styles.badge} ${styles[verdict]} ${size === 'large' ? styles.large : ''}`} data-testid="verdict-badge" data-verdict={verdict}>
      {verdictLabel(verdict, locale)}
    </span>
  );
}
