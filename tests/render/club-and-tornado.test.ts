import { describe, expect, it } from 'vitest';
import { entity, meanDifference, onePlan, renderFrames } from './plans.ts';

/** Mean brightness (0..255) and mean saturation (max - min channel) of an RGBA frame. */
function tone(rgba: Uint8Array): { luma: number; chroma: number } {
  let luma = 0;
  let chroma = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
    luma += 0.299 * r + 0.587 * g + 0.114 * b;
    chroma += Math.max(r, g, b) - Math.min(r, g, b);
  }
  const n = rgba.length / 4;
  return { luma: luma / n, chroma: chroma / n };
}

/** How many of six hue sectors (red, yellow, green, cyan, blue, magenta) hold at least 0.4% of the pixels, vividly coloured. */
function hues(rgba: Uint8Array): number {
  const counts = new Array<number>(6).fill(0);
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i]! / 255, rgba[i + 1]! / 255, rgba[i + 2]! / 255];
    const max = Math.max(r, g, b);
    const c = max - Math.min(r, g, b);
    if (c < 0.2) continue;
    const h = max === r ? ((g - b) / c + 6) % 6 : max === g ? (b - r) / c + 2 : (r - g) / c + 4;
    counts[Math.round(h) % 6]!++;
  }
  return counts.filter((n) => n > (rgba.length / 4) * 0.004).length;
}

/** The luma (0..255) below which a fraction q of the pixels lie. */
function lumaQuantile(rgba: Uint8Array, q: number): number {
  const values: number[] = [];
  for (let i = 0; i < rgba.length; i += 4) values.push(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!);
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length * q)]!;
}

/** Per row, the mean difference between two frames. */
function rowDifference(a: Uint8Array, b: Uint8Array, width: number, height: number): number[] {
  return Array.from({ length: height }, (_, y) => meanDifference(a.subarray(y * width * 4, (y + 1) * width * 4), b.subarray(y * width * 4, (y + 1) * width * 4)));
}

/** The mean column of the funnel: dark grey pixels in the sky (the upper part of the frame). */
function funnelColumn(rgba: Uint8Array, width: number, height: number): number {
  let sum = 0;
  let weight = 0;
  for (let y = 0; y < height * 0.4; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
      if (0.299 * r + 0.587 * g + 0.114 * b > 125 || Math.max(r, g, b) - Math.min(r, g, b) > 30) continue;
      sum += x;
      weight++;
    }
  }
  expect(weight, 'the funnel shows in the sky').toBeGreaterThan(width * height * 0.02);
  return sum / weight;
}

const W = 160;
const H = 90;

describe('a disco', () => {
  it('is a dark room with coloured light, unlike the theatre', async () => {
    const [club] = await renderFrames(onePlan({ setting: { kind: 'club' } }, { width: W, height: H }), [2]);
    const [stage] = await renderFrames(onePlan({ setting: { kind: 'stage' } }, { width: W, height: H }), [2]);
    // The room is dark where the lights do not fall: a fifth of the frame is near black.
    expect(lumaQuantile(club!, 0.2)).toBeLessThan(25);
    // Coloured light of every hue (tiles and beams), where the theatre is all red and brown.
    expect(hues(club!)).toBeGreaterThanOrEqual(5);
    expect(hues(stage!)).toBeLessThanOrEqual(2);
    expect(meanDifference(club!, stage!)).toBeGreaterThan(10);
  });
  it('has spot lights that sweep: frames differ with nothing else moving', async () => {
    const [a, b] = await renderFrames(onePlan({ setting: { kind: 'club' } }, { width: W, height: H, seconds: 2 }), [0, 12]);
    expect(meanDifference(a!, b!)).toBeGreaterThan(3);
  });
});

describe('a tornado', () => {
  const tornado = (extra = {}) => entity('tornado', '1f32a', { category: 'object', layout: { placement: 'sky' }, ...extra });
  it('is a funnel from above the frame down to the ground, not a tile in the sky', async () => {
    const [withFunnel] = await renderFrames(onePlan({ setting: { kind: 'field', weather: 'storm' }, entities: [tornado()] }, { width: W, height: H }), [3]);
    const [without] = await renderFrames(onePlan({ setting: { kind: 'field', weather: 'storm' } }, { width: W, height: H }), [3]);
    const rows = rowDifference(withFunnel!, without!, W, H);
    // The funnel shows at the top of the frame and at the ground below the horizon (the frame's middle).
    expect(Math.max(...rows.slice(0, 6))).toBeGreaterThan(3);
    expect(Math.max(...rows.slice(Math.round(H * 0.5), Math.round(H * 0.62)))).toBeGreaterThan(1.5);
  });
  it('crosses the field when it moves', async () => {
    // Under clouds without rain: the sky is pale, the funnel dark.
    const plan = onePlan({ setting: { kind: 'field', weather: 'cloudy' }, entities: [tornado({ actions: [{ verb: 'cross', motion: 'walk' }] })] }, { width: W, height: H, seconds: 4 });
    const [first, last] = await renderFrames(plan, [0, 31]);
    expect(Math.abs(funnelColumn(first!, W, H) - funnelColumn(last!, W, H))).toBeGreaterThan(W * 0.05);
  });
});

describe('a bamboo forest', () => {
  it('is green canes standing upright: the picture above the ground changes more across than down', async () => {
    const [frame] = await renderFrames(onePlan({ setting: { kind: 'bamboo-forest' } }, { width: W, height: H }), [0]);
    const [jungle] = await renderFrames(onePlan({ setting: { kind: 'jungle' } }, { width: W, height: H }), [0]);
    const upright = (rgba: Uint8Array): { green: number; across: number; down: number } => {
      let green = 0;
      let across = 0;
      let down = 0;
      const g = (x: number, y: number): number => rgba[(y * W + x) * 4 + 1]!;
      for (let y = 1; y < H * 0.4; y++) {
        for (let x = 1; x < W; x++) {
          const i = (y * W + x) * 4;
          if (rgba[i + 1]! > rgba[i]! + 10 && rgba[i + 1]! > rgba[i + 2]! + 10) green++;
          across += Math.abs(g(x, y) - g(x - 1, y));
          down += Math.abs(g(x, y) - g(x, y - 1));
        }
      }
      return { green: green / (W * H * 0.4), across, down };
    };
    const bamboo = upright(frame!);
    expect(bamboo.green).toBeGreaterThan(0.4);
    expect(bamboo.across).toBeGreaterThan(bamboo.down * 1.2);
    // The palms and bushes of a jungle are not a wall of verticals.
    const palms = upright(jungle!);
    expect(bamboo.across / bamboo.down).toBeGreaterThan(palms.across / palms.down);
  });
});
