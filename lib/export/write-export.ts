// Turns batches of claims into the chunks of a file, whatever the format. Pure and streaming:
// the route handler wraps it in a ReadableStream, the CLI writes it to stdout.
import { csvHeader, csvRows } from './csv';
import { jsonHead, jsonItems, jsonTail } from './json';
import { dataFeedHead, dataFeedItems, dataFeedTail } from './datafeed';
import type { ExportClaim, ExportFormat, ExportMeta } from './types';

export async function* exportChunks(format: ExportFormat, meta: ExportMeta, batches: AsyncIterable<ExportClaim[]>): AsyncGenerator<string> {
  yield format === 'csv' ? csvHeader() : format === 'json' ? jsonHead(meta) : dataFeedHead(meta);
  let isFirst = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield format === 'csv' ? csvRows(batch, meta) : format === 'json' ? jsonItems(batch, isFirst) : dataFeedItems(batch, isFirst, meta);
    isFirst = false;
  }
  if (format !== 'csv') yield format === 'json' ? jsonTail() : dataFeedTail();
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  datafeed: 'application/ld+json; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', datafeed: 'jsonld' };

/** A pull-based stream: the next batch is read from the database only when the client takes the last one. */
export function toReadableStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
