import type { MessagesRequest } from './server.js';

/** A tool call of the assistant with the result Claude Code sent back for it. */
export interface ToolExchange {
  name: string;
  input: Record<string, unknown>;
  /** The tool result as text (empty until Claude Code answered). */
  result: string;
  isError: boolean;
}

function blocks(content: string | Record<string, unknown>[]): Record<string, unknown>[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((c: unknown) => (typeof c === 'object' && c !== null && typeof (c as { text?: unknown }).text === 'string' ? (c as { text: string }).text : '')).join('\n');
  }
  return '';
}

/**
 * Every text block of a message content (tool results included), joined.
 * @param content - a message content
 * @returns the text
 */
export function textOf(content: string | Record<string, unknown>[]): string {
  return blocks(content)
    .map((b) => (typeof b.text === 'string' ? b.text : b.type === 'tool_result' ? resultText(b.content) : ''))
    .join('\n');
}

/**
 * The system prompt of a request as one string.
 * @param request - a Messages request
 * @returns the system text
 */
export function systemText(request: MessagesRequest): string {
  const system = request.system;
  if (typeof system === 'string') return system;
  if (Array.isArray(system)) return system.map((b: unknown) => (typeof b === 'object' && b !== null && typeof (b as { text?: unknown }).text === 'string' ? (b as { text: string }).text : '')).join('\n');
  return '';
}

/**
 * The tool calls of a conversation in order, each with its result.
 * @param request - a Messages request
 * @returns the exchanges
 */
export function toolExchanges(request: MessagesRequest): ToolExchange[] {
  const byId = new Map<string, ToolExchange>();
  const list: ToolExchange[] = [];
  for (const message of request.messages) {
    for (const block of blocks(message.content)) {
      if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
        const exchange: ToolExchange = { name: block.name, input: (block.input ?? {}) as Record<string, unknown>, result: '', isError: false };
        byId.set(block.id, exchange);
        list.push(exchange);
      } else if (block.type === 'tool_result' && typeof block.tool_use_id === 'string') {
        const exchange = byId.get(block.tool_use_id);
        if (exchange !== undefined) {
          exchange.result = resultText(block.content);
          exchange.isError = block.is_error === true;
        }
      }
    }
  }
  return list;
}

/**
 * The text of the first user message (for a subagent: the prompt the orchestrator gave it).
 * @param request - a Messages request
 * @returns the text
 */
export function firstUserText(request: MessagesRequest): string {
  const first = request.messages.find((m) => m.role === 'user');
  return first === undefined ? '' : textOf(first.content);
}

/**
 * The exit code Claude Code's Bash tool reported ("Exit code N" on the first line; 0 when absent).
 * @param result - a Bash tool result
 * @returns the exit code
 */
export function bashExitCode(result: string): number {
  const match = /^Exit code (\d+)/.exec(result);
  return match === null ? 0 : Number(match[1]);
}

/**
 * The JSON object printed by a Bash command, found in its tool result (after the exit-code line,
 * before any stderr line that follows it).
 * @param result - a Bash tool result
 * @returns the parsed value
 * @throws Error when the result holds no JSON object
 */
export function jsonFromBash(result: string): unknown {
  const start = result.indexOf('{');
  if (start < 0) throw new Error(`no JSON in tool result: ${result.slice(0, 300)}`);
  let depth = 0;
  let inString = false;
  for (let i = start; i < result.length; i += 1) {
    const ch = result[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return JSON.parse(result.slice(start, i + 1)) as unknown;
    }
  }
  throw new Error(`unterminated JSON in tool result: ${result.slice(0, 300)}`);
}

/**
 * The content of a file as Claude Code's Read tool returned it, without its line-number gutter.
 * @param result - a Read tool result
 * @returns the file text
 */
export function fileFromRead(result: string): string {
  return result
    .split('\n')
    .filter((line) => /^\s*\d+[\t→]/.test(line))
    .map((line) => line.replace(/^\s*\d+[\t→]/, ''))
    .join('\n');
}
