import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The session-signing secret when BETTER_AUTH_SECRET is unset: made once per checkout and kept
 * in .data/ (ignored by git), so sessions survive restarts. Several instances must share one
 * secret: set BETTER_AUTH_SECRET for them.
 */
export function localAuthSecret(root: string): string {
  const file = path.join(root, '.data', 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
