import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse-parser.ts';

function parseAll(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const push = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) push(chunk);
  return messages;
}

describe('createSseParser', () => {
  it('reads named events whose lines are cut anywhere between chunks', () => {
    expect(parseAll(['event: customers:cha', 'nged\ndata: {"ids"', ':["a"]}\n', '\n'])).toEqual([
      { event: 'customers:changed', data: '{"ids":["a"]}' },
    ]);
  });

  it('joins several data lines, skips comments and keep-alives, and accepts CRLF split in two', () => {
    expect(parseAll([': keep-alive\n\n', 'data: one\r', '\ndata:two\r\n\r\n'])).toEqual([
      { event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('delivers nothing until the blank line that ends the event', () => {
    expect(parseAll(['event: x\ndata: 1\n'])).toEqual([]);
  });
});
