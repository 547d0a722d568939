import { describe, expect, it } from 'vitest';
import { localizedPath, otherLocalePath } from './routing';

describe('otherLocalePath: the locale switcher’s target', () => {
  it('swaps the locale prefix and keeps the rest of the path', () => {
    expect(otherLocalePath('/ar/fact-checks/blinken-visit', 'en')).toBe('/en/fact-checks/blinken-visit');
    expect(otherLocalePath('/en/editor/claims', 'ar')).toBe('/ar/editor/claims');
    expect(otherLocalePath('/ar', 'en')).toBe('/en');
  });

  it('does not take a path segment that only starts like a locale for the prefix', () => {
    expect(otherLocalePath('/articles', 'en')).toBe('/en/articles');
    expect(otherLocalePath('/arabic/x', 'en')).toBe('/en/arabic/x');
    expect(otherLocalePath('/', 'ar')).toBe('/ar');
  });
});

describe('localizedPath: links of server components', () => {
  it('puts the locale in front of the path, keeping query and fragment', () => {
    expect(localizedPath('ar', '/')).toBe('/ar');
    expect(localizedPath('en', '/fact-checks')).toBe('/en/fact-checks');
    expect(localizedPath('ar', '/fact-checks?verdict=false&page=2')).toBe('/ar/fact-checks?verdict=false&page=2');
    expect(localizedPath('en', '/?q=x')).toBe('/en?q=x');
    expect(localizedPath('ar', '/#main')).toBe('/ar#main');
  });

  it('refuses a relative or external href', () => {
    expect(() => localizedPath('ar', 'fact-checks')).toThrow();
    expect(() => localizedPath('ar', 'https://example.org/')).toThrow();
  });
});
