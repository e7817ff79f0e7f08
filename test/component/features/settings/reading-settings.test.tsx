import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { ReadingSettings } from '../../../../src/app/features/settings/reading-settings.tsx';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  normalize,
  resetSettingsForTests,
} from '../../../../src/app/features/settings/settings-store.ts';

const KEY = 'yuelan.settings.v1';
const root = () => document.documentElement;
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;

beforeEach(() => {
  localStorage.clear();
  resetSettingsForTests();
  root().className = '';
  for (const key of Object.keys(root().dataset)) delete root().dataset[key];
});

describe('reading settings', () => {
  test('a header button opens the panel; Escape closes it and gives focus back', async () => {
    const user = userEvent.setup();
    render(<ReadingSettings />);
    const button = screen.getByRole('button', { name: /阅读设置/ });
    expect(screen.queryByRole('group', { name: '阅读设置' })).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: '阅读设置' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  test(`text size in ${FONT_SIZES.length} steps, applied to the page and saved`, async () => {
    const user = userEvent.setup();
    render(<ReadingSettings />);
    await user.click(screen.getByRole('button', { name: /阅读设置/ }));
    // The controls load with the panel's first opening.
    const larger = await screen.findByRole('button', { name: '增大字号' });
    const smaller = screen.getByRole('button', { name: '减小字号' });
    for (let i = DEFAULT_SETTINGS.fontSize; i < FONT_SIZES.length - 1; i++) await user.click(larger);
    expect(root().dataset.fontSize).toBe(String(FONT_SIZES.length - 1));
    expect(saved().fontSize).toBe(FONT_SIZES.length - 1);
    expect((larger as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(`${FONT_SIZES[FONT_SIZES.length - 1]} px（7/7）`)).toBeTruthy();
    for (let i = 0; i < FONT_SIZES.length - 1; i++) await user.click(smaller);
    expect(root().dataset.fontSize).toBe('0');
    expect((smaller as HTMLButtonElement).disabled).toBe(true);
  });

  test('line height, width, typeface, sepia and CJK spacing, each applied and saved', async () => {
    const user = userEvent.setup();
    render(<ReadingSettings />);
    await user.click(screen.getByRole('button', { name: /阅读设置/ }));
    await user.click(await screen.findByRole('radio', { name: '宽松' }));
    await user.click(screen.getByRole('radio', { name: '窄' }));
    await user.click(screen.getByRole('radio', { name: '宋体' }));
    await user.click(screen.getByRole('radio', { name: '护眼' }));
    await user.click(screen.getByRole('checkbox', { name: /中西文间自动留空/ }));
    expect(root().dataset).toMatchObject({
      lineHeight: 'loose',
      width: 'narrow',
      typeface: 'serif',
      cjkSpacing: 'off',
    });
    expect(root().classList.contains('sepia')).toBe(true);
    expect(root().classList.contains('dark')).toBe(false);
    expect(saved()).toMatchObject({
      lineHeight: 'loose',
      width: 'narrow',
      typeface: 'serif',
      theme: 'sepia',
      cjkSpacing: false,
    });
    await user.click(screen.getByRole('radio', { name: '深色' }));
    expect(root().classList.contains('sepia')).toBe(false);
    expect(root().classList.contains('dark')).toBe(true);
  });

  test('stored values that are not settings fall back to the defaults, one by one', () => {
    expect(normalize({})).toEqual(DEFAULT_SETTINGS);
    expect(
      normalize({
        fontSize: 9,
        lineHeight: 'huge',
        width: 'narrow',
        typeface: 'comic',
        theme: 'neon',
        cjkSpacing: 'yes',
      } as unknown as Parameters<typeof normalize>[0]),
    ).toEqual({ ...DEFAULT_SETTINGS, width: 'narrow' });
    expect(normalize({ fontSize: 1.5 }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });
});
