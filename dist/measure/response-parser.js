/**
 * An incremental HTTP/1.1 response parser that only finds where each response ends, its status and
 * whether the server will close the connection. It never builds header objects or body strings: the
 * load generator needs neither, and skipping them is what lets one Node process drive more requests
 * per second than autocannon (see load.ts). Bodies framed by Content-Length, chunked encoding or the
 * end of the connection are understood; responses to HEAD and 1xx/204/304 have no body.
 */
const CRLF2 = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');
/** Thrown for bytes that are not an HTTP/1.x response. */
export class ResponseParseError extends Error {
}
/** Parses the responses arriving on one connection, one request in flight at a time. */
export class ResponseParser {
    buffer = Buffer.alloc(0);
    state = { type: 'head' };
    status = 0;
    close = false;
    bytes = 0;
    /** Set before each request: the answer to HEAD has no body. */
    headRequest = false;
    /**
     * Feeds bytes from the socket.
     * @param chunk - the bytes
     * @returns the response completed by these bytes, or undefined when more are needed
     * @throws ResponseParseError on malformed input
     */
    push(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        this.bytes += chunk.length;
        for (;;) {
            switch (this.state.type) {
                case 'head': {
                    const end = this.buffer.indexOf(CRLF2);
                    if (end < 0) {
                        if (this.buffer.length > 65_536)
                            throw new ResponseParseError('response head larger than 64 KiB');
                        return undefined;
                    }
                    this.readHead(this.buffer.toString('latin1', 0, end));
                    this.buffer = this.buffer.subarray(end + 4);
                    break;
                }
                case 'length': {
                    if (this.buffer.length < this.state.remaining) {
                        this.state.remaining -= this.buffer.length;
                        this.buffer = Buffer.alloc(0);
                        return undefined;
                    }
                    this.buffer = this.buffer.subarray(this.state.remaining);
                    return this.finish();
                }
                case 'chunk-size': {
                    const end = this.buffer.indexOf(CRLF);
                    if (end < 0)
                        return undefined;
                    const line = this.buffer.toString('latin1', 0, end);
                    const size = Number.parseInt(line.split(';')[0] ?? '', 16);
                    if (!Number.isFinite(size) || size < 0)
                        throw new ResponseParseError(`bad chunk size '${line}'`);
                    this.buffer = this.buffer.subarray(end + 2);
                    this.state = size === 0 ? { type: 'trailers' } : { type: 'chunk-data', remaining: size + 2 };
                    break;
                }
                case 'chunk-data': {
                    if (this.buffer.length < this.state.remaining) {
                        this.state.remaining -= this.buffer.length;
                        this.buffer = Buffer.alloc(0);
                        return undefined;
                    }
                    this.buffer = this.buffer.subarray(this.state.remaining);
                    this.state = { type: 'chunk-size' };
                    break;
                }
                case 'trailers': {
                    const end = this.buffer.indexOf(CRLF);
                    if (end < 0)
                        return undefined;
                    this.buffer = this.buffer.subarray(end + 2);
                    if (end === 0)
                        return this.finish();
                    break;
                }
                case 'until-close':
                    this.buffer = Buffer.alloc(0);
                    return undefined;
                default: {
                    const never = this.state;
                    return never;
                }
            }
        }
    }
    /**
     * Tells the parser the connection ended.
     * @returns the response a close-delimited body completes, else undefined
     */
    end() {
        if (this.state.type === 'until-close')
            return this.finish();
        return undefined;
    }
    /** @returns true while a response is partly read */
    get pending() {
        return this.state.type !== 'head' || this.buffer.length > 0;
    }
    readHead(head) {
        if (!head.startsWith('HTTP/1.'))
            throw new ResponseParseError(`not an HTTP/1.x response: '${head.slice(0, 40)}'`);
        const status = Number(head.slice(9, 12));
        if (!Number.isInteger(status) || status < 100)
            throw new ResponseParseError(`bad status line '${head.split('\r\n')[0] ?? ''}'`);
        const lower = head.toLowerCase();
        const http10 = head.startsWith('HTTP/1.0');
        const connection = /\r\nconnection:[ \t]*([^\r]*)/.exec(lower)?.[1] ?? '';
        this.status = status;
        this.close = connection.includes('close') || (http10 && !connection.includes('keep-alive'));
        if (status < 200) {
            // An interim response (100 Continue): the real one follows.
            this.state = { type: 'head' };
            return;
        }
        if (this.headRequest || status === 204 || status === 304) {
            this.state = { type: 'length', remaining: 0 };
            return;
        }
        if (/\r\ntransfer-encoding:[^\r]*chunked/.test(lower)) {
            this.state = { type: 'chunk-size' };
            return;
        }
        const length = /\r\ncontent-length:[ \t]*([0-9]+)/.exec(lower)?.[1];
        this.state = length === undefined ? { type: 'until-close' } : { type: 'length', remaining: Number(length) };
        if (length === undefined)
            this.close = true;
    }
    finish() {
        const leftover = this.buffer.length;
        const response = { status: this.status, bytes: this.bytes - leftover, close: this.close };
        this.bytes = leftover;
        this.state = { type: 'head' };
        this.status = 0;
        this.close = false;
        return response;
    }
}
