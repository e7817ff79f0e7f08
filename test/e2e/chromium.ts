import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names; tests never download a browser. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

/** The flags this workplace's network and sandbox need, and a fresh profile every launch. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Test pages are a Chinese reader's unless a test says otherwise: headless Chromium reports
 * en-US, which would give them the English interface.
 */
export const READER_LOCALE = 'zh-CN';

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: run `npm run test:chromium` (installs Debian chromium when root)');
  // playwright-core gives every launch a new, empty --user-data-dir of its own.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
