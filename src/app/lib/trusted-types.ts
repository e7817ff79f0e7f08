import type { Config } from 'dompurify';

/*
 * The app's one Trusted Types policy, named in the CSP's trusted-types directive. Where the
 * browser enforces Trusted Types, innerHTML takes only TrustedHTML and a service worker only a
 * TrustedScriptURL. The HTML side of the policy passes its input through, so it is handed to
 * DOMPurify alone (in sanitize.ts), which uses it to parse dirty input into an inert document and
 * to wrap its clean output. The script side accepts one URL, the app's own service worker.
 * ESLint lets only the sanitizer and the service worker registration import this module. It is
 * apart from the sanitizer so that registering the worker does not load DOMPurify on first paint.
 */

export const TRUSTED_TYPES_POLICY = 'yuelan';

export type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
type PolicyFactory = {
  createPolicy(
    name: string,
    rules: { createHTML(input: string): string; createScriptURL(input: string): string },
  ): Policy;
};
export type TrustedScriptUrl = ReturnType<Policy['createScriptURL']>;

/** The service worker is the only script the app loads by URL. */
const SERVICE_WORKER = `${import.meta.env.BASE_URL}sw.js`;

function createPolicy(): Policy | null {
  const factory = (window as Window & { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return null;
  return factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createHTML: (input) => input,
    createScriptURL: (input) => {
      const url = new URL(input, window.location.href);
      const own = new URL(SERVICE_WORKER, window.location.href);
      if (url.origin === own.origin && url.pathname === own.pathname) return input;
      throw new TypeError(`Yuelan loads no script from ${input}`);
    },
  });
}

let policy: Policy | null | undefined;

/** The policy (created once: a second createPolicy with the same name is refused), or null without Trusted Types. */
export function trustedTypesPolicy(): Policy | null {
  if (policy === undefined) policy = createPolicy();
  return policy;
}

/** The service worker's URL, as the browser's Trusted Types enforcement wants it. */
export function serviceWorkerUrl(): string | TrustedScriptUrl {
  return trustedTypesPolicy()?.createScriptURL(SERVICE_WORKER) ?? SERVICE_WORKER;
}
