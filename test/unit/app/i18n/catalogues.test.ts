import { describe, expect, test } from 'vitest';
import { english } from '../../../../src/app/i18n/en/index.ts';
import type { Catalogue, Messages } from '../../../../src/app/i18n/messages.ts';

/** Every Chinese catalogue in the folder, whether or not some code imports it yet. */
const chinese = Object.values(
  import.meta.glob<Record<string, Messages<Catalogue>>>('../../../../src/app/i18n/zh/*.ts', { eager: true }),
).flatMap((module) => Object.values(module));

const HAN = /[\u3400-\u9fff]/;
/** Words an English interface shows in Chinese on purpose: the app's Chinese name, and the way back to Chinese. */
const CHINESE_ON_PURPOSE = new Set([
  'shell.brand',
  'shell.switchLanguage',
  'shell.switchLanguageTitle',
  'readingSettings.languageZh',
]);

function sample(message: Catalogue[string]): string {
  if (typeof message === 'string') return message;
  // Called with plausible values: numbers where a count goes, words elsewhere.
  return String(
    (message as (...values: unknown[]) => string)(
      ...Array.from({ length: message.length }, (_, i) => (i === 0 ? 3 : 'x')),
    ),
  );
}

describe('the message catalogues', () => {
  test('there is a Chinese catalogue for every part of the interface, each with its own name', () => {
    expect(chinese.length).toBeGreaterThan(10);
    const names = chinese.map((messages) => messages.ns);
    expect(new Set(names).size).toBe(names.length);
  });

  test('English has the same catalogues as Chinese, with the same keys', () => {
    expect(Object.keys(english).sort()).toEqual(chinese.map((messages) => messages.ns).sort());
    for (const messages of chinese) {
      const translation = english[messages.ns];
      expect(Object.keys(translation ?? {}).sort(), messages.ns).toEqual(Object.keys(messages.zh).sort());
    }
  });

  test('a message that takes values takes the same values in both languages', () => {
    for (const messages of chinese) {
      for (const [key, zh] of Object.entries(messages.zh)) {
        const en = english[messages.ns]?.[key];
        expect(typeof en, `${messages.ns}.${key}`).toBe(typeof zh);
        if (typeof zh === 'function' && typeof en === 'function')
          expect(en.length, `${messages.ns}.${key}`).toBe(zh.length);
      }
    }
  });

  test('English messages are in English, and none is empty', () => {
    for (const [ns, catalogue] of Object.entries(english)) {
      for (const [key, message] of Object.entries(catalogue)) {
        const text = sample(message);
        expect(text.trim(), `${ns}.${key}`).not.toBe('');
        if (!CHINESE_ON_PURPOSE.has(`${ns}.${key}`)) expect(HAN.test(text), `${ns}.${key}: ${text}`).toBe(false);
      }
    }
  });

  test('Chinese messages are not left empty', () => {
    for (const messages of chinese)
      for (const [key, message] of Object.entries(messages.zh))
        expect(sample(message).trim(), `${messages.ns}.${key}`).not.toBe('');
  });
});
