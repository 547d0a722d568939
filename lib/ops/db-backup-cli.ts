// npm run db:backup [-- FILE]        → plain SQL dump of the app's database (default .data/backups/…)
// npm run db:restore -- FILE [--force] → replaces the app's database with the dump
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, projectRoot } from './database';
import { backupDatabase, restoreDatabase } from './backup';
import { StartupError } from '../db/startup-error';

const [verb, ...rest] = process.argv.slice(2);
const force = rest.includes('--force');
const fileArg = rest.find((a) => !a.startsWith('--'));

const db = await openDatabase();
try {
  if (verb === 'backup') {
    const file = path.resolve(fileArg ?? path.join(projectRoot, '.data/backups', `claims-${new Date().toISOString().replace(/[:.]/g, '-')}.sql`));
    mkdirSync(path.dirname(file), { recursive: true });
    await backupDatabase(db.url, file);
    console.log(`backup written to ${file}`);
  } else if (verb === 'restore') {
    if (!fileArg) throw new StartupError('usage: npm run db:restore -- FILE [--force]');
    await restoreDatabase(db.url, path.resolve(fileArg), { force });
    console.log(`restored ${fileArg}`);
  } else {
    throw new StartupError('usage: db-backup-cli.ts backup [FILE] | restore FILE [--force]');
  }
} catch (e) {
  console.error(e instanceof StartupError ? `cannot ${verb}: ${e.message}` : e);
  process.exitCode = 1;
} finally {
  await db.stop();
}
