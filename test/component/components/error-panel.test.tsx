import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ErrorPanel } from '../../../src/app/components/error-panel.tsx';
import { FetchError } from '../../../src/app/data/fetch-json.ts';
import { setUiLanguage } from '../../../src/app/i18n/messages.ts';

afterEach(async () => {
  await setUiLanguage('zh-CN');
});

describe('app/components/error-panel', () => {
  test('a failed fetch is described in the interface language of the moment it is shown', async () => {
    render(<ErrorPanel title="—" error={new FetchError('http', 404)} />);
    expect(screen.getByRole('alert').textContent).toContain('找不到所需的数据文件（404）。');
    // The error was made in Chinese; switching the interface afterwards still translates it.
    await act(() => setUiLanguage('en'));
    expect(screen.getByRole('alert').textContent).toContain('A data file the page needs is missing (404).');
  });

  test('each kind of failure has its own words, and a check of the contents says what it found', () => {
    const { rerender } = render(<ErrorPanel title="—" error={new FetchError('network')} />);
    expect(screen.getByRole('alert').textContent).toContain('无法连接到服务器');
    rerender(<ErrorPanel title="—" error={new FetchError('http', 503)} />);
    expect(screen.getByRole('alert').textContent).toContain('服务器返回错误 503。');
    rerender(<ErrorPanel title="—" error={new FetchError('format')} />);
    expect(screen.getByRole('alert').textContent).toContain('数据文件已损坏');
    rerender(
      <ErrorPanel title="—" error={new FetchError('format', undefined, 'manifest.json: schema 4, expected 5')} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('manifest.json: schema 4, expected 5');
  });

  test('trying again is offered for a dropped connection or a server error, not a missing or broken file', () => {
    expect(new FetchError('network').retryable).toBe(true);
    expect(new FetchError('http', 503).retryable).toBe(true);
    expect(new FetchError('http', 404).retryable).toBe(false);
    expect(new FetchError('format').retryable).toBe(false);
  });
});
