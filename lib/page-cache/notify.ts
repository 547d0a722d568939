// Cross-instance invalidation of the page cache through PostgreSQL: a publish or a correction on
// any instance sends NOTIFY on one channel; every app process LISTENs on it and drops its cached
// pages. While the LISTEN connection is down a process caches nothing (it could miss a
// notification), and it starts again empty once reconnected.
import { Client } from 'pg';

export const PUBLIC_PAGES_CHANNEL = 'sadaa_public_pages';

/** What the listener needs of the cache. */
export interface Invalidatable {
  invalidate(): void;
  setEnabled(enabled: boolean): void;
}

const IN_PROCESS = Symbol.for('sadaa.page-cache');

/** Registers the process's cache so a publish in this process drops it synchronously too. */
export function registerInProcessCache(cache: Invalidatable): void {
  (globalThis as Record<symbol, unknown>)[IN_PROCESS] = cache;
}

/** Drops this process's cached pages at once (no-op when no page cache runs in this process). */
export function invalidateInProcess(): void {
  const cache = (globalThis as Record<symbol, unknown>)[IN_PROCESS] as Invalidatable | undefined;
  cache?.invalidate();
}

export interface Listener {
  stop(): Promise<void>;
}

/**
 * Keeps one connection LISTENing on PUBLIC_PAGES_CHANNEL, reconnecting with back-off (0.5 s to
 * 5 s). Until the first connection succeeds, and whenever it is lost, the cache is disabled.
 */
export function listenForPublicPageChanges(databaseUrl: string, cache: Invalidatable, log: (m: string) => void = () => {}): Listener {
  let stopped = false;
  let client: Client | null = null;
  let delay = 500;
  let timer: NodeJS.Timeout | null = null;
  cache.setEnabled(false);

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, 5000);
  };

  const lost = (why: string) => {
    if (stopped) return;
    cache.setEnabled(false);
    log(`page cache off: ${why}; reconnecting`);
    const c = client;
    client = null;
    c?.removeAllListeners();
    c?.on('error', () => {});
    void c?.end().catch(() => {});
    schedule();
  };

  const connect = async () => {
    const c = new Client({ connectionString: databaseUrl, application_name: 'sadaa-page-cache', keepAlive: true });
    client = c;
    c.on('error', (e) => lost(e.message));
    c.on('end', () => lost('connection closed'));
    c.on('notification', (n) => {
      if (n.channel === PUBLIC_PAGES_CHANNEL) cache.invalidate();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_PAGES_CHANNEL}`);
      if (stopped || client !== c) return;
      delay = 500;
      // anything published while we were not listening is in no entry: start empty
      cache.setEnabled(true);
      cache.invalidate();
    } catch (e) {
      if (client === c) lost(e instanceof Error ? e.message : String(e));
    }
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
}
