import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

/*
 * The built app runs under the strict policy of index.html (no inline script or style, no eval,
 * Trusted Types required with the one 'yuelan' policy), and nothing it does breaks the policy.
 */

type Violation = { directive: string; blocked: string; sample: string };

/** Collects every CSP and Trusted Types violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<{ violations: Violation[]; messages: string[] }>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(message.text()))
      messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample }),
    );
  });
  return async () => ({
    violations: await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
    messages,
  });
}

const ROUTES: [string, string, string][] = [
  ['library', '', 'ul[aria-label="文档列表"] li'],
  ['article', 'doc/000_7187e93d150f6452', '.reader-prose p'],
  ['report', 'doc/002_7c8ff1c45c5cec2b#s-3-1', '.reader-prose h3'],
  ['search', 'search?q=%E5%95%86%E6%B1%A4', 'ol[aria-label="搜索结果"] mark'],
  ['embed', 'embed/000_7187e93d150f6452', '.reader-prose p'],
  ['not found', 'doc/nope', 'h1'],
];

describe('Content Security Policy and Trusted Types (e2e)', () => {
  const handle = useBrowserPage();

  test('the shipped page enforces the policy: no inline script or style, no HTML from strings, no other policy', async () => {
    const { page } = handle;
    await page.goto(inject('baseUrl'));
    await page.locator('ul[aria-label="文档列表"] li').first().waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain('trusted-types yuelan');
    const outcome = await page.evaluate(() => {
      const tries: Record<string, string> = {};
      const attempt = (name: string, run: () => unknown) => {
        try {
          run();
          tries[name] = 'allowed';
        } catch (error) {
          tries[name] = (error as Error).name;
        }
      };
      attempt('inline script', () => {
        document.createElement('script').textContent = 'window.__ran = 1';
      });
      attempt('innerHTML', () => {
        document.createElement('div').innerHTML = '<b>x</b>';
      });
      attempt('second policy', () =>
        (
          window as unknown as { trustedTypes: { createPolicy: (n: string, r: object) => unknown } }
        ).trustedTypes.createPolicy('attacker', {}),
      );
      // An inline style element is parsed but not applied.
      const style = document.createElement('style');
      style.append(document.createTextNode('body { --csp-probe: applied; }'));
      document.head.append(style);
      tries['inline style'] = getComputedStyle(document.body).getPropertyValue('--csp-probe') ? 'applied' : 'blocked';
      style.remove();
      return tries;
    });
    expect(outcome).toEqual({
      'inline script': 'TypeError',
      innerHTML: 'TypeError',
      'second policy': 'TypeError',
      'inline style': 'blocked',
    });
  });

  test.each(ROUTES)('%s renders with zero violations', async (_name, path, ready) => {
    const { page } = handle;
    const report = await watchViolations(page);
    await page.goto(`${inject('baseUrl')}${path}`);
    await page.locator(ready).first().waitFor();
    // Down to the end, so that every lazy image asks to load; then let effects settle.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForTimeout(300);
    expect(await report()).toEqual({ violations: [], messages: [] });
  });

  test('typing a search and opening a result stay within the policy', async () => {
    const { page } = handle;
    const report = await watchViolations(page);
    await page.goto(inject('baseUrl'));
    await page.locator('ul[aria-label="文档列表"] li').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('数字哨兵');
    // A real result (with its highlight), not the list's own '正在搜索…' line.
    await page.locator('[role="listbox"] [role="option"] mark').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.reader-prose mark.search-hit').first().waitFor();
    expect(await report()).toEqual({ violations: [], messages: [] });
  });
});
