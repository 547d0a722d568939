// Processes the fault tests own: a PostgreSQL they can stop and start, and app instances
// (`lib/ops/start.ts --no-build` on DATABASE_URL) they can SIGKILL. Each app runs in its own
// process group, so killing the group kills the start script AND its server child (lib/ops/serve.ts), and
// nothing else on the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { startEmbeddedPostgres, embeddedUrl, type EmbeddedServer } from '../../lib/db/embedded-postgres';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import { USERS, randomClientIp } from '../support/auth';

export const root = path.resolve(import.meta.dirname, '../..');
export const FAULTS_PG_PORT = Number(process.env.FAULTS_PG_PORT ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329) + 1000);
const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
export const PORT_A = E2E_PORT + 100;
export const PORT_B = E2E_PORT + 200;

export function startPostgres(): Promise<EmbeddedServer> {
  return startEmbeddedPostgres({
    dataDir: path.join(root, '.data/faults-pg'),
    port: FAULTS_PG_PORT,
    database: 'postgres',
    logFile: path.join(root, '.data/faults-postgres.log'),
  });
}

/** a new empty database on the fault tests' server; the first app start migrates and seeds it */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: embeddedUrl({ port: FAULTS_PG_PORT, database: 'postgres' }) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  return embeddedUrl({ port: FAULTS_PG_PORT, database: name });
}

export function dbClient(url: string): PrismaClient {
  return createPrismaClient(url, 4);
}

export class App {
  child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    readonly databaseUrl: string,
    readonly env: Record<string, string> = {},
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const log = openSync(path.join(root, 'test-results', `faults-app-${this.port}.log`), 'a');
    this.child = spawn(process.execPath, ['--import', 'tsx', 'lib/ops/start.ts', '--no-build'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, DATABASE_URL: this.databaseUrl, PORT: String(this.port), IMPORT_ALLOW_PRIVATE_URLS: '1', NEXT_TELEMETRY_DISABLED: '1', ...this.env },
    });
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`app on ${this.port} exited (${this.child.exitCode}); see test-results/faults-app-${this.port}.log`);
      const ok = await fetch(`${this.base}/ar`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`app on ${this.port} did not answer in 180 s`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL the start script and its server (the whole process group we made) */
  async kill(): Promise<void> {
    const c = this.child;
    if (!c?.pid) return;
    const exited = new Promise((r) => c.once('exit', r));
    process.kill(-c.pid, 'SIGKILL');
    await exited;
    // the group may outlive its leader for a moment
    await waitUntilGroupGone(c.pid);
    this.child = null;
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c?.pid || !this.alive) return;
    const exited = new Promise((r) => c.once('exit', r));
    process.kill(c.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    try {
      process.kill(-c.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await waitUntilGroupGone(c.pid);
    this.child = null;
  }
}

async function waitUntilGroupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** an API client on `base`, signed in as `who` from its own client address */
export async function signedInApi(base: string, who: keyof typeof USERS = 'editor', ip = randomClientIp()): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { 'x-forwarded-for': ip } });
  const res = await ctx.post('/api/auth/sign-in/email', { data: USERS[who] });
  expect(res.status(), await res.text()).toBe(200);
  return ctx;
}

/** a bulk import as the import page makes it: a batch, chunks of files, then start */
export async function queueBulkImport(api: APIRequestContext, files: { name: string; text: string }[], chunk = 100): Promise<number> {
  const created = await api.post('/api/import/batches', { multipart: {} as Record<string, string> });
  expect(created.status(), await created.text()).toBe(201);
  const { batchId } = (await created.json()) as { batchId: number };
  for (let i = 0; i < files.length; i += chunk) {
    const form = new FormData();
    form.set('batchId', String(batchId));
    for (const f of files.slice(i, i + chunk)) form.append('files', new Blob([f.text], { type: 'text/plain' }), f.name);
    const res = await api.post('/api/import/batches', { multipart: form });
    expect(res.status(), await res.text()).toBe(200);
  }
  const started = await api.post('/api/import/batches', { multipart: { batchId: String(batchId), start: '1' } });
  expect(started.status(), await started.text()).toBe(202);
  return batchId;
}

/** distinct articles, each with check-worthy sentences */
export function generatedArticles(n: number, tag: string): { name: string; text: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${tag}-${String(i).padStart(4, '0')}.txt`,
    text:
      `قال المتحدث باسم الوزارة إن ${1000 + i} شخصا حضروا الاجتماع في العاصمة يوم 12 مارس 2024.\n` +
      `وأضاف أن الحكومة أنفقت ${i + 7} مليون دولار على المشروع خلال عام 2023، بزيادة ${(i % 40) + 3} في المئة.\n` +
      `وذكر التقرير أن ${i % 90 + 10} مدرسة أغلقت أبوابها. [${tag} ${i}]`,
  }));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
