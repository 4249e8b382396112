import { createCanvas } from '@napi-rs/canvas';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../src/render/labels.ts';
import { cameraAt, depthToZ, projectZ } from '../../src/simulate/projection.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { InvalidRequestError } from '../../src/util/errors.ts';
import { entity, onePlan, renderFrames } from './plans.ts';

describe('labels', () => {
  it('gives every actor a box inside the frame and a visibility for every frame', () => {
    const plan = onePlan({ setting: { kind: 'park' }, entities: [entity('dog', '1f415', { actions: [{ verb: 'run', motion: 'run' }] }), entity('cat', '1f408')] }, { width: 160, height: 90, seconds: 2 });
    const labels = buildLabels(plan, simulate(plan));
    expect(labels.frames).toHaveLength(16);
    expect(labels.entities.map((e) => e.noun).sort()).toEqual(['cat', 'dog']);
    expect(labels.captions[0]!.firstFrame).toBe(0);
    for (const frame of labels.frames) {
      expect(frame.objects).toHaveLength(2);
      for (const o of frame.objects) {
        expect(o.visibility).toBeGreaterThanOrEqual(0);
        expect(o.visibility).toBeLessThanOrEqual(1);
        if (o.box) {
          expect(o.box[0]).toBeGreaterThanOrEqual(0);
          expect(o.box[2]).toBeLessThanOrEqual(160);
          expect(o.box[2]).toBeGreaterThan(o.box[0]);
          expect(o.box[3]).toBeGreaterThan(o.box[1]);
        }
      }
    }
  });

  it('counts what nearer things hide: an actor behind another is partly occluded', () => {
    const plan = onePlan(
      {
        setting: { kind: 'plain' },
        entities: [entity('horse', '1f40e', { layout: { x: 0, depth: 0.2 } }), entity('dog', '1f415', { layout: { relation: { kind: 'behind', target: 'horse' } } })],
      },
      { width: 160, height: 90 },
    );
    const labels = buildLabels(plan, simulate(plan));
    const first = labels.frames[0]!.objects;
    const horse = first.find((o) => o.key.includes('horse'))!;
    const dog = first.find((o) => o.key.includes('dog'))!;
    expect(horse.visibility).toBeGreaterThan(0.9);
    expect(dog.visibility).toBeLessThan(0.9);
    expect(dog.inFrame).toBeGreaterThan(0.9);
  });

  it('boxes a rider as the painter crops them: from the seat up, the hidden legs left out', () => {
    const plan = onePlan(
      {
        setting: { kind: 'road' },
        entities: [
          { id: 'man', noun: 'man', asset: 'emoji:1f468', category: 'person', layout: { relation: { kind: 'on', target: 'bike' } }, actions: [{ verb: 'ride', motion: 'ride', target: 'bike' }] },
          { id: 'bike', noun: 'motorcycle', asset: 'emoji:1f3cd', category: 'vehicle' },
        ],
      },
      { width: 320, height: 180, seconds: 2 },
    );
    const simulation = simulate(plan);
    const rider = simulation.actors.find((a) => a.entityId === 'man')!;
    const hidden = rider.hiddenBelow ?? 0;
    expect(hidden).toBeGreaterThan(0.3);
    const labels = buildLabels(plan, simulation);
    const camera = cameraAt(simulation.camera, 0);
    const seat = projectZ(rider.x[0]!, rider.y[0]!, depthToZ(rider.depth[0]!), camera, 320, 180);
    const shown = rider.size * seat.unit * (rider.bounds.bottom - rider.bounds.top) * (1 - hidden);
    const box = labels.frames[0]!.objects.find((o) => o.key.includes('man'))!.box!;
    // The box ends at the seat, where the painter puts the crop line, and is as tall as the part drawn.
    expect(Math.abs(box[3] - seat.y)).toBeLessThan(1.5);
    expect(Math.abs(box[3] - box[1] - shown)).toBeLessThan(shown * 0.08);
  });

  it('reports an actor that has left the frame as not visible', () => {
    const plan = onePlan({ setting: { kind: 'sky' }, entities: [entity('rocket', '1f680', { category: 'aircraft', actions: [{ verb: 'launch', motion: 'launch' }] })] }, { width: 160, height: 90, seconds: 4 });
    const labels = buildLabels(plan, simulate(plan));
    const rocket = (f: number) => labels.frames[f]!.objects[0]!;
    expect(rocket(0).visibility).toBeGreaterThan(0.8);
    expect(rocket(labels.frames.length - 1).visibility).toBe(0);
    expect(rocket(labels.frames.length - 1).box).toBeNull();
  });
});

describe('reference image as background plate', () => {
  it('fills the frame behind the actors with the image, cover-fit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'diorama-plate-'));
    const file = path.join(dir, 'plate.png');
    const canvas = createCanvas(400, 100);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ff00ff';
    ctx.fillRect(0, 0, 400, 100);
    writeFileSync(file, canvas.encodeSync('png'));
    const plan = onePlan({ setting: { kind: 'forest' }, entities: [entity('fox', '1f98a', { layout: { x: 0.5 } })] }, { width: 96, height: 54, reference: { image: file } });
    const [frame] = await renderFrames(plan, [0]);
    // Top-left corner: the plate's magenta (cover-fit crops the wide image, no letterbox).
    expect(frame![0]).toBeGreaterThan(200);
    expect(frame![1]).toBeLessThan(60);
    expect(frame![2]).toBeGreaterThan(200);
    const bottomLeft = (53 * 96 + 1) * 4;
    expect(frame![bottomLeft]).toBeGreaterThan(200);
    // The actor is still drawn over it.
    let other = 0;
    for (let i = 0; i < frame!.length; i += 4) if (!(frame![i]! > 200 && frame![i + 1]! < 60 && frame![i + 2]! > 200)) other++;
    expect(other).toBeGreaterThan(50);
  });

  it('rejects a reference that cannot be read with a clear error', async () => {
    const plan = onePlan({}, { reference: { image: '/nonexistent/plate.png' } });
    await expect(renderFrames(plan, [0])).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
