import { createHmac, randomBytes } from 'node:crypto';
import type { VideoRecord } from '../jobs/video-record.ts';
import { InvalidRequestError } from '../util/errors.ts';

/** A webhook endpoint and the secret its deliveries are signed with. */
export interface WebhookConfig {
  readonly url: string;
  /** "whsec_" and base64, as OpenAI's dashboard gives them (a raw string also works). */
  readonly secret: string;
}

/**
 * The Standard Webhooks signature of a delivery: HMAC-SHA256 over
 * `${id}.${timestamp}.${body}`, keyed with the base64 part of a `whsec_`
 * secret (or the secret's bytes when it has no prefix), as `v1,<base64>`.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** Checks a webhook configuration at start-up. */
export function checkWebhookConfig(url: string | undefined, secret: string | undefined): WebhookConfig | null {
  if (!url && !secret) return null;
  if (!url || !secret) throw new InvalidRequestError('webhooks need both a URL (--webhook-url) and a secret (DIORAMA_WEBHOOK_SECRET)', 'webhook-url');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidRequestError(`--webhook-url is not a URL: ${url}`, 'webhook-url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InvalidRequestError('--webhook-url must be http(s)', 'webhook-url');
  return { url, secret };
}

/** Delays between delivery attempts. */
const RETRY_DELAYS_MS = [1_000, 5_000, 25_000, 120_000];

/**
 * Sends `video.completed` and `video.failed` events, signed per Standard
 * Webhooks, in OpenAI's event shape: `{id, object: "event", type,
 * created_at, data: {id}}`. Deliveries are retried a few times with back-off
 * on network errors and non-2xx answers; they are not persisted, so a
 * restart drops pending retries (receivers can always poll).
 */
export class WebhookSender {
  private readonly pending = new Set<AbortController>();

  constructor(
    private readonly config: WebhookConfig,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Queues the event for a finished video. */
  send(record: VideoRecord): void {
    if (record.status !== 'completed' && record.status !== 'failed') return;
    const id = `evt_${randomBytes(16).toString('hex')}`;
    const body = JSON.stringify({
      id,
      object: 'event',
      type: record.status === 'completed' ? 'video.completed' : 'video.failed',
      created_at: Math.floor(Date.now() / 1000),
      data: { id: record.id },
    });
    void this.deliver(id, body);
  }

  /** Gives up on pending retries (shutdown). */
  stop(): void {
    for (const controller of this.pending) controller.abort();
  }

  private async deliver(id: string, body: string): Promise<void> {
    const controller = new AbortController();
    this.pending.add(controller);
    try {
      for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length && !controller.signal.aborted; attempt++) {
        if (attempt > 0) await sleep(RETRY_DELAYS_MS[attempt - 1]!, controller.signal);
        const timestamp = Math.floor(Date.now() / 1000);
        try {
          const response = await fetch(this.config.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'user-agent': 'Diorama-Webhooks/1',
              'webhook-id': id,
              'webhook-timestamp': String(timestamp),
              'webhook-signature': signWebhook(this.config.secret, id, timestamp, body),
            },
            body,
            signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]),
          });
          await response.body?.cancel();
          if (response.ok) return;
          this.log(`webhook ${id}: ${this.config.url} answered ${response.status}`);
        } catch (error) {
          if (controller.signal.aborted) return;
          this.log(`webhook ${id}: ${(error as Error).message}`);
        }
      }
    } finally {
      this.pending.delete(controller);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
