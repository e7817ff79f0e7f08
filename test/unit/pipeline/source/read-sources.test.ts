import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readSources } from '../../../../src/pipeline/source/read-sources.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('pipeline/source/read-sources', () => {
  test('a folder that cannot be read is one rejection; the files beside and after it are still read', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'yuelan-read-'));
    await mkdir(path.join(dir, 'a/locked'), { recursive: true });
    await writeFile(path.join(dir, 'a/locked/x.md'), '---\ntitle: x\n---\nx');
    await writeFile(path.join(dir, 'a/y.md'), '---\ntitle: y\n---\ny');
    await writeFile(path.join(dir, 'z.md'), '---\ntitle: z\n---\nz');
    // As root, permissions do not stop a read: the listing fails as an unreadable folder's would.
    const result = await readSources(dir, async (folder) => {
      if (folder.endsWith(`${path.sep}locked`))
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES' });
      return readdir(folder, { withFileTypes: true });
    });
    expect(result.sources.map((s) => s.file)).toEqual(['a/y.md', 'z.md']);
    expect(result.rejections).toEqual([
      expect.objectContaining({
        file: 'a/locked/',
        severity: 'error',
        message: expect.stringMatching(/^the folder cannot be read \(EACCES/),
        fix: 'check its permissions',
      }),
    ]);
  });
});
