import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import { llmConfigFromEnv, type LlmConfig } from './llm-config.ts';
import { planWithLlm } from './llm-planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const prompt = 'a red fox trotting through a snowy forest at dusk';

/** A fake OpenAI-compatible endpoint: each test sets how it answers. */
let answer: (body: { model: string; messages: Array<{ content: string }> }, res: ServerResponse) => void = () => undefined;
const seen: Array<{ auth: string | undefined; body: { model: string; messages: Array<{ content: string }> } }> = [];
let server: Server;
let config: LlmConfig;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text) as { model: string; messages: Array<{ content: string }> };
      seen.push({ auth: req.headers.authorization, body });
      if (req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      answer(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  config = { baseUrl: `http://127.0.0.1:${port}/v1`, model: 'fake-model', apiKey: 'secret', timeoutMs: 2000 };
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function reply(res: ServerResponse, content: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
}

describe('planWithLlm', () => {
  it('uses the model plan when it is valid, keeping the request settings', async () => {
    const draft = planScene({ prompt, seed: 5, output });
    answer = (_body, res) => {
      const plan = JSON.parse(JSON.stringify(draft));
      plan.style = { name: 'comic', strength: 1 };
      plan.output = { ...plan.output, width: 1920 }; // must be ignored
      plan.shots[0].duration = 99; // must be rescaled to the video length
      plan.shots[0].entities[0].color = '#3366ff';
      reply(res, `Here you go:\n\`\`\`json\n${JSON.stringify(plan)}\n\`\`\``);
    };
    const result = await planWithLlm({ prompt, seed: 5, output, llm: config });
    expect(result.source).toBe('llm');
    expect(result.plan.style.name).toBe('comic');
    expect(result.plan.output).toEqual(output);
    expect(result.plan.shots[0]!.duration).toBe(4);
    expect(result.plan.shots[0]!.entities[0]!.color).toBe('#3366ff');
    const request = seen[seen.length - 1]!;
    expect(request.auth).toBe('Bearer secret');
    expect(request.body.model).toBe('fake-model');
    expect(request.body.messages.some((m) => m.content.includes(prompt))).toBe(true);
  });

  it('looks up a noun when the model invents an asset id', async () => {
    const draft = planScene({ prompt: 'a dog', seed: 1, output });
    answer = (_body, res) => {
      const plan = JSON.parse(JSON.stringify(draft));
      plan.shots[0].entities[0].asset = 'emoji:not-a-real-one';
      reply(res, JSON.stringify(plan));
    };
    const result = await planWithLlm({ prompt: 'a dog', seed: 1, output, llm: config });
    expect(result.source).toBe('llm');
    expect(result.plan.shots[0]!.entities[0]!.asset).toBe('emoji:1f415');
  });

  it.each([
    ['not JSON', (res: ServerResponse) => reply(res, 'I cannot help with that.'), /not a JSON object/],
    ['an invalid plan', (res: ServerResponse) => reply(res, JSON.stringify({ shots: [{ id: 's1', camera: { move: 'barrel-roll' } }] })), /camera\.move/],
    ['no shots', (res: ServerResponse) => reply(res, JSON.stringify({ style: { name: 'comic' } })), /no shots/],
    ['an HTTP error', (res: ServerResponse) => reply(res, 'boom', 500), /HTTP 500/],
    ['made-up art for an unknown noun', (res: ServerResponse) => reply(res, JSON.stringify({ shots: [{ id: 's1', duration: 4, entities: [{ id: 'a', noun: 'zzqx', asset: 'emoji:nope' }] }] })), /does not exist/],
  ])('falls back to the embedded plan on %s', async (_name, respond, reason) => {
    answer = (_body, res) => respond(res);
    const result = await planWithLlm({ prompt, seed: 5, output, llm: config });
    expect(result.source).toBe('embedded');
    expect(result.fallback).toMatch(reason);
    expect(result.plan).toEqual(planScene({ prompt, seed: 5, output }));
  });

  it('falls back when the model is too slow', async () => {
    answer = (_body, res) => setTimeout(() => reply(res, '{}'), 1500);
    const started = performance.now();
    const result = await planWithLlm({ prompt, seed: 5, output, llm: { ...config, timeoutMs: 100 } });
    expect(result.source).toBe('embedded');
    expect(result.fallback).toMatch(/no answer within 100 ms/);
    expect(performance.now() - started).toBeLessThan(1200);
  });

  it('falls back when nothing listens', async () => {
    const result = await planWithLlm({ prompt, seed: 5, output, llm: { ...config, baseUrl: 'http://127.0.0.1:9/v1' } });
    expect(result.source).toBe('embedded');
    expect(result.fallback).not.toBeNull();
  });

  it('asks nothing when no endpoint is configured', async () => {
    const before = seen.length;
    const result = await planWithLlm({ prompt, seed: 5, output, llm: null });
    expect(result).toEqual({ plan: planScene({ prompt, seed: 5, output }), source: 'embedded', fallback: null });
    expect(seen.length).toBe(before);
  });
});

describe('llmConfigFromEnv', () => {
  it('needs both a base URL and a model', () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ DIORAMA_LLM_BASE_URL: 'http://x/v1' })).toBeNull();
    expect(llmConfigFromEnv({ DIORAMA_LLM_BASE_URL: 'http://x/v1/', DIORAMA_LLM_MODEL: 'm', DIORAMA_LLM_TIMEOUT_MS: '500' })).toEqual({
      baseUrl: 'http://x/v1',
      model: 'm',
      apiKey: null,
      timeoutMs: 500,
    });
  });
});
