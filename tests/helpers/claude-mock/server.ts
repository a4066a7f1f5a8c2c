import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeMessageStream } from './sse.js';
import type { ScriptedReply } from './sse.js';

/** A Messages API request as the mock received it (the parsed JSON body). */
export interface MessagesRequest {
  model: string;
  system?: unknown;
  messages: { role: 'user' | 'assistant'; content: string | Record<string, unknown>[] }[];
  tools?: { name: string }[];
  stream?: boolean;
}

/** Decides the next assistant turn from the request Claude Code sent. */
export type ScriptedModel = (request: MessagesRequest) => ScriptedReply;

/** A running mock of the Anthropic Messages API. */
export interface ClaudeMock {
  /** `http://127.0.0.1:<port>`, for `ANTHROPIC_BASE_URL`. */
  url: string;
  /** Every `POST /v1/messages` body received, in order. */
  requests: MessagesRequest[];
  /** Requests to any other path (method and url), to see what else the client asked for. */
  otherRequests: string[];
  /** Errors thrown by the scripted model (answered with HTTP 500 so the run stops). */
  errors: string[];
  close: () => Promise<void>;
}

function isMessagesRequest(value: unknown): value is MessagesRequest {
  return typeof value === 'object' && value !== null && Array.isArray((value as { messages?: unknown }).messages)
    && typeof (value as { model?: unknown }).model === 'string';
}

/**
 * Starts a scripted stand-in for the Messages API on 127.0.0.1 (port 0). Each streamed
 * `POST /v1/messages` is answered by the scripted model as server-sent events; non-streamed
 * requests get the same turn as one JSON message; `count_tokens` gets a token count. Hand-written
 * on node:http because no maintained package mocks the streaming Messages API at the HTTP level.
 * @param model - decides each assistant turn
 * @returns the running mock
 */
export async function startClaudeMock(model: ScriptedModel): Promise<ClaudeMock> {
  const requests: MessagesRequest[] = [];
  const otherRequests: string[] = [];
  const errors: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      if (req.method !== 'POST' || !url.startsWith('/v1/messages')) {
        otherRequests.push(`${req.method ?? '?'} ${url}`);
        res.writeHead(req.method === 'HEAD' ? 200 : 404, { 'content-type': 'application/json' });
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: url } }));
        return;
      }
      if (url.startsWith('/v1/messages/count_tokens')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ input_tokens: 1 }));
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      if (!isMessagesRequest(body)) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'not a Messages request' } }));
        return;
      }
      requests.push(body);
      let reply: ScriptedReply;
      try {
        reply = model(body);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'scripted model failed' } }));
        return;
      }
      if (body.stream === true) {
        writeMessageStream(res, reply, body.model);
        return;
      }
      let tool = 0;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        id: 'msg_mock', type: 'message', role: 'assistant', model: body.model,
        content: reply.blocks.map((b) => (b.type === 'text' ? b : { type: 'tool_use', id: `toolu_json_${String(++tool)}`, name: b.name, input: b.input })),
        stop_reason: reply.blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
        stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 },
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    otherRequests,
    errors,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    },
  };
}
