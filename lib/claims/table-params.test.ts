import { describe, it, expect } from 'vitest';
import { parseClaimsTableParams, serializeClaimsTableParams, DEFAULT_PARAMS } from './table-params';

describe('claims table URL params', () => {
  it('empty params are the defaults', () => {
    expect(parseClaimsTableParams({})).toEqual(DEFAULT_PARAMS);
    expect(DEFAULT_PARAMS).toMatchObject({ page: 1, size: 25, sort: 'updated', dir: 'desc', q: '', hide: [] });
  });

  it('reads a full, valid view', () => {
    const p = parseClaimsTableParams(
      new URLSearchParams('q=بلينكن&status=in_review&verdict=false&outlet=3&article=7&assignee=me&slot=ordinal&conflict=1&from=2024-01-01&to=2024-06-10&sort=date&dir=asc&size=50&page=2&hide=verdict,slots'),
    );
    expect(p).toEqual({
      q: 'بلينكن', status: 'in_review', verdict: 'false', outlet: 3, article: 7, assignee: 'me', slot: 'ordinal', conflict: true,
      from: '2024-01-01', to: '2024-06-10', sort: 'date', dir: 'asc', size: 50, page: 2, hide: ['verdict', 'slots'],
    });
  });

  it('falls back field by field on bad or hostile values, never throwing', () => {
    const hostile = {
      page: '-1', size: '1000000', sort: "date; DROP TABLE claims", dir: 'sideways', status: 'deleted', verdict: '<script>',
      outlet: '1e9999', article: '0', assignee: "x' OR 1=1 --", slot: 'DROP', conflict: 'yes', from: '2024-02-30', to: 'tomorrow',
      hide: 'claim,select,outlet,outlet', q: ['first', 'second'],
    };
    const p = parseClaimsTableParams(hostile);
    expect(p).toEqual({ ...DEFAULT_PARAMS, q: 'first', hide: ['outlet'] });
    expect(() => parseClaimsTableParams({ page: '99999999999999999999', outlet: '99999999999', q: 'x'.repeat(5000) })).not.toThrow();
    const big = parseClaimsTableParams({ page: '99999999999999999999', outlet: '99999999999', q: 'x'.repeat(5000) });
    expect(big.page).toBe(1);
    expect(big.outlet).toBeNull();
    expect(big.q).toHaveLength(200);
  });

  it('serializes to a short canonical query that parses back to the same state', () => {
    expect(serializeClaimsTableParams(DEFAULT_PARAMS)).toBe('');
    const p = parseClaimsTableParams({ q: 'إسرائيل', status: 'new', assignee: 'unassigned', sort: 'checkworthiness', hide: 'slots,outlet', page: '3' });
    const qs = serializeClaimsTableParams(p);
    expect(qs).not.toContain('dir=');
    expect(parseClaimsTableParams(new URLSearchParams(qs))).toEqual(p);
  });
});
