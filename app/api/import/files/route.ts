import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { prisma } from '@/lib/db/prisma';
import { importFiles, refuse } from '@/lib/imports/import-one';
import { metaSchema, readFormDataCapped } from '@/lib/imports/request-body';
import { MAX_REQUEST_BYTES, MAX_UPLOAD_FILES } from '@/lib/imports/limits';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

export const POST = defineRoute('import.upload', { roles: ['admin', 'editor'] }, async (req, { user }) => {
  const form = await readFormDataCapped(req, MAX_REQUEST_BYTES);
  const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
  if (files.length === 0) throw refuse([{ file: 'upload', reason: 'no_files' }]);
  if (files.length > MAX_UPLOAD_FILES) throw refuse([{ file: 'upload', reason: 'too_many_files', detail: String(MAX_UPLOAD_FILES) }]);
  const meta = metaSchema.safeParse({ title: form.get('title') ?? undefined, outlet: form.get('outlet') ?? undefined, publishedAt: form.get('publishedAt') ?? undefined });
  if (!meta.success) throw new AppError('invalid_input', 'the input is not valid');
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const results = await importFiles(prisma, read, meta.data, user!.id);
  return NextResponse.json({ results }, { status: results.some((r) => r.status === 'stored') ? 201 : 200 });
});
