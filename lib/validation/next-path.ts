/**
 * Where to go after signing in: only a path inside this app (never another site, never a
 * protocol-relative //evil.example). Falls back to the editor's claims table.
 */
export function safeNextPath(raw: string | undefined | null, fallback = '/editor/claims'): string {
  if (!raw || typeof raw !== 'string' || raw.length > 500) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f]/.test(raw)) return fallback;
  // Drop a locale prefix: the router adds the current one.
  return raw.replace(/^\/(ar|en)(?=\/|$)/, '') || '/';
}
