// `npm start`: database (embedded unless DATABASE_URL) → migrations → seed if empty → build if
// needed → the app's server (lib/ops/serve.ts: Next.js behind the public page cache) on PORT. Stops PostgreSQL cleanly when the app stops.
//   node --import tsx lib/ops/start.ts [--fresh-db] [--no-build]
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { openDatabase, migrateDatabase, projectRoot } from './database';
import { buildIfNeeded } from './build-if-needed';
import { seedIfEmpty } from '../../prisma/seed-demo';
import { StartupError } from '../db/startup-error';
import { localAuthSecret } from './local-secret';

const log = (m: string) => process.stdout.write(`[start] ${m}\n`);

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const port = parsePort(process.env.PORT ?? '3000');
  await assertPortFree(port);

  const db = await openDatabase({ fresh: args.has('--fresh-db') });
  log(db.isEmbedded ? `embedded PostgreSQL ready (${redact(db.url)})` : `using DATABASE_URL (${redact(db.url)})`);
  let isStopping = false;
  const stopDb = async () => {
    if (isStopping) return;
    isStopping = true;
    await db.stop().catch(() => {});
  };
  // Until the app runs, a signal stops PostgreSQL and exits; afterwards it goes to the app first.
  let onSignal = (signal: NodeJS.Signals) => void stopDb().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.on('SIGINT', (s) => onSignal(s));
  process.on('SIGTERM', (s) => onSignal(s));

  try {
    const applied = await migrateDatabase(db.url);
    if (applied.length) log(`applied ${applied.length} migration(s): ${applied.join(', ')}`);
    const seeded = await seedIfEmpty(db.url, log);
    if (seeded) {
      log('demo data loaded. Sign in at /ar/sign-in with:');
      for (const u of seeded.users) log(`  ${u.role.padEnd(8)} ${u.email}  password: ${u.password}`);
    }
    if (!args.has('--no-build')) buildIfNeeded(projectRoot, log);
  } catch (e) {
    await stopDb();
    throw e;
  }

  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'lib/ops/serve.ts')], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? localAuthSecret(projectRoot),
      BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
    },
  });
  log(`serving on http://localhost:${port}/ar`);
  onSignal = (signal) => {
    if (!child.killed) child.kill(signal);
  };
  child.on('exit', async (code, signal) => {
    await stopDb();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartupError(`PORT must be a number from 1 to 65535 (got "${raw}")`);
  return port;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new StartupError(`port ${port} is already in use; stop what runs there or choose another port, e.g. PORT=${port + 1} npm start`)
          : e,
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

main().catch((e: unknown) => {
  if (e instanceof StartupError) {
    process.stderr.write(`[start] cannot start: ${e.message}\n`);
  } else {
    process.stderr.write(`[start] failed: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
});
