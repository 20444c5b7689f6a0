/** A TCP port on 127.0.0.1 that nothing was listening on a moment ago. */
export declare function freePort(): Promise<number>;
