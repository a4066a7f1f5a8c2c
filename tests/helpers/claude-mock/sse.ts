import type { ServerResponse } from 'node:http';

/** One content block of a scripted assistant turn. */
export type ScriptedBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; name: string; input: Record<string, unknown> };

/** A scripted assistant turn: its blocks; `tool_use` stops the turn for tool results. */
export interface ScriptedReply {
  blocks: ScriptedBlock[];
}

let messageCounter = 0;
let toolCounter = 0;

/**
 * Writes a scripted assistant turn as the Messages API streams it (server-sent events:
 * message_start, content_block_start/delta/stop per block, message_delta, message_stop), which is
 * what Claude Code reads when it calls `POST /v1/messages` with `stream: true`.
 * @param res - the HTTP response to write to
 * @param reply - the turn
 * @param model - the model name to echo back
 */
export function writeMessageStream(res: ServerResponse, reply: ScriptedReply, model: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (type: string, data: Record<string, unknown>): void => {
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  };
  messageCounter += 1;
  event('message_start', {
    message: {
      id: `msg_mock_${String(messageCounter)}`,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 1, output_tokens: 1 },
    },
  });
  reply.blocks.forEach((block, index) => {
    if (block.type === 'text') {
      event('content_block_start', { index, content_block: { type: 'text', text: '' } });
      event('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } });
    } else {
      toolCounter += 1;
      event('content_block_start', {
        index,
        content_block: { type: 'tool_use', id: `toolu_mock_${String(toolCounter)}`, name: block.name, input: {} },
      });
      event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } });
    }
    event('content_block_stop', { index });
  });
  const stop = reply.blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn';
  event('message_delta', { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: 1 } });
  event('message_stop', {});
  res.end();
}
