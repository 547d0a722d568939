// The authorization matrix: every server action and route handler declared through
// lib/auth/guard.ts, called as anonymous, editor, reviewer and admin, against the expected
// outcome written below. Sessions are real (better-auth against PostgreSQL, signed cookies);
// only Next's request scope (headers(), revalidation) is supplied by the test.
// A new action or route without a row here fails the first test: add its row.
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { testDb } from '../test/db';

let cookie = '';
vi.mock('next/headers', () => ({
  headers: async () => new Headers(cookie ? { cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, unstable_cache: <T>(f: T) => f }));

type Who = 'anonymous' | 'editor' | 'reviewer' | 'admin';
type Expectation = 'public' | readonly Exclude<Who, 'anonymous'>[];

const EDITORS = ['editor', 'admin'] as const;
const EVERYONE = ['editor', 'reviewer', 'admin'] as const;

/** Who may call what. Keep in step with the declarations (the test tells you when not). */
export const MATRIX: Record<string, Expectation> = {
  'import.paste': EDITORS,
  'import.upload': EDITORS,
  'import.url': EDITORS,
  'import.batch': EDITORS,
  'import.batch.progress': EDITORS,
  'claims.update': EDITORS,
  'claims.create': EDITORS,
  'claims.searchForLink': EVERYONE,
  'claims.assign': EDITORS,
  'claims.transition': EVERYONE,
  'claims.addToSet': EDITORS,
  'review.transition': EVERYONE,
  'links.decide': EDITORS,
  'links.create': EDITORS,
  'users.invite': ['admin'],
  'users.changeRole': ['admin'],
  'users.acceptInvite': 'public',
  'claimSets.create': EVERYONE,
  'claimSets.rename': EVERYONE,
  'claimSets.delete': EVERYONE,
  'claimSets.addMembers': EVERYONE,
  'claimSets.removeMember': EVERYONE,
  'export.claims': EVERYONE,
  'export.set': EVERYONE,
  'factChecks.publicList': 'public',
  'factChecks.publicGet': 'public',
  'factChecks.feed': 'public',
};

/** Route handler (file#method) → its declared name. */
const ROUTES: Record<string, string> = {
  'app/api/public/fact-checks/route.ts#GET': 'factChecks.publicList',
  'app/api/public/fact-checks/[slug]/route.ts#GET': 'factChecks.publicGet',
  'app/feeds/[feed]/route.ts#GET': 'factChecks.feed',
  'app/api/export/claims/route.ts#GET': 'export.claims',
  'app/api/export/sets/[id]/route.ts#GET': 'export.set',
  'app/api/import/paste/route.ts#POST': 'import.paste',
  'app/api/import/files/route.ts#POST': 'import.upload',
  'app/api/import/url/route.ts#POST': 'import.url',
  'app/api/import/batches/route.ts#POST': 'import.batch',
  'app/api/import/batches/[id]/route.ts#GET': 'import.batch.progress',
};

const root = path.resolve(import.meta.dirname, '../..');
function findModules(dir: string, names: Set<string>): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) return findModules(p, names);
    return names.has(entry) ? [p] : [];
  });
}

const db = testDb();
const exported: Record<string, (raw: unknown) => Promise<unknown>> = {};
const routeHandlers: {
  file: string;
  method: string;
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
}[] = [];
const cookies: Partial<Record<Who, string>> = {};

beforeAll(async () => {
  for (const file of findModules(path.join(root, 'app'), new Set(['actions.ts', 'route.ts']))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (file.endsWith('route.ts'))
        routeHandlers.push({ file, method: name, handler: value as (typeof routeHandlers)[number]['handler'] });
      else exported[`${path.relative(root, file)}#${name}`] = value as (raw: unknown) => Promise<unknown>;
    }
  }
  const { getAuth } = await import('./auth');
  for (const role of ['editor', 'reviewer', 'admin'] as const) {
    const id = randomUUID();
    const email = `${role}-${id}@matrix.test`;
    await db.user.create({ data: { id, name: role, email, role, emailVerified: true } });
    await db.account.create({
      data: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await hashPassword('matrix-password') },
    });
    const res = await getAuth().api.signInEmail({ body: { email, password: 'matrix-password' }, asResponse: true });
    cookies[role] = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie') ?? '']).map((c) => c.split(';')[0]).join('; ');
    expect(cookies[role]).toContain('session_token');
  }
});

async function registryEntries() {
  const { registry } = await import('./guard');
  return [...registry.entries()];
}

describe('authorization matrix', () => {
  it('every declared action and route has a row, and every row a declaration', async () => {
    const declared = (await registryEntries()).map(([name]) => name).sort();
    expect(declared).toEqual(Object.keys(MATRIX).sort());
  });

  it('each declaration requires exactly the roles in its row', async () => {
    for (const [name, entry] of await registryEntries()) {
      const expected = MATRIX[name];
      expect(entry.roles === 'public' ? 'public' : [...entry.roles].sort(), name).toEqual(
        expected === 'public' ? 'public' : [...expected].sort(),
      );
    }
  });

  for (const who of ['anonymous', 'editor', 'reviewer', 'admin'] as const) {
    it(`server actions called as ${who} are let through or refused as the matrix says`, async () => {
      cookie = who === 'anonymous' ? '' : cookies[who]!;
      const { registry } = await import('./guard');
      // Call each exported action wrapper with an empty input: an allowed caller gets past the
      // guard to input validation (invalid_input); a refused one gets unauthenticated/forbidden.
      const outcomes: Record<string, string> = {};
      for (const [key, fn] of Object.entries(exported)) {
        // useActionState variants take (previous state, FormData)
        const call = key.endsWith('Form') ? (fn as unknown as (p: null, f: FormData) => Promise<unknown>)(null, new FormData()) : fn({});
        const res = (await call) as { ok: boolean; error?: { code: string } };
        outcomes[key] = res.ok ? 'ok' : res.error!.code;
      }
      const actionNames = [...registry.entries()].filter(([, e]) => e.kind === 'action').map(([n]) => n);
      expect(new Set(Object.keys(outcomes).map(actionNameOf))).toEqual(new Set(actionNames));
      for (const [key, code] of Object.entries(outcomes)) {
        const allowed = Object.values(outcomes).length > 0 && isAllowed(key, who);
        if (allowed) expect(['invalid_input', 'ok', 'not_found'], `${key} as ${who}`).toContain(code);
        else expect(code, `${key} as ${who}`).toBe(who === 'anonymous' ? 'unauthenticated' : 'forbidden');
      }
    });
  }

  for (const who of ['anonymous', 'editor', 'reviewer', 'admin'] as const) {
    it(`route handlers called as ${who} answer as the matrix says`, async () => {
      cookie = who === 'anonymous' ? '' : cookies[who]!;
      const routeNames = (await registryEntries()).filter(([, e]) => e.kind === 'route').map(([n]) => n);
      const keys = routeHandlers
        .filter((r) => r.method === 'GET' || r.method === 'POST' || r.method === 'DELETE' || r.method === 'PUT')
        .map((r) => `${path.relative(root, r.file)}#${r.method}`);
      const guarded = keys.filter((k) => !k.startsWith('app/api/auth/'));
      expect(new Set(guarded.map((k) => ROUTES[k] ?? `no ROUTES entry for ${k}`))).toEqual(new Set(routeNames));
      for (const r of routeHandlers) {
        const key = `${path.relative(root, r.file)}#${r.method}`;
        if (key.startsWith('app/api/auth/')) continue;
        const res = await r.handler(new Request('http://localhost/matrix', { method: r.method, headers: cookie ? { cookie } : {} }), {
          params: Promise.resolve({ slug: 'no-such-slug', id: '999999', feed: 'ar.xml' }),
        });
        const row = MATRIX[ROUTES[key]];
        const allowed = row === 'public' || (who !== 'anonymous' && row.includes(who));
        if (allowed) expect([401, 403], `${key} as ${who}`).not.toContain(res.status);
        else expect(res.status, `${key} as ${who}`).toBe(who === 'anonymous' ? 401 : 403);
      }
    });
  }

  function isAllowed(exportKey: string, who: Who): boolean {
    const name = actionNameOf(exportKey);
    const row = MATRIX[name];
    if (!row) throw new Error(`no matrix row for ${exportKey} (${name})`);
    return row === 'public' || (who !== 'anonymous' && row.includes(who));
  }
});

// Exported wrappers are named after what they do; map them to their declared names once.
const EXPORT_TO_ACTION: Record<string, string> = {
  saveClaim: 'claims.update',
  addClaim: 'claims.create',
  searchClaims: 'claims.searchForLink',
  assignClaimsToUser: 'claims.assign',
  transitionSelectedClaims: 'claims.transition',
  addSelectedClaimsToSet: 'claims.addToSet',
  reviewClaim: 'review.transition',
  decideClaimLink: 'links.decide',
  createClaimLink: 'links.create',
  invite: 'users.invite',
  setRole: 'users.changeRole',
  acceptInvitation: 'users.acceptInvite',
  createSet: 'claimSets.create',
  createSetForm: 'claimSets.create',
  renameSet: 'claimSets.rename',
  renameSetForm: 'claimSets.rename',
  deleteSet: 'claimSets.delete',
  deleteSetForm: 'claimSets.delete',
  addClaimsToSetAction: 'claimSets.addMembers',
  removeFromSet: 'claimSets.removeMember',
  removeFromSetForm: 'claimSets.removeMember',
};

function actionNameOf(exportKey: string): string {
  const fn = exportKey.split('#')[1];
  const name = EXPORT_TO_ACTION[fn];
  if (!name) throw new Error(`exported action ${exportKey} has no entry in EXPORT_TO_ACTION`);
  return name;
}
