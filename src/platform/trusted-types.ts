// Trusted Types: the CSP allows only the policy named here, and it allows exactly one script URL.

/** The URL of our service worker script. */
export const SERVICE_WORKER_URL = '/sw.js';

interface ScriptUrlPolicy {
  createScriptURL(url: string): string | TrustedScriptURL;
}

/** Returns the service worker URL as a TrustedScriptURL where Trusted Types are enforced, else as a string. */
export function trustedServiceWorkerUrl(): string | TrustedScriptURL {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } })
    .trustedTypes;
  if (!factory) return SERVICE_WORKER_URL;
  policy ??= factory.createPolicy('stillpoint', {
    createScriptURL(url: string) {
      if (url !== SERVICE_WORKER_URL) throw new TypeError('Refused script URL');
      return url;
    },
  });
  return policy.createScriptURL(SERVICE_WORKER_URL);
}

let policy: ScriptUrlPolicy | undefined;
