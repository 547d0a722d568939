// Reading request bodies with a size cap before anything is parsed: an over-limit upload is a
// 413 with a reason the page translates, never a 500 or a server that buffered 1 GB first.
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { refuse } from './import-one';

function checkLength(req: Request, max: number, label: string): void {
  const length = Number(req.headers.get('content-length'));
  if (!Number.isFinite(length) || length <= 0) throw new AppError('invalid_input', 'the request has no length', { problems: [{ file: label, reason: 'invalid_input' }] });
  if (length > max) throw refuse([{ file: label, reason: 'request_too_large', detail: String(max) }]);
}

export async function readFormDataCapped(req: Request, max: number): Promise<FormData> {
  checkLength(req, max, 'upload');
  try {
    return await req.formData();
  } catch {
    throw new AppError('invalid_input', 'the upload could not be read', { problems: [{ file: 'upload', reason: 'invalid_input' }] });
  }
}

export async function readJsonCapped<S extends z.ZodType>(req: Request, max: number, schema: S, label: string): Promise<z.infer<S>> {
  checkLength(req, max, label);
  let raw: unknown;
  try {
    raw = JSON.parse(await req.text());
  } catch {
    throw new AppError('invalid_input', 'the request is not JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('invalid_input', 'the input is not valid', { fields: z.flattenError(parsed.error).fieldErrors });
  return parsed.data;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => s || null);

export const metaSchema = z.object({
  title: optionalText(500),
  outlet: optionalText(200),
  publishedAt: z
    .union([z.literal(''), z.iso.date()])
    .optional()
    .transform((s) => s || null),
  url: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)])
    .optional()
    .transform((s) => s || null),
});
