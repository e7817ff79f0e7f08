import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../src/pipeline/build-bundle.ts';
import { formatBuildReport } from '../../../src/pipeline/build-report.ts';
import { error } from '../../../src/pipeline/diagnostics.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the build report and hostile file names', () => {
  test('a name with a newline or terminal escapes cannot write or erase report lines', async () => {
    const result = await buildBundle([
      { file: 'a\nYuelan bundle: 0 rejected.md', bytes: encode('') },
      { file: '\u001b[2K\u001b[1Ahidden.md', bytes: encode('') },
      { file: 'rtl\u202egnp.md', bytes: encode('') },
    ]);
    const text = formatBuildReport(result.report);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('Yuelan bundle:'))).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toContain('a\\u000aYuelan bundle: 0 rejected.md');
    expect(text).toContain('\\u001b[2K\\u001b[1Ahidden.md');
    expect(text).toContain('rtl\\u202egnp.md');
  });

  test("a file named '__proto__' has its fate recorded like any other", async () => {
    const result = await buildBundle(
      [{ file: 'constructor.md', bytes: encode('---\ntitle: 标题\n---\n<p>正文。</p>') }],
      [error('__proto__', 'not a kind of file Yuelan reads', 'rename it')],
    );
    expect(Object.keys(result.report.fates).sort()).toEqual(['__proto__', 'constructor.md']);
    expect(result.report.fates['__proto__']).toBeNull();
    const printed = JSON.parse(JSON.stringify(result.report)) as { fates: object };
    expect(printed.fates).toHaveProperty('__proto__', null);
  });
});
