// JSON export, format "sadaa.claims" version 1 (lib/export/README.md). Written as a stream: the
// head, then one claim per line, then the tail, so a large export never sits whole in memory.
import { EXPORT_FORMAT_VERSION, type ExportClaim, type ExportMeta } from './types';

export const JSON_FORMAT_NAME = 'sadaa.claims';

export function jsonHead(meta: ExportMeta): string {
  const head = {
    format: JSON_FORMAT_NAME,
    version: EXPORT_FORMAT_VERSION,
    generatedAt: meta.generatedAt.toISOString(),
    scope: meta.scope,
    includesUnreviewed: meta.includesUnreviewed,
  };
  // the object without its closing brace, then the claims array opens
  return JSON.stringify(head).slice(0, -1) + ',"claims":[\n';
}

export function jsonItems(claims: ExportClaim[], isFirstBatch: boolean): string {
  if (claims.length === 0) return '';
  return (isFirstBatch ? '' : ',\n') + claims.map((c) => JSON.stringify(c)).join(',\n');
}

export function jsonTail(): string {
  return '\n]}\n';
}
