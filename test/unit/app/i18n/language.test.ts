import { describe, expect, test } from 'vitest';
import { pickLanguage } from '../../../../src/app/i18n/language.ts';

describe('pickLanguage', () => {
  test('the reader’s choice wins over the browser', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage('zh-CN', ['en-GB'])).toBe('zh-CN');
  });

  test('otherwise the first of the browser’s languages the interface has', () => {
    expect(pickLanguage('auto', ['en-US', 'zh-CN'])).toBe('en');
    expect(pickLanguage('auto', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage('auto', ['fr-FR', 'zh-HK', 'en'])).toBe('zh-CN');
    expect(pickLanguage('auto', ['de', 'EN-us'])).toBe('en');
    expect(pickLanguage('auto', ['zh'])).toBe('zh-CN');
  });

  test('a browser with neither language gets English; no languages at all (the prerender) gets Chinese', () => {
    expect(pickLanguage('auto', ['fr-FR', 'de'])).toBe('en');
    expect(pickLanguage('auto', [])).toBe('zh-CN');
  });

  test('a language tag is matched on its first part only', () => {
    expect(pickLanguage('auto', ['zhx-Latn', 'en'])).toBe('en');
    expect(pickLanguage('auto', ['eng', 'zh'])).toBe('zh-CN');
  });
});
