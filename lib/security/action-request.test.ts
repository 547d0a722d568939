import { describe, it, expect } from 'vitest';
import { refuseHostileActionRequest, MAX_ACTION_BODY_BYTES } from './action-request';

const action = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/ar/editor/claims/1', { method: 'POST', body, headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8', ...headers } });

describe('refuseHostileActionRequest', () => {
  it('lets the argument lists React sends through', async () => {
    for (const body of ['[{"claimId":1,"version":2,"speaker":"وزير المالية"}]', '[{"q":"$$7*7","x":"$undefined","d":"$D2024-01-01T00:00:00.000Z","n":"$NaN"}]', '[]']) {
      expect(await refuseHostileActionRequest(action(body)), body).toBeNull();
    }
  });

  it('refuses what Next.js would answer with a 500: not JSON, not a list, a dangling reference', async () => {
    for (const body of ['', '[', 'null', '{"claimId":1}', '["$1"]', '[{"claimId":"$@0"}]', '[{"a":"$K1"}]', '\u0000']) {
      expect((await refuseHostileActionRequest(action(body)))?.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('refuses a body over the action limit with 413, by its header or by its length', async () => {
    const big = `["${'ب'.repeat(MAX_ACTION_BODY_BYTES / 2)}"]`;
    expect((await refuseHostileActionRequest(action(big)))?.status).toBe(413);
    expect((await refuseHostileActionRequest(action('[]', { 'content-length': String(MAX_ACTION_BODY_BYTES + 1) })))?.status).toBe(413);
  });

  it('leaves other requests and multipart actions alone', async () => {
    expect(await refuseHostileActionRequest(new Request('http://127.0.0.1/ar', { method: 'POST', body: '[' }))).toBeNull();
    expect(await refuseHostileActionRequest(action('--x', { 'content-type': 'multipart/form-data; boundary=x' }))).toBeNull();
  });
});
