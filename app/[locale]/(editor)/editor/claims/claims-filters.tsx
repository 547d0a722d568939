'use client';
import { useTranslations } from 'next-intl';
import {
  CLAIM_STATUSES,
  VERDICTS,
  SLOT_TYPES,
  SORT_KEYS,
  parseClaimsTableParams,
  DEFAULT_PARAMS,
  type ClaimsTableParams,
} from '@/lib/claims/table-params';
import type { ClaimsTableOptions } from '@/lib/claims/find-claims-page';
import { useClaimsUrl } from './use-claims-url';
import styles from './claims-table.module.css';

const FILTER_FIELDS = ['q', 'status', 'verdict', 'outlet', 'article', 'assignee', 'slot', 'conflict', 'from', 'to', 'sort', 'dir'] as const;

/** The filter bar: a plain GET form (works without JavaScript); with JavaScript it navigates in place. */
export function ClaimsFilters({ params, options }: { params: ClaimsTableParams; options: ClaimsTableOptions }) {
  const t = useTranslations('claimsTable');
  const { go, isPending } = useClaimsUrl(params);
  // the form is re-mounted (key) when the URL changes, so its fields always show the current view
  const key = FILTER_FIELDS.map((f) => String(params[f] ?? '')).join('|');
  return (
    <form
      key={key}
      className={styles.filters}
      role="search"
      aria-label={t('filters')}
      method="get"
      aria-busy={isPending}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const raw: Record<string, string> = {};
        for (const f of FILTER_FIELDS) {
          const v = data.get(f);
          if (typeof v === 'string' && v !== '') raw[f] = v;
        }
        const parsed = parseClaimsTableParams(raw);
        go({ ...Object.fromEntries(FILTER_FIELDS.map((f) => [f, parsed[f]])) });
      }}
    >
      <div className={styles.searchRow}>
        <label htmlFor="claims-q">{t('search')}</label>
        <input id="claims-q" name="q" type="search" className="input" defaultValue={params.q} maxLength={200} dir="auto" aria-describedby="claims-q-hint" />
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <button type="button" className="button secondary" onClick={() => go({ ...DEFAULT_PARAMS, size: params.size, hide: params.hide })}>
          {t('reset')}
        </button>
      </div>
      <p id="claims-q-hint" className={`muted ${styles.hint}`}>
        {t('searchHint')}
      </p>
      <div className={styles.filterGrid}>
        <Select id="f-status" name="status" label={t('status')} value={params.status} any={t('any')}
          options={CLAIM_STATUSES.map((s) => [s, t(`statusName.${s}`)])} />
        <Select id="f-verdict" name="verdict" label={t('verdict')} value={params.verdict} any={t('any')}
          options={VERDICTS.map((v) => [v, t(`verdictName.${v}`)])} />
        <Select id="f-outlet" name="outlet" label={t('outlet')} value={params.outlet} any={t('any')}
          options={options.outlets.map((o) => [String(o.id), o.name])} />
        {options.articles.length > 0 ? (
          <Select id="f-article" name="article" label={t('article')} value={params.article} any={t('any')}
            options={options.articles.map((a) => [String(a.id), a.outlet ? `${a.label} — ${a.outlet}` : a.label])} />
        ) : null}
        <Select id="f-assignee" name="assignee" label={t('assignee')} value={params.assignee} any={t('any')}
          options={[['me', t('assigneeMe')], ['unassigned', t('assigneeNone')], ...options.users.map((u): [string, string] => [u.id, u.name])]} />
        <Select id="f-slot" name="slot" label={t('slotType')} value={params.slot} any={t('any')}
          options={SLOT_TYPES.map((s) => [s, t(`slotName.${s}`)])} />
        <div className={styles.field}>
          <label htmlFor="f-from">{t('dateFrom')}</label>
          <input id="f-from" name="from" type="date" className="input" defaultValue={params.from ?? ''} />
        </div>
        <div className={styles.field}>
          <label htmlFor="f-to">{t('dateTo')}</label>
          <input id="f-to" name="to" type="date" className="input" defaultValue={params.to ?? ''} />
        </div>
        <Select id="f-sort" name="sort" label={t('sort')} value={params.sort}
          options={SORT_KEYS.map((s) => [s, t(s)])} />
        <Select id="f-dir" name="dir" label={t('dir')} value={params.dir}
          options={[['desc', t('dirDesc')], ['asc', t('dirAsc')]]} />
        <div className={`${styles.field} ${styles.check}`}>
          <input id="f-conflict" name="conflict" type="checkbox" value="1" defaultChecked={params.conflict} />
          <label htmlFor="f-conflict">{t('conflictOnly')}</label>
        </div>
      </div>
      {/* kept on a no-JavaScript submit */}
      {params.size !== DEFAULT_PARAMS.size ? <input type="hidden" name="size" value={params.size} /> : null}
      {params.hide.length ? <input type="hidden" name="hide" value={params.hide.join(',')} /> : null}
    </form>
  );
}

function Select(props: { id: string; name: string; label: string; value: string | number | null; any?: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div className={styles.field}>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} className="input" defaultValue={props.value === null ? '' : String(props.value)}>
        {props.any !== undefined ? <option value="">{props.any}</option> : null}
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
