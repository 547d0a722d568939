// Bulk import. One route for the whole flow, so the page needs no other endpoint:
//   POST (no batchId)            → a new batch (201 { batchId })
//   POST batchId + files         → adds a chunk of files (each request under the upload limit)
//   POST batchId + start=1       → hands the batch to the background worker (202)
import { z } from 'zod';
import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { prisma } from '@/lib/db/prisma';
import { appendToBatch, createBatch, startBatch } from '@/lib/imports/create-batch';
import { readFormDataCapped } from '@/lib/imports/request-body';
import { MAX_BATCH_FILES, MAX_REQUEST_BYTES, MAX_LABEL_CHARS } from '@/lib/imports/limits';
import { enqueueImportBatch } from '@/lib/jobs/app-worker';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

const fieldsSchema = z.object({
  batchId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  start: z.literal('1').optional(),
  skipped: z
    .string()
    .max(200_000)
    .optional()
    .transform((s, ctx) => {
      if (!s) return [];
      const parsed = z
        .array(z.object({ name: z.string().max(MAX_LABEL_CHARS * 4), size: z.number().int().nonnegative() }))
        .max(MAX_BATCH_FILES)
        .safeParse(JSON.parse(s));
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: 'skipped is not a list of files' });
        return z.NEVER;
      }
      return parsed.data;
    }),
});

export const POST = defineRoute('import.batch', { roles: ['admin', 'editor'] }, async (req, { user }) => {
  const form = await readFormDataCapped(req, MAX_REQUEST_BYTES);
  let fields;
  try {
    fields = fieldsSchema.safeParse({ batchId: form.get('batchId') ?? undefined, start: form.get('start') ?? undefined, skipped: form.get('skipped') ?? undefined });
  } catch {
    throw new AppError('invalid_input', 'the input is not valid');
  }
  if (!fields.success) throw new AppError('invalid_input', 'the input is not valid', { fields: z.flattenError(fields.error).fieldErrors });
  const { batchId, start, skipped } = fields.data;
  if (!batchId) {
    const batch = await createBatch(prisma, user!.id);
    return NextResponse.json({ batchId: batch.id }, { status: 201 });
  }
  const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
  if (files.length || skipped.length) {
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const { total } = await appendToBatch(prisma, batchId, user!.id, read, skipped);
    if (!start) return NextResponse.json({ batchId, total });
  }
  if (!start) throw new AppError('invalid_input', 'nothing to do: send files or start=1');
  const { total } = await startBatch(prisma, batchId, user!.id);
  await enqueueImportBatch(batchId);
  return NextResponse.json({ batchId, total, status: 'running' }, { status: 202 });
});
