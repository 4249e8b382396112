import { createCanvas, Image } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { drawnArtSvg } from './drawn-art.ts';
import { FAR_HIND, footAt, NEAR_HIND, STRIDE_GAITS, STRIDE_POSES, type Stride } from './drawn-stride.ts';
import { stridingAssets } from './drawn-art.ts';
import { measureStrideRest, strideRest } from './stride-rest.ts';
import { STRIDE_REST_TABLE } from './stride-rest-table.ts';

/** The alpha of an asset's lower half (legs) at 64 px, still or in a stride pose. */
function legAlpha(asset: string, stride?: Stride): number[] {
  const image = new Image();
  image.src = Buffer.from(drawnArtSvg(asset, 64, stride)!);
  const canvas = createCanvas(64, 64);
  canvas.getContext('2d').drawImage(image, 0, 0);
  const data = canvas.getContext('2d').getImageData(0, 32, 64, 32).data;
  return Array.from({ length: data.length / 4 }, (_, i) => data[i * 4 + 3]!);
}

const difference = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0);

describe('the stride point nearest the still art', () => {
  it('is measured ahead of time for every striding art and gait, as the art draws today (else run `npm run stride-rest`)', () => {
    const fresh = Object.fromEntries(stridingAssets().map((asset) => [asset, Object.fromEntries(STRIDE_GAITS.map((gait) => [gait, measureStrideRest(asset, gait)]))]));
    expect(STRIDE_REST_TABLE).toEqual(fresh);
  });

  it.each(['drawn:fox', 'drawn:bear', 'drawn:unicorn', 'drawn:robot', 'drawn:farmer', 'drawn:chef-woman'])('%s: at that point its legs are the nearest of the stride to the still art (measured afresh, at another size)', (asset) => {
    const still = legAlpha(asset);
    for (const gait of STRIDE_GAITS) {
      const rest = strideRest(asset, gait);
      expect(rest * STRIDE_POSES).toBeCloseTo(Math.round(rest * STRIDE_POSES), 9);
      const diffs = Array.from({ length: STRIDE_POSES }, (_, k) => difference(legAlpha(asset, { gait, cycle: k / STRIDE_POSES }), still));
      const mean = diffs.reduce((s, d) => s + d, 0) / diffs.length;
      const atRest = difference(legAlpha(asset, { gait, cycle: rest }), still);
      expect(atRest, `${asset} ${gait}`).toBeLessThan(mean);
      expect(atRest, `${asset} ${gait}`).toBeLessThanOrEqual(Math.min(...diffs) * 1.1);
    }
  });

  it('a person sets off from a heel strike, the near foot forward as it stands, and art whose legs do not move from 0', () => {
    for (const person of ['drawn:farmer', 'drawn:firefighter-woman', 'drawn:robot']) {
      const rest = strideRest(person, 'walk');
      // Both feet down, the near one ahead and the far one behind, as the still art stands.
      expect(footAt('walk', rest, NEAR_HIND), person).toMatchObject({ lift: 0 });
      expect(footAt('walk', rest, NEAR_HIND).forward, person).toBeGreaterThan(0.5);
      expect(footAt('walk', rest, FAR_HIND).forward, person).toBeLessThan(-0.5);
      expect(footAt('walk', rest, FAR_HIND).lift, person).toBe(0);
    }
    expect(strideRest('drawn:frog', 'walk')).toBe(0);
    expect(strideRest('emoji:1f98a', 'walk')).toBe(0);
  });
});
