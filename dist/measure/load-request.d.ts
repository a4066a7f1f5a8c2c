import type { LoadOptions } from './load.js';
/** Where a load run connects and the bytes of the request it sends again and again. */
export interface LoadTarget {
    host: string;
    port: number;
    secure: boolean;
    /** The request is a HEAD: its answers have no body whatever their headers say. */
    headRequest: boolean;
    request: Buffer;
}
/**
 * Checks the URL and serialises the request.
 * @param options - the URL, method, headers and body of {@link LoadOptions}
 * @returns where to connect and what to send
 * @throws InputError `invalid-config` for a URL that is not http(s) or a header with line breaks
 */
export declare function loadTarget(options: Pick<LoadOptions, 'url' | 'method' | 'headers' | 'body'>): LoadTarget;
