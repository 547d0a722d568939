// Creates a new migration offline. The Prisma CLI's `migrate dev` needs a native schema engine
// that this machine cannot download, so we ask the engine's WASM build (@prisma/schema-engine-wasm)
// to diff the schema snapshot of the last migration against prisma/schema.prisma, and write the
// SQL in Prisma's own folder layout (so `prisma migrate deploy/status` agree wherever the native
// engine is available).
//   npx tsx prisma/make-migration.ts <name>
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

// The package is built for bundlers (it imports the .wasm file as a module), which Node cannot
// do; instantiate the WebAssembly by hand and hand it to the generated bindings.
const bgJs = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
const wasmPath = bgJs.replace(/\.js$/, '.wasm');
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
  './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
});
bindings.__wbg_set_wasm(instance.exports);
(instance.exports.__wbindgen_start as () => void)();
const { SchemaEngine } = bindings;

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npx tsx prisma/make-migration.ts <snake_case_name>');
  process.exit(2);
}
const schemaPath = 'prisma/schema.prisma';
const snapshotPath = 'prisma/migrations/schema-snapshot.prisma';
const schema = readFileSync(schemaPath, 'utf8');
const from = existsSync(snapshotPath)
  ? { tag: 'schemaDatamodel' as const, files: [{ path: snapshotPath, content: readFileSync(snapshotPath, 'utf8') }] }
  : { tag: 'empty' as const };

// The engine insists on a reachable database even for a schema-to-schema diff: point
// DATABASE_URL at a scratch database (npm run db:url prints the embedded one's).
const adapter = bindMigrationAwareSqlAdapterFactory(
  new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' }),
);
const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
const result = await engine.diff({
  from,
  to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = result.stdout ?? '';
if (!sql.trim() || /empty migration/i.test(sql)) {
  console.error('schema.prisma has no changes since the last migration');
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = `prisma/migrations/${stamp}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/migration.sql`, sql);
writeFileSync(snapshotPath, schema);
if (!existsSync('prisma/migrations/migration_lock.toml')) {
  writeFileSync('prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n');
}
console.log(`wrote ${dir}/migration.sql`);
