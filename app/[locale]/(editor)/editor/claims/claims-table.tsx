'use client';
import { useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnVisibilityState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { Link } from '@/lib/i18n/navigation';
import { directionOfLanguage, formatDate } from '@/lib/i18n/format';
import { HIDEABLE_COLUMNS, SORT_KEYS, type ClaimsTableParams, type SortKey } from '@/lib/claims/table-params';
import type { ClaimsTableRow, ClaimsTableOptions } from '@/lib/claims/find-claims-page';
import { useClaimsUrl } from './use-claims-url';
import { BulkActionsBar } from './bulk-actions-bar';
import styles from './claims-table.module.css';

const features = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof features, ClaimsTableRow>();

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater;
}

interface Props {
  rows: ClaimsTableRow[];
  params: ClaimsTableParams;
  currentUserId: string;
  canBulkEdit: boolean;
  users: ClaimsTableOptions['users'];
  sets: ClaimsTableOptions['sets'];
}

export function ClaimsTable({ rows, params, currentUserId, canBulkEdit, users, sets }: Props) {
  const t = useTranslations('claimsTable');
  const locale = useLocale();
  const { go } = useClaimsUrl(params);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'select',
          enableSorting: false,
          enableHiding: false,
          header: ({ table }) => (
            <input
              type="checkbox"
              aria-label={t('selectAll')}
              checked={table.getIsAllPageRowsSelected()}
              ref={(el) => {
                if (el) el.indeterminate = table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
              }}
              onChange={table.getToggleAllPageRowsSelectedHandler()}
            />
          ),
          cell: ({ row }) => (
            <input
              type="checkbox"
              aria-label={t('selectRow', { id: row.original.id })}
              checked={row.getIsSelected()}
              onChange={row.getToggleSelectedHandler()}
            />
          ),
        }),
        helper.accessor('text', {
          id: 'claim',
          header: t('claim'),
          enableSorting: false,
          enableHiding: false,
          cell: ({ row }) => {
            const c = row.original;
            return (
              <div className={styles.claimCell}>
                <Link href={`/editor/claims/${c.id}`} lang={c.language} dir={directionOfLanguage(c.language)} className={styles.claimText}>
                  {c.text}
                </Link>
                {c.hasSuggestedConflict ? (
                  <span className={styles.conflict} title={t('conflictMarkerHint')} data-testid="conflict-marker">
                    {t('conflictMarker')}
                  </span>
                ) : null}
              </div>
            );
          },
        }),
        helper.accessor('outlet', {
          id: 'outlet',
          header: t('outlet'),
          cell: ({ getValue }) => <bdi>{getValue() ?? t('unknownOutlet')}</bdi>,
        }),
        helper.accessor('articleDate', {
          id: 'date',
          header: t('date'),
          cell: ({ getValue }) => {
            const d = getValue();
            return d ? <span className={styles.nowrap}>{formatDate(new Date(`${d}T00:00:00Z`), locale)}</span> : t('unknownDate');
          },
        }),
        helper.accessor('status', {
          id: 'status',
          header: t('status'),
          cell: ({ getValue }) => <span className={`${styles.badge} ${styles[`status_${getValue()}`] ?? ''}`}>{t(`statusName.${getValue()}` as 'statusName.new')}</span>,
        }),
        helper.accessor('verdict', {
          id: 'verdict',
          header: t('verdict'),
          enableSorting: false,
          cell: ({ getValue }) => {
            const v = getValue();
            return v ? t(`verdictName.${v}` as 'verdictName.true') : <span aria-label={t('noVerdict')}>—</span>;
          },
        }),
        helper.accessor((r) => r.assignee?.name ?? null, {
          id: 'assignee',
          header: t('assignee'),
          enableSorting: false,
          cell: ({ row }) => {
            const a = row.original.assignee;
            if (!a) return <span className="muted">{t('assigneeNone')}</span>;
            return a.id === currentUserId ? <strong>{t('assigneeMe')}</strong> : <bdi>{a.name}</bdi>;
          },
        }),
        helper.accessor('checkworthiness', {
          id: 'checkworthiness',
          header: t('checkworthiness'),
          cell: ({ getValue }) => <bdi>{new Intl.NumberFormat(locale, { style: 'percent' }).format(getValue())}</bdi>,
        }),
        helper.accessor('slotTypes', {
          id: 'slots',
          header: t('slots'),
          enableSorting: false,
          cell: ({ getValue }) => (
            <span className={styles.slots}>
              {getValue().map((s) => (
                <span key={s} className={styles.slotBadge}>
                  {t(`slotName.${s}` as 'slotName.date')}
                </span>
              ))}
            </span>
          ),
        }),
        helper.accessor('updatedAt', {
          id: 'updated',
          header: t('updated'),
          cell: ({ getValue }) => <span className={styles.nowrap}>{formatDate(new Date(getValue()), locale)}</span>,
        }),
      ]),
    [t, locale, currentUserId],
  );

  const sorting: SortingState = [{ id: params.sort, desc: params.dir === 'desc' }];
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(HIDEABLE_COLUMNS.map((c) => [c, !params.hide.includes(c)]));

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting, columnVisibility, rowSelection },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    enableRowSelection: canBulkEdit,
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting)[0];
      if (next && (SORT_KEYS as readonly string[]).includes(next.id)) go({ sort: next.id as SortKey, dir: next.desc ? 'desc' : 'asc' });
    },
    onColumnVisibilityChange: (updater) => {
      const next = resolve(updater, columnVisibility);
      go({ hide: HIDEABLE_COLUMNS.filter((c) => next[c] === false) }, true);
    },
  });

  const selected = rows.filter((r) => rowSelection[String(r.id)]);

  return (
    <>
      <details className={styles.columns}>
        <summary>{t('columns')}</summary>
        <ul>
          {table
            .getAllLeafColumns()
            .filter((c) => c.getCanHide())
            .map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} /> {t(c.id as 'outlet')}
                </label>
              </li>
            ))}
        </ul>
      </details>
      {canBulkEdit || selected.length > 0 ? (
        <BulkActionsBar
          selected={selected.map((r) => ({ id: r.id, version: r.version }))}
          currentUserId={currentUserId}
          canEdit={canBulkEdit}
          users={users}
          sets={sets}
          onDone={() => setRowSelection({})}
        />
      ) : null}
      <div className={styles.scroll}>
        <table className={`data-table ${styles.table}`} data-testid="claims-table" aria-label={t('table')}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const isSortable = column.getCanSort() && (SORT_KEYS as readonly string[]).includes(column.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={column.id === 'select' ? styles.selectCol : undefined}
                    >
                      {header.isPlaceholder ? null : isSortable ? (
                        <button type="button" className={styles.sortButton} onClick={column.getToggleSortingHandler()} data-sort={column.id}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className={styles.sortMark}>
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                          <span className="visually-hidden">{sorted ? t(sorted === 'asc' ? 'sortedAsc' : 'sortedDesc') : ''}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-claim-id={row.original.id} data-selected={row.getIsSelected() || undefined}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
