// Every useTranslations('ns') in a client component must name a namespace its area sends to the
// browser (CLIENT_NAMESPACES), or the page shows message keys instead of text.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_NAMESPACES, type ClientArea } from './client-messages';
import ar from './messages/ar';

const root = path.resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

function areaOf(file: string): ClientArea[] {
  const rel = path.relative(root, file);
  if (rel.includes('(editor)') || rel.startsWith('components/editor')) return ['editor'];
  if (rel.includes('(auth)')) return ['auth'];
  // shared components and the public pages can appear in every area
  return ['public', 'auth', 'editor'];
}

const clientFiles = ['app', 'components', 'lib']
  .flatMap((d) => files(path.join(root, d)))
  .filter((f) => !f.includes(`${path.sep}generated${path.sep}`))
  .filter((f) => /^\s*['"]use client['"]/.test(readFileSync(f, 'utf8')));

describe('client messages', () => {
  it('finds the client components (the scan itself works)', () => {
    expect(clientFiles.length).toBeGreaterThan(15);
  });

  it('each client component reads only namespaces its area sends', () => {
    const missing: string[] = [];
    for (const file of clientFiles) {
      const source = readFileSync(file, 'utf8');
      const used = [...source.matchAll(/useTranslations\(\s*(?:['"]([^'"]+)['"])?\s*\)/g)].map((m) => m[1] ?? '(all)');
      for (const ns of used) {
        for (const area of areaOf(file)) {
          if (!(CLIENT_NAMESPACES[area] as readonly string[]).includes(ns.split('.')[0])) missing.push(`${path.relative(root, file)}: '${ns}' is not sent in the ${area} area`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('client code that can appear on a public page uses no next-intl (public pages have no provider)', () => {
    const offending = clientFiles
      .filter((f) => areaOf(f).includes('public'))
      .filter((f) => /from ['"](next-intl(\/[a-z-]+)?|use-intl|@\/lib\/i18n\/navigation)['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offending).toEqual([]);
  });

  it('server code of the public pages does not import next-intl’s navigation (importing it ships its client Link)', () => {
    const publicServerFiles = [
      ...files(path.join(root, 'app/[locale]/(public)')),
      ...['layout.tsx', 'not-found.tsx', 'error.tsx'].map((f) => path.join(root, 'app/[locale]', f)),
      ...['components/layout', 'components/fact-checks', 'components/articles'].flatMap((d) => files(path.join(root, d))),
      path.join(root, 'lib/i18n/locale-link.tsx'),
    ];
    expect(publicServerFiles.length).toBeGreaterThan(10);
    const offending = publicServerFiles
      .filter((f) => /from ['"](next-intl\/navigation|@\/lib\/i18n\/navigation|\.\/navigation)['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offending).toEqual([]);
  });

  it('names only namespaces that exist', () => {
    for (const list of Object.values(CLIENT_NAMESPACES)) for (const ns of list) expect(Object.keys(ar), ns).toContain(ns);
  });
});
