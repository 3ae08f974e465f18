/** One dispatched Server-Sent Event: its name ("message" when the server gave none) and its data. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Incremental parser for the text/event-stream format: chunks may cut a line anywhere, so
 * whatever follows the last newline waits for the next chunk.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];

  const dispatch = () => {
    // A block without data lines is a keep-alive or a bare retry hint: nothing to deliver.
    if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };

  const handleLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return (chunk) => {
    buffer += chunk;
    // A trailing "\r" may be the first half of a "\r\n" the next chunk completes.
    const heldBack = buffer.endsWith('\r') ? '\r' : '';
    const lines = (heldBack ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
    buffer = (lines.pop() ?? '') + heldBack;
    for (const line of lines) handleLine(line);
  };
}
