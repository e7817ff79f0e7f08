import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getSettings, resetSettingsForTests } from '../../../src/app/features/settings/settings-store.ts';
import { LanguageToggle } from '../../../src/app/i18n/language-toggle.tsx';
import { setUiLanguage } from '../../../src/app/i18n/messages.ts';
import { LIBRARY } from '../../fixtures/docs/make-doc.ts';
import { renderApp } from '../render-app.tsx';

beforeEach(() => {
  localStorage.clear();
  resetSettingsForTests();
});

afterEach(async () => {
  await setUiLanguage('zh-CN');
});

describe('the interface language', () => {
  test('the header’s switch shows the library in English and back, the documents staying Chinese', async () => {
    const user = userEvent.setup();
    render(<LanguageToggle />);
    renderApp('/', LIBRARY);
    expect(screen.getByRole('heading', { level: 1, name: '文库' })).toBeTruthy();

    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    await user.click(toEnglish);

    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(getSettings().language).toBe('en');
    // Interface words, numbers and dates in English…
    expect(screen.getByText(`${LIBRARY.length} documents`)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Year' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sort' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Documents' });
    expect(within(list).getAllByText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/).length).toBeGreaterThan(0);
    // …the documents' own words still marked as Chinese.
    const title = within(list).getByRole('link', { name: '甲' });
    expect(title.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');
    const tag = within(screen.getByRole('group', { name: 'Tag' })).getByText('美国');
    expect(tag.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');

    const toChinese = screen.getByRole('button', { name: '中文' });
    expect(toChinese.getAttribute('lang')).toBe('zh-CN');
    await user.click(toChinese);
    expect(await screen.findByRole('heading', { level: 1, name: '文库' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(getSettings().language).toBe('zh-CN');
    expect(within(list).getAllByText(/^\d{4}年\d{1,2}月\d{1,2}日$/).length).toBeGreaterThan(0);
  });
});
