// Paste, file upload and URL: one article each, stored at once (its own transaction through
// ingestArticle). Bad input becomes an ImportRefusal naming the file and a reason code that the
// page translates; nothing is written for a refused input.
import { ingestArticle } from '../articles/ingest-article';
import { readArticleFile } from '../articles/read-article-file';
import { fetchArticleUrl, FetchUrlError, type FetchFailure } from '../articles/fetch-article-url';
import { DecodeError, type DecodeFailure } from '../extraction/decode';
import { AppError } from '../errors/app-error';
import { ACCEPTED_FILE, fileLabel } from './limits';
import type { PrismaClient } from '../generated/prisma/client';

export type RefusalReason = DecodeFailure | FetchFailure | 'not_accepted' | 'too_many_files' | 'no_files' | 'request_too_large' | 'invalid_input';

export interface ImportProblem {
  file: string;
  reason: RefusalReason;
  detail?: string;
}

export interface ImportedArticle {
  file: string;
  status: 'stored' | 'duplicate';
  articleId: number;
  claimCount: number | null;
}

export interface ArticleMetaInput {
  title?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

/** 413 when any problem is a size problem, 415 for a file type, else 422; the details list every file. */
export function refuse(problems: ImportProblem[]): AppError {
  const isSize = problems.some((p) => p.reason === 'too_large' || p.reason === 'request_too_large' || p.reason === 'too_many_files');
  const isType = problems.every((p) => p.reason === 'not_accepted' || p.reason === 'content_type');
  const code = isSize ? 'too_large' : isType ? 'unsupported' : 'invalid_input';
  return new AppError(code, problems.map((p) => `${p.file}: ${p.reason}`).join('; '), { problems });
}

export async function importPaste(db: PrismaClient, text: string, meta: ArticleMetaInput, actorId: string): Promise<ImportedArticle> {
  const label = meta.title?.trim() || 'paste';
  let read;
  try {
    // the same checks as a file (empty, binary, size); pasted HTML source is reduced to its text
    read = readArticleFile(Buffer.from(text, 'utf8'), 'paste.txt');
  } catch (e) {
    if (e instanceof DecodeError) throw refuse([{ file: label, reason: e.reason }]);
    throw e;
  }
  return store(db, label, { text: read.text, title: meta.title || read.title, outlet: meta.outlet, publishedAt: meta.publishedAt, url: meta.url, encoding: 'utf-8' }, actorId);
}

/** All files are read first: one bad file refuses the whole upload, so nothing is half imported. */
export async function importFiles(db: PrismaClient, files: { name: string; bytes: Uint8Array }[], meta: ArticleMetaInput, actorId: string): Promise<ImportedArticle[]> {
  const problems: ImportProblem[] = [];
  const read = files.map((f) => {
    const file = fileLabel(f.name);
    if (!ACCEPTED_FILE.test(file)) {
      problems.push({ file, reason: 'not_accepted' });
      return null;
    }
    try {
      return { file, ...readArticleFile(f.bytes, file) };
    } catch (e) {
      if (e instanceof DecodeError) {
        problems.push({ file, reason: e.reason });
        return null;
      }
      throw e;
    }
  });
  if (problems.length) throw refuse(problems);
  const results: ImportedArticle[] = [];
  for (const r of read) {
    if (!r) continue;
    results.push(await store(db, r.file, { text: r.text, title: files.length === 1 && meta.title ? meta.title : r.title, outlet: meta.outlet, publishedAt: meta.publishedAt, encoding: r.encoding, sourceName: r.file }, actorId));
  }
  return results;
}

export async function importUrl(db: PrismaClient, url: string, meta: ArticleMetaInput, actorId: string): Promise<ImportedArticle> {
  let page;
  try {
    page = await fetchArticleUrl(url);
  } catch (e) {
    if (e instanceof FetchUrlError) throw refuse([{ file: url, reason: e.reason, detail: e.detail }]);
    if (e instanceof DecodeError) throw refuse([{ file: url, reason: e.reason }]);
    throw e;
  }
  return store(db, url, { text: page.text, title: meta.title || page.title, outlet: meta.outlet, publishedAt: meta.publishedAt, url: page.url, encoding: page.encoding }, actorId);
}

async function store(
  db: PrismaClient,
  file: string,
  input: { text: string; title?: string | null; outlet?: string | null; publishedAt?: string | null; url?: string | null; encoding: string; sourceName?: string },
  actorId: string,
): Promise<ImportedArticle> {
  const r = await ingestArticle(db, { ...input, sourceName: input.sourceName ?? null }, actorId);
  return { file, status: r.status, articleId: r.articleId, claimCount: r.status === 'stored' ? r.claimCount : null };
}
