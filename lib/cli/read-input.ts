// Reading article files for the CLI verbs. Decoding lives in lib/extraction/decode so the web
// upload applies the same rules; this adds only the file system and the CLI's error shape.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DecodeError, MAX_ARTICLE_BYTES, decodeArticleBytes, type DecodedArticle } from '../extraction/decode';
import { badInput } from './cli-error';

export { decodeArticleBytes, MAX_ARTICLE_BYTES, DecodeError, type DecodedArticle } from '../extraction/decode';

export interface InputFile extends DecodedArticle {
  /** the basename, as the contract prints it */
  file: string;
}

/** Reads and decodes one file, throwing the CLI's exit-1 error with a reason on bad input. */
export async function readArticleFile(path: string): Promise<InputFile> {
  const file = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw badInput(file, 'not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof Error && 'exitCode' in err) throw err;
    throw badInput(file, 'cannot read file (does it exist?)');
  }
  // refuse before reading a huge file into memory
  if (size > MAX_ARTICLE_BYTES) throw badInput(file, `file is ${size} bytes, over the ${MAX_ARTICLE_BYTES} byte (2 MB) limit for one article`);
  const buf = await readFile(path);
  try {
    return { file, ...decodeArticleBytes(buf, file) };
  } catch (err) {
    if (err instanceof DecodeError) throw badInput(file, err.message);
    throw err;
  }
}

/** Reads a whole UTF-8 text file (TSV inputs have no article size limit), BOM dropped. */
export async function readTextFile(path: string): Promise<string> {
  const file = basename(path);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    throw badInput(file, 'cannot read file (does it exist?)');
  }
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw badInput(file, 'not valid UTF-8');
  }
}
