import { describe, expect, it } from 'vitest';
import { cameraAt, projectZ } from '../../src/simulate/projection.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { onePlan, renderFrames } from './plans.ts';

const W = 192;
const H = 108;

/** Pixels dark and grey, like an oven's glass and a black hob (a kitchen's walls and cabinets are light). */
function darkGreyPixels(frame: Buffer, rows: [number, number] = [0, H]): number {
  let n = 0;
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      const [r, g, b] = [frame[i]!, frame[i + 1]!, frame[i + 2]!];
      if (0.299 * r + 0.587 * g + 0.114 * b < 70 && Math.max(r, g, b) - Math.min(r, g, b) < 30) n++;
    }
  }
  return n;
}

const chef = (verb: string) => ({ id: 'cook', noun: 'chef', asset: 'drawn:chef', category: 'person' as const, actions: [{ verb, motion: 'idle' as const }] });

describe('a kitchen shows cooking', () => {
  it('has a stove on its back wall: an oven window and a hob, dark among light cabinets', async () => {
    const [kitchen] = await renderFrames(onePlan({ setting: { kind: 'kitchen' } }, { width: W, height: H }), [0]);
    const [living] = await renderFrames(onePlan({ setting: { kind: 'living-room' } }, { width: W, height: H }), [0]);
    expect(darkGreyPixels(kitchen!)).toBeGreaterThan(25);
    expect(darkGreyPixels(living!)).toBeLessThan(darkGreyPixels(kitchen!) / 3);
  });

  it('stands a cook at a white range with steam rising from the pan; someone waiting gets none', async () => {
    const cooking = onePlan({ setting: { kind: 'kitchen' }, entities: [chef('cook')] }, { width: W, height: H, seconds: 2, fps: 8 });
    const waiting = onePlan({ setting: { kind: 'kitchen' }, entities: [chef('wait')] }, { width: W, height: H, seconds: 2, fps: 8 });
    const [c0, c1] = await renderFrames(cooking, [2, 9]);
    const [w0, w1] = await renderFrames(waiting, [2, 9]);
    const simulation = simulate(cooking);
    const track = simulation.actors[0]!;
    const camera = cameraAt(simulation.camera, 2);
    const tall = track.size * (track.bounds.bottom - track.bounds.top);
    // The range's control strip, just under its hob (the range stands 0.42 of the cook's height).
    const hip = projectZ(track.x[2]!, tall * 0.36, 1 + 2.2 * track.depth[2]!, camera, W, H);
    const foot = projectZ(track.x[2]!, 0, 1 + 2.2 * track.depth[2]!, camera, W, H);
    const at = (frame: Buffer, x: number, y: number): number[] => {
      const i = (Math.round(y) * W + Math.round(x)) * 4;
      return [frame[i]!, frame[i + 1]!, frame[i + 2]!];
    };
    // In front of the cook's legs: the range's white enamel.
    const enamel = at(c0!, hip.x, hip.y);
    expect(Math.min(...enamel)).toBeGreaterThan(190);
    // The range (light enamel round a dark oven window) stands where the waiting cook's legs show.
    let changed = 0;
    for (let y = Math.round(hip.y); y < Math.round(foot.y); y++) {
      for (let x = Math.round(hip.x - foot.unit * tall * 0.2); x < Math.round(hip.x + foot.unit * tall * 0.2); x++) {
        const a = at(c0!, x, y);
        const b = at(w0!, x, y);
        if (Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!) > 60) changed++;
      }
    }
    expect(changed).toBeGreaterThan((foot.y - hip.y) * foot.unit * tall * 0.4 * 0.4);
    // Above the cook's head the steam drifts: frames differ there only when cooking.
    const head = projectZ(track.x[2]!, tall * 1.15, 1 + 2.2 * track.depth[2]!, camera, W, H);
    const region = (a: Buffer, b: Buffer): number => {
      let d = 0;
      for (let y = Math.max(0, Math.round(head.y - hip.unit * tall * 0.6)); y < Math.round(head.y); y++) {
        for (let x = Math.round(head.x - hip.unit * tall * 0.5); x < Math.round(head.x + hip.unit * tall * 0.5); x++) {
          const i = (y * W + x) * 4;
          d += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
        }
      }
      return d;
    };
    expect(region(c0!, c1!)).toBeGreaterThan(region(w0!, w1!) + 200);
  });

  it('shows the eggs being fried in the pan and nowhere else; eggs nobody fries stand on the floor', async () => {
    const w = 384;
    const h = 216;
    const options = { width: w, height: h, seconds: 1, fps: 8 };
    const eggs = { id: 'eggs', noun: 'eggs', asset: 'emoji:1f95a', category: 'food' as const, count: 3 };
    // The cook stands at the same spot in every plan, whatever else is in the room.
    const frying = (target?: string) => ({ ...chef('fry'), layout: { x: -0.1 }, actions: [{ verb: 'fry', motion: 'idle' as const, ...(target ? { target } : {}) }] });
    const cooked = onePlan({ setting: { kind: 'kitchen' }, entities: [frying('eggs'), eggs] }, options);
    const loose = onePlan({ setting: { kind: 'kitchen' }, entities: [frying(), eggs] }, options);
    const none = onePlan({ setting: { kind: 'kitchen' }, entities: [frying()] }, options);
    const [a] = await renderFrames(cooked, [4]);
    const [b] = await renderFrames(loose, [4]);
    const [c] = await renderFrames(none, [4]);
    const simulation = simulate(cooked);
    const cook = simulation.actors.find((t) => t.entityId === 'cook')!;
    const camera = cameraAt(simulation.camera, 4);
    const tall = cook.size * (cook.bounds.bottom - cook.bounds.top);
    const foot = projectZ(cook.x[4]!, 0, 1 + 2.2 * cook.depth[4]!, camera, w, h);
    const span = foot.unit * tall;
    // The range and what rises over it: the pan, its steam, the cook's upper body.
    const atStove = (x: number, y: number): boolean => Math.abs(x - foot.x) < span * 0.45 && y > foot.y - span * 1.6 && y <= foot.y + 2;
    const changes = (p: Buffer, q: Buffer) => {
      let inside = 0;
      let outside = 0;
      let pan = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 4;
          if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) < 40) continue;
          if (atStove(x, y)) inside++;
          else outside++;
          // Just above the worktop, across the pan.
          if (Math.abs(x - foot.x) < span * 0.12 && y < foot.y - span * 0.4 && y > foot.y - span * 0.56) pan++;
        }
      }
      return { inside, outside, pan };
    };
    const fried = changes(a!, c!);
    // The eggs show in the pan and nothing of them stands elsewhere in the room.
    expect(fried.pan).toBeGreaterThan(6);
    expect(fried.outside).toBe(0);
    // Eggs nobody cooks do stand somewhere else in the room (the check above can fail).
    expect(changes(b!, c!).outside).toBeGreaterThan(20);
  });
});
