import 'server-only';
import { z } from 'zod';
import { NextResponse } from 'next/server';
import { requireUser, type CurrentUser } from './current-user';
import { AppError, APP_ERROR_STATUS, isAppError, isDatabaseUnavailable, type AppErrorCode } from '@/lib/errors/app-error';
import type { Role } from '@/lib/generated/prisma/client';

// Every server action and route handler is declared through one of these two helpers, which
// authenticate, check the role and validate the input on the server before any work is done,
// whatever the page showed. Each declaration is also recorded in a registry that the
// authorization-matrix test walks, so a new action without an expected-outcome entry fails it.

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: { code: AppErrorCode; message: string; details?: Record<string, unknown> } };

export const EVERYONE: readonly Role[] = ['admin', 'editor', 'reviewer'];

export const registry = new Map<string, { kind: 'action' | 'route'; roles: readonly Role[] | 'public' }>();

export function defineAction<S extends z.ZodType, T>(
  name: string,
  opts: { roles: readonly Role[]; input: S },
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(
  name: string,
  opts: { roles: 'public'; input: S },
  handler: (input: z.infer<S>, user: null) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(
  name: string,
  opts: { roles: readonly Role[] | 'public'; input: S },
  handler: (input: z.infer<S>, user: never) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  registry.set(name, { kind: 'action', roles: opts.roles });
  return async (raw) => {
    try {
      const user = opts.roles === 'public' ? null : await requireUser(opts.roles);
      const parsed = opts.input.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('invalid_input', 'the input is not valid', { fields: z.flattenError(parsed.error).fieldErrors });
      }
      return { ok: true, data: await handler(parsed.data, user as never) };
    } catch (e) {
      return { ok: false, error: toPublicError(e, name) };
    }
  };
}

export function defineRoute<P>(
  name: string,
  opts: { roles: readonly Role[] | 'public' },
  handler: (req: Request, ctx: { params: P; user: CurrentUser | null }) => Promise<Response>,
): (req: Request, ctx: { params: Promise<P> }) => Promise<Response> {
  registry.set(name, { kind: 'route', roles: opts.roles });
  return async (req, ctx) => {
    try {
      assertSameOrigin(req);
      const user = opts.roles === 'public' ? null : await requireUser(opts.roles);
      return await handler(req, { params: await ctx.params, user });
    } catch (e) {
      const error = toPublicError(e, name);
      return NextResponse.json({ error }, { status: APP_ERROR_STATUS[error.code] });
    }
  };
}

/**
 * Cross-site request forgery guard for route handlers that change things (server actions get
 * the same check from Next.js): a browser always says where a POST comes from, in Origin or
 * Sec-Fetch-Site; one from another site is refused. Clients without either (curl, scripts) are
 * not browsers carrying someone's cookies, and still need a valid session.
 */
export function assertSameOrigin(req: Request): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('forbidden', 'cross-site request refused');
  const origin = req.headers.get('origin');
  if (origin && origin !== 'null') {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    if (new URL(origin).host !== host) throw new AppError('forbidden', 'cross-site request refused');
  } else if (origin === 'null') {
    throw new AppError('forbidden', 'cross-site request refused');
  }
}

/** What reaches the client: an AppError's code and message, or a generic 500 (details go to the log only). */
export function toPublicError(e: unknown, where: string): { code: AppErrorCode; message: string; details?: Record<string, unknown> } {
  if (isAppError(e)) return { code: e.code, message: e.message, details: e.details };
  if (isDatabaseUnavailable(e)) {
    // PostgreSQL restarting or unreachable: a 503 the client may retry, not a 500
    console.error(`[${where}] database unavailable:`, e instanceof Error ? e.message : e);
    return { code: 'unavailable', message: 'the service is briefly unavailable; try again in a moment' };
  }
  console.error(`[${where}]`, e);
  return { code: 'internal', message: 'something went wrong on the server; try again' };
}
