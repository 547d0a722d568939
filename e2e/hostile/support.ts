// Shared checks of the hostile-input specs: a signed-in API client, row counts for "no partial
// write", the "handled" expectation (no 500, no stack trace, a localized 4xx) and the outcome log
// that e2e/hostile/write-results.ts turns into RESULTS.md.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { USERS, randomClientIp } from '../support/auth';
import { db } from '../support/db';
import { stackTraceIn, type HostileCase } from './corpus';

const root = path.resolve(import.meta.dirname, '../..');
export const OUTCOME_LOG = path.join(root, 'test-results', 'hostile-outcomes.jsonl');

export function baseUrl(): string {
  return `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3107)}`;
}

/** An API client signed in as `who` (cookies kept by the context), with its own client address. */
export async function signedInApi(who: keyof typeof USERS = 'editor'): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { 'x-forwarded-for': randomClientIp() } });
  const res = await ctx.post('/api/auth/sign-in/email', { data: USERS[who] });
  expect(res.status(), await res.text()).toBe(200);
  return ctx;
}

export interface Counts {
  articles: number;
  claims: number;
  slots: number;
  audit: number;
  importItems: number;
}

export async function counts(): Promise<Counts> {
  const [articles, claims, slots, audit, importItems] = await Promise.all([
    db().article.count(),
    db().claim.count(),
    db().claimSlot.count(),
    db().auditLog.count(),
    db().importItem.count(),
  ]);
  return { articles, claims, slots, audit, importItems };
}

function messages(locale: 'ar' | 'en', ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(root, 'lib/i18n/messages', locale, `${ns}.json`), 'utf8')) as Record<string, unknown>;
}
const importReasons = (locale: 'ar' | 'en') => new Set(Object.keys((messages(locale, 'import').reason ?? {}) as object));

interface ErrorBody {
  error?: { code?: string; message?: string; details?: { problems?: { reason: string }[]; limit?: string } };
}

/**
 * The reasons an import error gives, each of which the import page translates
 * (import.reason.<reason> in both languages).
 */
export function expectTranslatableImportError(body: string): string[] {
  const json = JSON.parse(body) as ErrorBody;
  expect(json.error?.code, body.slice(0, 300)).toBeTruthy();
  const reasons = json.error?.details?.problems?.map((p) => p.reason) ?? [json.error?.details?.limit ?? json.error!.code!];
  for (const locale of ['ar', 'en'] as const) {
    const known = importReasons(locale);
    for (const r of reasons) expect(known.has(r), `import.reason.${r} (${locale})`).toBe(true);
  }
  return reasons;
}

export interface Handled {
  status: number;
  body: string;
}

/** Never a 500, never a stack trace; a 4xx leaves every table as it was. */
export async function expectHandled(res: APIResponse, before: Counts | null, ctx: { entry: string; c: HostileCase; variant?: string }): Promise<Handled> {
  const status = res.status();
  const body = await res.text();
  expect(status, `${ctx.entry} ${ctx.c.id}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(stackTraceIn(body), `${ctx.entry} ${ctx.c.id}: stack trace in the body`).toBeNull();
  if (before && status >= 400) expect(await counts(), `${ctx.entry} ${ctx.c.id}: refused input wrote rows`).toEqual(before);
  return { status, body };
}

/** One line per (entry point, case) for RESULTS.md. */
export function record(entry: string, c: HostileCase, outcome: string): void {
  mkdirSync(path.dirname(OUTCOME_LOG), { recursive: true });
  appendFileSync(OUTCOME_LOG, JSON.stringify({ entry, id: c.id, outcome }) + '\n');
}

/** Summarize a JSON import answer as "201 stored", "422 empty", … */
export function importOutcome(h: Handled): string {
  try {
    const json = JSON.parse(h.body) as ErrorBody & { results?: { status: string }[] };
    if (json.results) return `${h.status} ${json.results.map((r) => r.status).join(',')}`;
    const reasons = json.error?.details?.problems?.map((p) => p.reason) ?? [json.error?.details?.limit ?? json.error?.code];
    return `${h.status} ${[...new Set(reasons)].join(',')}`;
  } catch {
    return `${h.status}`;
  }
}

/** Markup shown in a page never runs: no dialog, no window.__pwned, no injected element. */
export async function watchForExecution(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(dialogs, 'a dialog opened: markup ran').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    await expect(page.locator('#hostile-injected')).toHaveCount(0);
  };
}

// ——— Server actions over HTTP ———
// A server action is an HTTP endpoint: POST to a page with a `Next-Action` header naming the
// action's id (from the build's server-reference manifest) and the arguments as a JSON array.
// The hostile specs call them the way a crafted request would, past every form field's limits.

const MANIFEST = path.join(root, '.next/server/server-reference-manifest.json');

/** The action id of `exportedName` exported from `file` (path from the project root). */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
  const hit = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === exportedName);
  if (!hit) throw new Error(`no server action ${exportedName} in ${file} (build the app first)`);
  return hit[0];
}

/** As React encodes an action's arguments: a string starting with `$` is escaped as `$$`. */
function encodeReplyValue(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith('$') ? `$${v}` : v;
  if (Array.isArray(v)) return v.map(encodeReplyValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeReplyValue(x)]));
  return v;
}

export interface ActionAnswer<T = unknown> {
  status: number;
  body: string;
  /** the action's ActionResult, or null when the answer carried none */
  result: { ok: true; data: T } | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } } | null;
}

/**
 * Calls a server action as the browser does; `raw` sends a body as is (a crafted request).
 * The answer is a React Server Components stream: the action's return value is its row 1.
 */
export async function callAction<T = unknown>(api: APIRequestContext, page: string, id: string, arg: unknown, raw?: string | Buffer): Promise<ActionAnswer<T>> {
  const res = await api.post(page, {
    headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseUrl() },
    data: raw ?? JSON.stringify([encodeReplyValue(arg)]),
    maxRedirects: 0,
  });
  const body = await res.text();
  let result: ActionAnswer<T>['result'] = null;
  const row = /^1:(\{.*\})$/m.exec(body);
  if (row) {
    const parsed = JSON.parse(row[1]) as NonNullable<ActionAnswer<T>['result']>;
    if (typeof parsed === 'object' && 'ok' in parsed) result = parsed;
  }
  return { status: res.status(), body, result };
}

const claimErrors = (locale: 'ar' | 'en') => (messages(locale, 'claim').errors ?? {}) as Record<string, string>;

/**
 * An action's answer to hostile input: never a 5xx, never a stack trace, never `internal` (the
 * 500 of an action, which answers 200 with `{ ok: false }`), and a refusal has a code the page
 * translates in both languages.
 */
export function expectActionHandled(a: ActionAnswer, ctx: { entry: string; c: HostileCase; variant?: string }): void {
  const what = `${ctx.entry} ${ctx.c.id}${ctx.variant ? ` (${ctx.variant})` : ''}`;
  expect(a.status, `${what}: ${a.body.slice(0, 300)}`).toBeLessThan(500);
  expect(stackTraceIn(a.body), `${what}: stack trace in the body`).toBeNull();
  // refused before the action runs (proxy.ts: a body over the limit, not an argument list): a 4xx
  if (a.result === null) expect(a.status, `${what}: no ActionResult in ${a.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  if (a.result && !a.result.ok) {
    expect(a.result.error.code, `${what}: ${a.result.error.message}`).not.toBe('internal');
    for (const locale of ['ar', 'en'] as const) expect(claimErrors(locale)[a.result.error.code], `claim.errors.${a.result.error.code} (${locale})`).toBeTruthy();
  }
}

/** "ok", or the refusal code, for RESULTS.md */
export function actionOutcome(a: ActionAnswer): string {
  if (!a.result) return `${a.status}`;
  return a.result.ok ? 'ok' : a.result.error.code;
}
