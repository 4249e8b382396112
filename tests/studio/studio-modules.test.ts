/** The studio's pure modules, in Node: the event-stream reader and frame sizes. */
import { describe, expect, it } from 'vitest';
import { readServerEvents, type ServerEvent } from '../../studio/src/api/server-events.ts';
import { frameSize, sizeLabel, sizeText } from '../../studio/src/lib/video-size.ts';

function streamOf(chunks: Array<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

async function eventsOf(chunks: Array<string | Uint8Array>): Promise<ServerEvent[]> {
  const events: ServerEvent[] = [];
  await readServerEvents(streamOf(chunks), (e) => events.push(e));
  return events;
}

describe('readServerEvents', () => {
  it('reads events split anywhere across chunks, with comments and every kind of line end', async () => {
    const events = await eventsOf(['event: queued\ndata: {"progress"', ':0}\nid: 1\n\n: keep-alive\r\n\r\nevent: in_progress\r', '\ndata: a\rdata: b\r\r', 'data: last\n\n']);
    expect(events).toEqual([
      { event: 'queued', data: '{"progress":0}', id: '1' },
      { event: 'in_progress', data: 'a\nb', id: '1' },
      { event: 'message', data: 'last', id: '1' },
    ]);
  });

  it('keeps a character whose bytes are split between chunks, and drops an event the stream cut off', async () => {
    const bytes = new TextEncoder().encode('data: café\n\ndata: cut');
    const split = bytes.indexOf(0xc3) + 1;
    const events = await eventsOf([bytes.slice(0, split), bytes.slice(split)]);
    expect(events).toEqual([{ event: 'message', data: 'café', id: null }]);
  });

  it('stops reading when the handler throws', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('data: x\n\n'));
      },
    });
    await expect(
      readServerEvents(stream, () => {
        throw new Error('deleted');
      }),
    ).rejects.toThrow('deleted');
    expect(pulled).toBeLessThan(5);
  });
});

describe('frameSize', () => {
  it('keeps the short side and makes the long one even', () => {
    expect(frameSize('16:9', 720)).toEqual({ width: 1280, height: 720 });
    expect(frameSize('16:9', 240)).toEqual({ width: 426, height: 240 });
    expect(frameSize('16:9', 480)).toEqual({ width: 854, height: 480 });
    expect(frameSize('9:16', 1080)).toEqual({ width: 1080, height: 1920 });
    expect(frameSize('1:1', 360)).toEqual({ width: 360, height: 360 });
  });

  it('writes sizes for the API and for people', () => {
    expect(sizeText(frameSize('9:16', 360))).toBe('360x640');
    expect(sizeLabel('1280x720')).toBe('1280 × 720');
  });
});
