import { describe, expect, it } from 'vitest';
import { sceneEngine } from '../engines/scene-engine.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import { releaseFrames } from './frame-memory.ts';

describe('frame memory', () => {
  it('every few frames, collects and hands back a turn of the event loop', async () => {
    expect(releaseFrames(1)).toBeNull();
    let ran = false;
    setImmediate(() => (ran = true));
    const turn = releaseFrames(4);
    expect(turn).toBeInstanceOf(Promise);
    await turn;
    // The turn it waited for let tasks queued before it run (where the buffers' finalizers run).
    expect(ran).toBe(true);
  });

  it('the scene engine takes those turns itself, so a caller that never blocks does not pile up frames', async () => {
    const plan = parseScenePlan({
      version: 1,
      prompt: 'test',
      seed: 3,
      output: { width: 64, height: 36, fps: 8, seconds: 1, format: 'mp4' },
      shots: [{ id: 's1', start: 0, duration: 1, setting: { kind: 'meadow' } }],
    });
    const source = await sceneEngine.open(plan);
    const results = Array.from({ length: 8 }, (_, i) => source.renderFrame(i));
    expect(results.filter((r) => r instanceof Promise).length).toBe(4); // every other frame
    for (const r of results) expect((await r).length).toBe(64 * 36 * 4);
    await source.close();
  });
});
