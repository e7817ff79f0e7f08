/**
 * Finds Debian's Chromium and a CJK font, or installs them with apt when running as root.
 * Without a CJK font headless Chromium draws Chinese as empty boxes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

function hasCjkFont(): boolean {
  if (CJK_FONT_FILES.some((file) => existsSync(file))) return true;
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

const missing: string[] = [];
if (!findChromium()) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length === 0) {
  console.log(`Chromium: ${findChromium() ?? ''} (CJK font present)`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `End-to-end tests need Debian packages: ${missing.join(' ')}.\nInstall them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n(or set CHROMIUM_PATH to a Chromium binary)`,
  );
  process.exit(1);
}

console.log(`Installing ${missing.join(' ')} from Debian…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
// With recommends, as a desktop install: Chromium's recommended fonts and helpers included.
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
if (!findChromium()) {
  console.error('apt-get finished but no Chromium binary was found.');
  process.exit(1);
}
console.log(`Chromium: ${findChromium() ?? ''}`);
