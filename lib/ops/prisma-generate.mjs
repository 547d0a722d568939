// postinstall: generate the Prisma client offline. Every Prisma CLI command first tries to
// download the native schema engine (unreachable here); `generate` only uses bundled WASM and
// runs when PRISMA_SCHEMA_ENGINE_BINARY names any existing file, so we point it at node itself.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const res = spawnSync(process.execPath, [prismaCli, 'generate'], { stdio: 'inherit', env });
process.exit(res.status ?? 1);
