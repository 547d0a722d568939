import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { prisma } from '@/lib/db/prisma';

const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

// better-auth owns passwords (scrypt), sessions (in PostgreSQL, so every app instance sees the
// same ones) and sign-in rate limits (also in PostgreSQL). Roles are ours: a column on users.
function createAuth() {
  return betterAuth({
    appName: 'Sadaa',
    baseURL,
    secret: process.env.BETTER_AUTH_SECRET,
    trustedOrigins: [baseURL, baseURL.replace('localhost', '127.0.0.1')],
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by an admin's invitation, never by self sign-up.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
      // Role changes and revocations must take effect at once: no cookie cache of the session.
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'editor' },
      },
    },
    advanced: {
      database: { generateId: () => crypto.randomUUID() },
      useSecureCookies: process.env.SECURE_COOKIES === '1' || baseURL.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      customRules: {
        // Five sign-in attempts a minute per client; the sixth gets 429 and a Retry-After.
        '/sign-in/email': { window: 60, max: 5 },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

/** Created on first use: `next build` loads route modules without a database. */
export function getAuth(): Auth {
  return (globalForAuth.auth ??= createAuth());
}
