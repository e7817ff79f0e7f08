import { describe, expect, test } from 'vitest';
import { framedByAnotherSite, isEmbedPath } from '../../src/app/framing.ts';

const at = (origin: string) => ({ location: { origin } });

describe('app/framing', () => {
  test('tells a frame of another site from a page of its own and a frame of the same site', () => {
    const self = { ...at('https://reader.example'), top: null as unknown, self: null as unknown };
    self.top = self;
    self.self = self;
    expect(framedByAnotherSite(self as unknown as Window)).toBe(false);
    const sameSite = { ...at('https://reader.example'), top: at('https://reader.example'), self: {} };
    expect(framedByAnotherSite(sameSite as unknown as Window)).toBe(false);
    const crossSite = {
      ...at('https://reader.example'),
      self: {},
      top: {
        get location(): never {
          throw new DOMException('Blocked a frame with origin', 'SecurityError');
        },
      },
    };
    expect(framedByAnotherSite(crossSite as unknown as Window)).toBe(true);
  });

  test('only the embed view may be framed', () => {
    expect(isEmbedPath('/embed/abc')).toBe(true);
    expect(isEmbedPath('/doc/abc')).toBe(false);
    expect(isEmbedPath('/')).toBe(false);
  });
});
