import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { AppShell } from '../../../../src/app/components/layout/app-shell.tsx';
import { getSettings, resetSettingsForTests } from '../../../../src/app/features/settings/settings-store.ts';
import { recallLibrarySearch, rememberLibrarySearch } from '../../../../src/app/features/library/library-order.ts';
import { resetStorageProblemForTests } from '../../../../src/app/lib/safe-storage.ts';
import { AppProvider } from '../../../../src/app/provider.tsx';
import { LibraryRoute } from '../../../../src/app/routes/library.tsx';
import { makeDoc } from '../../../fixtures/docs/make-doc.ts';
import { clientWithLibrary } from '../../render-app.tsx';

const SETTINGS_KEY = 'yuelan.settings.v1';

function renderShell() {
  const client = clientWithLibrary([makeDoc({ id: 'a', title: '第一篇' })]);
  return render(
    <AppProvider client={client}>
      <MemoryRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route path="/" element={<LibraryRoute />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}

const imageToggle = () => screen.getByRole('checkbox', { name: '加载远程图片' });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetSettingsForTests();
  resetStorageProblemForTests();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('browser storage faults', () => {
  test('corrupt stored settings: defaults are used, the reader is told once, and settings work', async () => {
    localStorage.setItem(SETTINGS_KEY, '{"loadImages": fal');
    renderShell();
    expect(screen.getByText('第一篇')).toBeTruthy();
    expect(imageToggle()).toHaveProperty('checked', true);
    await screen.findByText(/无法读取/);
    expect(screen.getAllByRole('status').filter((el) => el.textContent?.includes('无法读取'))).toHaveLength(1);
    fireEvent.click(imageToggle());
    expect(imageToggle()).toHaveProperty('checked', false);
    // The next visit reads what was saved over the corrupt value.
    resetSettingsForTests();
    expect(getSettings().loadImages).toBe(false);
  });

  test('settings of the wrong shape count as corrupt', async () => {
    localStorage.setItem(SETTINGS_KEY, '["dark"]');
    renderShell();
    expect(await screen.findByText(/已改用默认设置/)).toBeTruthy();
  });

  test('a full quota: the choice holds for this visit, and the reader is told once', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderShell();
    expect(screen.queryByText(/存储已满/)).toBeNull();
    fireEvent.click(imageToggle());
    expect(imageToggle()).toHaveProperty('checked', false);
    fireEvent.click(imageToggle());
    expect(imageToggle()).toHaveProperty('checked', true);
    // The notice's code loads when there is something to say.
    expect(await screen.findAllByText(/存储已满/)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    fireEvent.click(imageToggle());
    expect(screen.queryByText(/存储已满/)).toBeNull();
  });

  test('storage that throws on access (private modes): defaults, working settings, one notice', async () => {
    const local = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      renderShell();
      expect(screen.getByText('第一篇')).toBeTruthy();
      expect(imageToggle()).toHaveProperty('checked', true);
      fireEvent.click(imageToggle());
      expect(imageToggle()).toHaveProperty('checked', false);
      expect(await screen.findAllByText(/隐私模式/)).toHaveLength(1);
    } finally {
      if (local) Object.defineProperty(window, 'localStorage', local);
    }
  });

  test('the library order lives in session storage and fails quietly: it is a convenience', () => {
    const session = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    onTestFinished(() => {
      if (session) Object.defineProperty(window, 'sessionStorage', session);
    });
    rememberLibrarySearch('?tag=a');
    expect(recallLibrarySearch()).toBe('');
    renderShell();
    expect(screen.queryByText(/隐私模式/)).toBeNull();
  });
});
