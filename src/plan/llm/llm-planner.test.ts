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

  /** Answers with the draft for `prompt`, its first entity given the asset (and noun) a model might pick. */
  async function modelSays(prompt: string, asset: string, noun?: string): Promise<string> {
    const draft = planScene({ prompt, seed: 1, output });
    answer = (_body, res) => {
      const plan = JSON.parse(JSON.stringify(draft));
      plan.shots[0].entities[0].asset = asset;
      if (noun) plan.shots[0].entities[0].noun = noun;
      reply(res, JSON.stringify(plan));
    };
    const result = await planWithLlm({ prompt, seed: 1, output, llm: config });
    expect(result.source).toBe('llm');
    return result.plan.shots[0]!.entities[0]!.asset;
  }

  it('draws the full body where the model names an animal by its face emoji', async () => {
    expect(await modelSays('a fox trotting through the snow', 'emoji:1f98a')).toBe('drawn:fox');
    expect(await modelSays('a grizzly bear fishing in a river', 'emoji:1f43b')).toBe('drawn:bear');
    expect(await modelSays('an arctic fox on the ice', 'emoji:1f98a')).toBe('drawn:arctic-fox');
    // The frog face also stands for newts, which a frog's body would misdraw.
    expect(await modelSays('a newt on a rock', 'emoji:1f438', 'newt')).toBe('emoji:1f438');
  });

  it('keeps the face where the prompt asks for a face or an emoji', async () => {
    expect(await modelSays('a fox face', 'emoji:1f98a', 'fox')).toBe('emoji:1f98a');
    expect(await modelSays('a bear emoji waving', 'emoji:1f43b', 'bear')).toBe('emoji:1f43b');
  });

  it('never keeps a scene-tile emoji as an actor, dropping what points at it', async () => {
    const prompt = 'an owl over a city at night';
    const draft = planScene({ prompt, seed: 1, output });
    answer = (_body, res) => {
      const plan = JSON.parse(JSON.stringify(draft));
      const shot = plan.shots[0];
      shot.entities.push({ id: 'tile', noun: 'night with stars', asset: 'emoji:1f303' }, { id: 'star', noun: 'shooting star', asset: 'emoji:1f320' });
      shot.entities[0].layout = { ...shot.entities[0].layout, relation: { kind: 'over', target: 'tile', secondTarget: null } };
      shot.camera = { ...shot.camera, target: 'tile' };
      reply(res, JSON.stringify(plan));
    };
    const result = await planWithLlm({ prompt, seed: 1, output, llm: config });
    expect(result.source).toBe('llm');
    const shot = result.plan.shots[0]!;
    expect(shot.entities.map((e) => e.asset)).toEqual([draft.shots[0]!.entities[0]!.asset, 'emoji:2604']);
    expect(shot.entities[0]!.layout.relation).toBeNull();
    expect(shot.camera.target).toBeNull();
  });

  it('shows the model a full-body example, not a face', async () => {
    await modelSays('a fox', 'emoji:1f98a');
    const system = seen[seen.length - 1]!.body.messages[0]!.content;
    expect(system).not.toContain('"emoji:1f98a" for a fox');
    expect(system).toContain('"drawn:fox" for a fox');
    expect(system).toContain('emoji:1f303');
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
