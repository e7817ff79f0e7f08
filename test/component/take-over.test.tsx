import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { act } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { takeOver } from '../../src/app/take-over.ts';

function LiveSearch({ seen }: { seen: string[] }) {
  const [value, setValue] = useState('');
  return (
    <input
      type="search"
      value={value}
      onChange={(event) => {
        seen.push(event.target.value);
        setValue(event.target.value);
      }}
    />
  );
}

describe('the app taking over a prerendered page', () => {
  test('keeps what the reader typed and where the focus was, and unmarks the root', () => {
    const container = document.createElement('div');
    container.dataset.prerendered = 'library';
    container.innerHTML = '<input type="search" value="">';
    document.body.append(container);
    const snapshot = container.querySelector('input') as HTMLInputElement;
    snapshot.value = '商汤';
    snapshot.focus();
    const seen: string[] = [];
    act(() => takeOver(container, () => flushSync(() => createRoot(container).render(<LiveSearch seen={seen} />))));
    const live = container.querySelector('input') as HTMLInputElement;
    expect(live).not.toBe(snapshot);
    expect(live.value).toBe('商汤');
    expect(seen).toEqual(['商汤']);
    expect(document.activeElement).toBe(live);
    expect(container.hasAttribute('data-prerendered')).toBe(false);
    container.remove();
  });
});
