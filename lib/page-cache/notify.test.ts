// The cross-instance invalidation path on a real PostgreSQL: a NOTIFY from any connection drops
// the cache; the cache stays off until LISTEN is in place and goes off when the connection dies.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { Client } from 'pg';
import { listenForPublicPageChanges, PUBLIC_PAGES_CHANNEL, type Listener } from './notify';

class Probe {
  enabled: boolean[] = [];
  invalidations = 0;
  invalidate() {
    this.invalidations++;
  }
  setEnabled(on: boolean) {
    this.enabled.push(on);
  }
  get isOn() {
    return this.enabled.at(-1) === true;
  }
}

const url = () => inject('databaseUrl');
let listener: Listener | null = null;
afterEach(async () => {
  await listener?.stop();
  listener = null;
});

async function sql(text: string, values: unknown[] = []) {
  const c = new Client({ connectionString: url() });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

describe('listenForPublicPageChanges', () => {
  it('is off until it listens, then drops the cache on every NOTIFY from another connection', async () => {
    const probe = new Probe();
    listener = listenForPublicPageChanges(url(), probe);
    expect(probe.isOn).toBe(false);
    await expect.poll(() => probe.isOn, { timeout: 5000 }).toBe(true);
    const before = probe.invalidations;
    await sql('SELECT pg_notify($1, $2)', [PUBLIC_PAGES_CHANNEL, 'some-slug']);
    await expect.poll(() => probe.invalidations, { timeout: 5000 }).toBe(before + 1);
    await sql('SELECT pg_notify($1, $2)', ['another_channel', 'x']);
    await sql('SELECT pg_notify($1, $2)', [PUBLIC_PAGES_CHANNEL, '']);
    await expect.poll(() => probe.invalidations, { timeout: 5000 }).toBe(before + 2);
  });

  it('turns the cache off when its connection is killed, and back on (empty) after reconnecting', async () => {
    const probe = new Probe();
    listener = listenForPublicPageChanges(url(), probe);
    await expect.poll(() => probe.isOn, { timeout: 5000 }).toBe(true);
    const killed = await sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sadaa-page-cache' AND datname = current_database() AND pid <> pg_backend_pid()");
    expect(killed.rowCount).toBeGreaterThan(0);
    await expect.poll(() => probe.isOn, { timeout: 5000 }).toBe(false);
    const invalidationsWhileOff = probe.invalidations;
    await expect.poll(() => probe.isOn, { timeout: 10_000 }).toBe(true);
    expect(probe.invalidations).toBeGreaterThan(invalidationsWhileOff);
    // and it hears notifications again
    const before = probe.invalidations;
    await sql('SELECT pg_notify($1, $2)', [PUBLIC_PAGES_CHANNEL, 'x']);
    await expect.poll(() => probe.invalidations, { timeout: 5000 }).toBe(before + 1);
  });

  it('stays off and retries while the database cannot be reached', async () => {
    const probe = new Probe();
    const unreachable = url().replace(/:(\d+)\//, ':1/');
    listener = listenForPublicPageChanges(unreachable, probe);
    await new Promise((r) => setTimeout(r, 1500));
    expect(probe.isOn).toBe(false);
    expect(probe.enabled.every((on) => on === false)).toBe(true);
  });
});
