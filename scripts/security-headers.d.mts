/** Content-Security-Policy: same-origin only, no inline script, no eval, Trusted Types enforced. */
export declare const contentSecurityPolicy: string;
/** Every header a host must send with every response. */
export declare const securityHeaders: Record<string, string>;
