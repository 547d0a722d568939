// Import limits, in one place so the page, the route handlers and the docs agree.
import { MAX_ARTICLE_BYTES } from '../extraction/decode';

export { MAX_ARTICLE_BYTES };
/** pasted text: the same 2 MB as one file (UTF-8 bytes) */
export const MAX_PASTE_BYTES = MAX_ARTICLE_BYTES;
/** files in one direct upload (the form's "files" way, answered in the same request) */
export const MAX_UPLOAD_FILES = 20;
/** one upload request, direct or a bulk chunk: 20 files of 2 MB plus the multipart overhead */
export const MAX_REQUEST_BYTES = 42 * 1024 * 1024;
/** one bulk import: a newsroom's folder of a day or a week, processed in the background */
export const MAX_BATCH_FILES = 1000;
export const MAX_BATCH_BYTES = 200 * 1024 * 1024;
/** file names are labels shown in reports, never paths: control characters dropped, length capped */
export const MAX_LABEL_CHARS = 300;
export const ACCEPTED_FILE = /\.(txt|md|html?)$/i;

export function fileLabel(name: string): string {
  // eslint-disable-next-line no-control-regex
  const label = name.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (label || 'file').slice(0, MAX_LABEL_CHARS);
}
