import { z } from 'zod';

const idSchema = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647));

/** A route's numeric id, or null (→ 404) for anything else: never a 500 for a bad URL. */
export function parseId(raw: string): number | null {
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
