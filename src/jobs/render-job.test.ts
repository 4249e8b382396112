import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planScene } from '../plan/planner.ts';
import type { ScenePlan } from '../plan/schema.ts';
import { makeTempDir } from '../../tests/support/temp-dirs.ts';
import { DataFolder, newVideoId } from './data-folder.ts';
import { runRenderJob } from './render-job.ts';

const output = { width: 64, height: 36, fps: 4, seconds: 1 };

/** A fake OpenAI-compatible endpoint that answers every prompt's draft plan in comic style. */
let server: Server;
let asked: string[] = [];
const LLM_KEYS = ['DIORAMA_LLM_BASE_URL', 'DIORAMA_LLM_MODEL', 'DIORAMA_LLM_TIMEOUT_MS'] as const;
const saved = new Map(LLM_KEYS.map((k) => [k, process.env[k]]));

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text) as { messages: Array<{ content: string }> };
      const user = body.messages[body.messages.length - 1]!.content;
      // The draft plan travels in the user message, on the line after "Draft plan:".
      const draft = JSON.parse(/Draft plan:\n(.*)\n/.exec(user)![1]!) as ScenePlan;
      asked.push(draft.prompt);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify({ ...draft, style: { name: 'comic', strength: 1 } }) } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.env.DIORAMA_LLM_BASE_URL = `http://127.0.0.1:${port}/v1`;
  process.env.DIORAMA_LLM_MODEL = 'fake-model';
  process.env.DIORAMA_LLM_TIMEOUT_MS = '5000';
});

afterAll(async () => {
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function renderedPlan(root: string, id: string): Promise<ScenePlan> {
  return JSON.parse(await readFile(path.join(new DataFolder(root).videoDir(id), 'plan.json'), 'utf8')) as ScenePlan;
}

describe('server render jobs plan with the LLM planner when one is configured', () => {
  it('creates and remixes through the configured endpoint', async () => {
    const root = await makeTempDir('render-job');
    asked = [];
    const [created, remixedId] = [newVideoId(), newVideoId()];
    await runRenderJob(created, { kind: 'create', prompt: 'a fox in a forest', output, seed: 3, style: null, reference: false }, root);
    expect((await renderedPlan(root, created)).style.name).toBe('comic');
    expect(asked).toEqual(['a fox in a forest']);

    const sourcePlan = planScene({ prompt: 'a fox in a forest', seed: 3, output: { ...output, format: 'mp4' } });
    await runRenderJob(remixedId, { kind: 'remix', prompt: 'a wolf in a forest', sourcePlan, reference: false }, root);
    const remixed = await renderedPlan(root, remixedId);
    expect(remixed.prompt).toBe('a wolf in a forest');
    // The remix prompt went to the model (its comic style carries into the remix); the neutral reference did not.
    expect(asked).toEqual(['a fox in a forest', 'a wolf in a forest']);
    expect(remixed.style.name).toBe('comic');
  }, 60_000);
});
