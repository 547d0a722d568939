// Hostile corpus × the command line: `npm run --silent claims -- import <file…>` against the e2e
// database. Each file gets one JSON line (stored, duplicate or failed with a reason), the command
// ends with a one-line summary and no stack trace, and a failed file writes nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { CORPUS, bytesOf, stackTraceIn } from './corpus';
import { counts, record } from './support';
import { db, e2eDatabaseUrl } from '../support/db';

const root = path.resolve(import.meta.dirname, '../..');

function runCli(args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'claims', '--', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), NODE_OPTIONS: '' },
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

test.describe('hostile input: claims import (CLI)', () => {
  test('every case as a file: one answer per file, whole articles only, no stack trace', async () => {
    test.setTimeout(300_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sadaa-hostile-'));
    try {
      // file names on disk cannot hold NUL or "/": the case id names the file
      const files = CORPUS.map((c) => {
        const ext = /\.html?$/.test(c.fileName ?? '') ? '.html' : '.txt';
        const file = path.join(dir, `${c.id}${ext}`);
        writeFileSync(file, bytesOf(c));
        return file;
      });
      const before = await counts();
      const run = runCli(['import', ...files]);
      expect(stackTraceIn(run.stdout + run.stderr), run.stderr.slice(-2000)).toBeNull();
      expect([0, 1], run.stderr.slice(-2000)).toContain(run.status);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; status: string; articleId?: number; error?: string });
      expect(lines).toHaveLength(CORPUS.length);
      let stored = 0;
      for (const [i, line] of lines.entries()) {
        const c = CORPUS[i];
        expect(line.file).toBe(files[i]);
        expect(['stored', 'duplicate', 'failed'], c.id).toContain(line.status);
        if (line.status === 'failed') {
          // a reason a person can read, not an exception dump
          expect(line.error ?? '', c.id).not.toMatch(/\n|prisma|invocation/i);
          record('cli', c, `failed: ${line.error}`);
        } else {
          expect(await db().article.count({ where: { id: line.articleId } })).toBe(1);
          if (line.status === 'stored') stored++;
          record('cli', c, line.status);
        }
      }
      const failed = lines.filter((l) => l.status === 'failed').length;
      expect(run.stderr).toContain(`failed ${failed}`);
      expect(run.status).toBe(failed > 0 ? 1 : 0);
      expect((await counts()).articles - before.articles).toBe(stored);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // (the CLI is run by someone with a shell: a path it is given, even ../.., is read as asked)
  test('a path that does not exist is refused in one line', async () => {
    for (const p of ['/no/such/file.txt', '../../../../no-such-hostile-dir/x.txt', '']) {
      const run = runCli(['import', p]);
      expect(run.status).not.toBe(0);
      expect(stackTraceIn(run.stderr)).toBeNull();
      expect(run.stderr.trim().split('\n').length, run.stderr).toBeLessThanOrEqual(2);
    }
  });
});
