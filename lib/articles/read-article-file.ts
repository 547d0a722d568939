// Bytes of an uploaded or imported file → the article's text. Plain text and Markdown are kept
// exactly as decoded; an HTML page is reduced to its article with Mozilla's Readability (the
// engine of Firefox's reader view) on linkedom, so menus, scripts and styles never reach the text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeArticleBytes, DecodeError } from '../extraction/decode';

export interface ArticleFile {
  text: string;
  encoding: string;
  title: string | null;
}

const HTML_NAME = /\.html?$/i;
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td';

export function readArticleFile(bytes: Uint8Array, name: string): ArticleFile {
  const { text, encoding } = decodeArticleBytes(bytes, name);
  if (!HTML_NAME.test(name) && !looksLikeHtml(text)) return { text, encoding, title: null };
  const article = htmlToArticle(text);
  if (!article.text.trim()) throw new DecodeError('the HTML page has no readable article text', 'no_text');
  return { ...article, encoding };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

export function htmlToArticle(html: string): { text: string; title: string | null } {
  // A fragment (served as text/html, or a .html file without <html>) is wrapped into a document
  // first: linkedom gives a fragment no documentElement, and Readability refuses that.
  const source = looksLikeHtml(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  try {
    return readableText(source);
  } catch (e) {
    // Pathological markup (thousands of nested levels…) can break Readability or the DOM:
    // fall back to the page's text without tags rather than failing the import with a 500.
    console.warn(`[read-article-file] HTML reader failed (${e instanceof Error ? e.message : String(e)}); using the text without tags`);
    return { text: stripTags(source), title: null };
  }
}

function readableText(source: string): { text: string; title: string | null } {
  const { document } = parseHTML(source);
  // Readability mutates the document; it wants a `documentURI`-less DOM, which linkedom gives.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const content = parsed?.content ?? document.body?.innerHTML ?? '';
  const { document: doc } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...doc.querySelectorAll(BLOCKS)]
    // nested blocks (a <p> inside an <li>) are read once, through the outermost
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (doc.body?.textContent ?? '').trim();
  const title = parsed?.title?.trim() || null;
  return { text, title };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** the text of HTML without its tags, scripts and styles (the fallback reader) */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|pre|tr|br)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, n: string) => ENTITIES[n])
    .replace(/[ \t\r]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}
