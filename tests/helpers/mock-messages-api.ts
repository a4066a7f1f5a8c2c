import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the mock Messages API, used for one request, in order. */
export type ScriptedResponse =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  /** Destroys the connection without answering (a connection reset). */
  | { kind: 'reset' }
  /** Accepts the request and never answers (the client's timeout fires). */
  | { kind: 'hang' };

/** A request the mock received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A running mock server. */
export interface MockMessagesApi {
  /** e.g. http://127.0.0.1:43121 (use as ANTHROPIC_BASE_URL). */
  baseURL: string;
  requests: RecordedRequest[];
  /** Appends answers to the script. */
  script: (...responses: ScriptedResponse[]) => void;
  close: () => Promise<void>;
}

/**
 * A Messages API answer that calls the rating tool with `input`.
 * @param input - the tool input the "model" returns
 * @returns a 200 response
 */
export function toolAnswer(input: unknown): ScriptedResponse {
  return {
    kind: 'json',
    status: 200,
    body: {
      id: 'msg_mock',
      type: 'message',
      role: 'assistant',
      model: 'mock-model',
      content: [{ type: 'tool_use', id: 'toolu_mock', name: 'record_rating', input }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 10 },
    },
  };
}

/**
 * A Messages API error answer.
 * @param status - HTTP status (429, 529, 500 ...)
 * @param type - the error type in the body
 * @param headers - extra headers, e.g. retry-after
 * @returns the scripted response
 */
export function errorAnswer(status: number, type: string, headers: Record<string, string> = {}): ScriptedResponse {
  return { kind: 'json', status, headers, body: { type: 'error', error: { type, message: `mock ${type}` } } };
}

/**
 * Starts a mock of the Messages API on 127.0.0.1 (port 0) that answers POST /v1/messages from a
 * script, one entry per request; an exhausted script answers 500 so a test never hangs on it.
 * @returns the running mock
 */
export async function startMockMessagesApi(): Promise<MockMessagesApi> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // Keep the raw text: a test may assert on a malformed request.
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const next = queue.shift() ?? errorAnswer(500, 'api_error');
      switch (next.kind) {
        case 'reset':
          req.socket.destroy();
          return;
        case 'hang':
          hanging.add(res);
          return;
        case 'json':
          res.writeHead(next.status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}`, ...(next.headers ?? {}) });
          res.end(JSON.stringify(next.body));
          return;
        default: {
          const never: never = next;
          return never;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    script: (...responses) => queue.push(...responses),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    },
  };
}
