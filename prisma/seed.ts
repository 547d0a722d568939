// `npx prisma db seed` (and `npm run db:seed`): the demo data, on DATABASE_URL or the embedded database.
import { openDatabase, migrateDatabase } from '../lib/ops/database';
import { seedIfEmpty } from './seed-demo';

const db = await openDatabase();
try {
  await migrateDatabase(db.url);
  const seeded = await seedIfEmpty(db.url, (m) => console.log(m));
  console.log(seeded ? 'demo data loaded' : 'the database already has users: nothing to seed');
} finally {
  await db.stop();
}
