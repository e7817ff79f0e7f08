import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadSanitizer } from '../../src/app/lib/sanitize.ts';

// findBy… and waitFor wait for what the app will show, not for how fast: a loaded machine loads
// a lazy chunk in seconds, past Testing Library's one-second default.
configure({ asyncUtilTimeout: 15_000 });

// The app loads its sanitizer before it first shows content; components rendered alone need it too.
beforeAll(loadSanitizer);

afterEach(() => {
  cleanup();
});
