// What the load generator sends and where: the URL checked and the one request serialised once, so
// that every send writes the same bytes.
import { InputError } from '../errors.js';
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
export function loadTarget(options: Pick<LoadOptions, 'url' | 'method' | 'headers' | 'body'>): LoadTarget {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch (error) {
    throw new InputError('invalid-config', `'${options.url}' is not a URL`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('invalid-config', `'${options.url}': only http and https URLs can be measured`);
  const method = (options.method ?? 'GET').toUpperCase();
  const request = buildRequest(url, method, options.headers ?? {}, options.body);
  const secure = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (secure ? 443 : 80));
  return { host, port, secure, headRequest: method === 'HEAD', request };
}

function buildRequest(url: URL, method: string, headers: Record<string, string>, body: string | undefined): Buffer {
  const lower = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
  if (!lower.has('host')) lines.push(`Host: ${url.host}`);
  if (!lower.has('user-agent')) lines.push('User-Agent: perfflow');
  if (!lower.has('accept')) lines.push('Accept: */*');
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n]/.test(name + value)) throw new InputError('invalid-config', `header '${name}' contains a line break; remove it`);
    lines.push(`${name}: ${value}`);
  }
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body, 'utf8');
  if (body !== undefined || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) {
    if (!lower.has('content-length')) lines.push(`Content-Length: ${String(payload.length)}`);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}
