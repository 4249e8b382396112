/** One server-sent event. */
export interface ServerEvent {
  readonly event: string;
  readonly data: string;
  readonly id: string | null;
}

/**
 * Reads a text/event-stream body and calls `onEvent` for each event. Written
 * over fetch rather than EventSource because EventSource cannot send an
 * Authorization header, which servers with API keys require. Follows the
 * parts of the format the server uses: `event`, `data` (joined with newlines
 * when repeated), `id`, comment lines, and LF, CR or CRLF line ends; an event
 * cut off by the end of the stream is dropped, as the format says. If
 * `onEvent` throws, reading stops and the download is cancelled.
 */
export async function readServerEvents(body: ReadableStream<Uint8Array>, onEvent: (event: ServerEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new EventParser(onEvent);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      // `stream: true` keeps a character split across chunks whole.
      parser.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** Splits text into lines (across chunk borders) and lines into events. */
class EventParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | null = null;

  constructor(private readonly onEvent: (event: ServerEvent) => void) {}

  push(text: string): void {
    this.buffer += text;
    // A CR at the very end may be the first half of a CRLF: it waits for the next chunk.
    const ends = /\r\n|\n|\r(?!$)/g;
    let consumed = 0;
    let match: RegExpExecArray | null;
    while ((match = ends.exec(this.buffer))) {
      this.line(this.buffer.slice(consumed, match.index));
      consumed = match.index + match[0].length;
    }
    this.buffer = this.buffer.slice(consumed);
  }

  private line(text: string): void {
    if (text === '') return this.dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
  }

  private dispatch(): void {
    const data = this.data;
    const event = this.event || 'message';
    this.event = '';
    this.data = [];
    if (data.length > 0) this.onEvent({ event, data: data.join('\n'), id: this.id });
  }
}
