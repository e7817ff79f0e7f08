import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadSanitizer } from '../../src/app/lib/sanitize.ts';

// The app loads its sanitizer before it first shows content; components rendered alone need it too.
beforeAll(loadSanitizer);

afterEach(() => {
  cleanup();
});
