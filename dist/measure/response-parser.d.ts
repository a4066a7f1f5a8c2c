/**
 * An incremental HTTP/1.1 response parser that only finds where each response ends, its status and
 * whether the server will close the connection. It never builds header objects or body strings: the
 * load generator needs neither, and skipping them is what lets one Node process drive more requests
 * per second than autocannon (see load.ts). Bodies framed by Content-Length, chunked encoding or the
 * end of the connection are understood; responses to HEAD and 1xx/204/304 have no body.
 */
/** One complete response. */
export interface ParsedResponse {
    status: number;
    /** Bytes of the whole response, head included. */
    bytes: number;
    /** The server said `Connection: close` (or HTTP/1.0 without keep-alive). */
    close: boolean;
}
/** Thrown for bytes that are not an HTTP/1.x response. */
export declare class ResponseParseError extends Error {
}
/** Parses the responses arriving on one connection, one request in flight at a time. */
export declare class ResponseParser {
    private buffer;
    private state;
    private status;
    private close;
    private bytes;
    /** Set before each request: the answer to HEAD has no body. */
    headRequest: boolean;
    /**
     * Feeds bytes from the socket.
     * @param chunk - the bytes
     * @returns the response completed by these bytes, or undefined when more are needed
     * @throws ResponseParseError on malformed input
     */
    push(chunk: Buffer): ParsedResponse | undefined;
    /**
     * Tells the parser the connection ended.
     * @returns the response a close-delimited body completes, else undefined
     */
    end(): ParsedResponse | undefined;
    /** @returns true while a response is partly read */
    get pending(): boolean;
    private readHead;
    private finish;
}
