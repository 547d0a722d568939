// `npm start` builds only when the production build is missing or older than the sources.
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package.json', 'prisma/schema.prisma'];
const IGNORED = new Set(['node_modules', '.next', 'generated']);

export function buildIfNeeded(root: string, log: (m: string) => void): void {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (existsSync(buildId) && newestMtime(root) <= statSync(buildId).mtimeMs) return;
  log('building the app (first start, or the sources changed)…');
  const started = Date.now();
  const res = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (res.status !== 0) throw new Error('next build failed (see above)');
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function newestMtime(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (!IGNORED.has(e)) visit(path.join(p, e));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const s of SOURCES) if (existsSync(path.join(root, s))) visit(path.join(root, s));
  return newest;
}
