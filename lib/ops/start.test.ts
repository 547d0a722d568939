// The start command's bad inputs: each stops with one clear line (no stack trace) and exit 1.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function start(env: Record<string, string>) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'lib/ops/start.ts', '--no-build'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, stderr: res.stderr.trim(), stdout: res.stdout };
}

describe('npm start with bad settings', () => {
  it('a malformed DATABASE_URL: one line naming the problem', () => {
    const r = start({ DATABASE_URL: 'not a url', PORT: '3971' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('[start] cannot start: DATABASE_URL is not a valid URL; expected postgresql://user:password@host:5432/database');
  });

  it('a DATABASE_URL of another kind of database', () => {
    const r = start({ DATABASE_URL: 'mysql://u:p@localhost:3306/db', PORT: '3972' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\[start\] cannot start: DATABASE_URL must start with postgresql:\/\//);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });

  it('an unreachable DATABASE_URL: one line with host and reason, password never shown', () => {
    const r = start({ DATABASE_URL: 'postgresql://u:secret-pw@127.0.0.1:1/claims', PORT: '3973' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot connect to the PostgreSQL of DATABASE_URL \(127\.0\.0\.1:1\/claims\)/);
    expect(r.stderr).not.toContain('secret-pw');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a port already in use: names the port and how to choose another', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(3974, resolve));
    try {
      const r = start({ PORT: '3974', DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/x' });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        '[start] cannot start: port 3974 is already in use; stop what runs there or choose another port, e.g. PORT=3975 npm start',
      );
    } finally {
      blocker.close();
    }
  });

  it('a PORT that is not a port', () => {
    const r = start({ PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('[start] cannot start: PORT must be a number from 1 to 65535 (got "eighty")');
  });
});
