import { createCanvas, Image } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ANIMAL_ART, STRIDING_ART } from './drawn-animals.ts';
import { drawnArtSvg, drawnStride } from './drawn-art.ts';
import { FAR_FORE, FAR_HIND, footAt, legMover, legStrideRate, NEAR_FORE, NEAR_HIND, STRIDE_GAITS, STRIDE_POSES, strideBob, strideIndex } from './drawn-stride.ts';

const LEGS = [NEAR_FORE, FAR_FORE, NEAR_HIND, FAR_HIND];

/** The upper rows of an SVG body rasterised small: head and back, above every leg and arm. */
function topRows(body: string): number[] {
  const side = 48;
  const image = new Image();
  image.src = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 100 100">${body}</svg>`);
  const canvas = createCanvas(side, side);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return [...canvas.getContext('2d').getImageData(0, 0, side, Math.floor(side * 0.42)).data];
}

/** The leg tubes of an SVG body: every open stroked path's points. */
function limbPaths(svg: string): string[] {
  return [...svg.matchAll(/<path d="(M[^"]+)" fill="none" stroke="[^"]+" stroke-width="[\d.]+" stroke-linecap="round"/g)].map((m) => m[1]!);
}

describe('stride poses', () => {
  it('keep every still drawing exactly as drawn: the pose-less builder is the registered art, legs where the artist put them', () => {
    // The near foreleg of the fox, the wolf's, the unicorn's and the robot's, as the still art draws them.
    expect(ANIMAL_ART.fox).toContain('M38 62 L34 79 L30 92');
    expect(ANIMAL_ART.wolf).toContain('M36 62 L32 79 L28 92');
    expect(ANIMAL_ART.unicorn).toContain('M38 60 L27 66 L22 75');
    expect(ANIMAL_ART.robot).toContain('M44 76 L38 84 L33 92');
    for (const name of Object.keys(STRIDING_ART)) {
      expect(drawnArtSvg(`drawn:${name}`, 64)).toContain(ANIMAL_ART[name]!);
      expect(drawnStride(`drawn:${name}`)).toEqual({ biped: name === 'robot' });
    }
    expect(drawnStride('drawn:frog')).toBeNull();
    expect(drawnStride('emoji:1f98a')).toBeNull();
    expect(drawnArtSvg('drawn:frog', 64, { gait: 'walk', cycle: 0 })).toBeNull();
  });

  it.each(Object.keys(STRIDING_ART))('%s: each pose of each gait moves the legs and leaves head and back as drawn', (name) => {
    const still = ANIMAL_ART[name]!;
    const stillLimbs = limbPaths(still);
    const stillTop = topRows(still);
    for (const gait of STRIDE_GAITS) {
      const poses = Array.from({ length: STRIDE_POSES }, (_, k) => STRIDING_ART[name]!.pose({ gait, cycle: k / STRIDE_POSES }));
      for (let k = 0; k < STRIDE_POSES; k++) {
        const limbs = limbPaths(poses[k]!);
        // As many leg tubes as the still art, and each pose's differ from the next: the legs swing through the whole stride.
        expect(limbs).toHaveLength(stillLimbs.length);
        expect(limbs).not.toEqual(limbPaths(poses[(k + 1) % STRIDE_POSES]!));
      }
      // Above the legs (and the robot's arms) every pose is the still art, pixel for pixel.
      expect(topRows(poses[3]!)).toEqual(stillTop);
    }
  });

  it('plants each foot for the gait duty, sweeping back at a steady pace, and swings it forward lifted', () => {
    for (const gait of STRIDE_GAITS) {
      for (const leg of LEGS) {
        let planted = 0;
        let lifted = 0;
        let prev = footAt(gait, 0, leg);
        for (let k = 1; k <= 400; k++) {
          const foot = footAt(gait, k / 400, leg);
          expect(foot.forward).toBeGreaterThanOrEqual(-1 - 1e-9);
          expect(foot.forward).toBeLessThanOrEqual(1 + 1e-9);
          if (foot.lift === 0 && prev.lift === 0) {
            planted++;
            // Planted: going back, never forward.
            expect(foot.forward).toBeLessThanOrEqual(prev.forward + 1e-9);
          } else if (foot.lift > 0.5) lifted++;
          prev = foot;
        }
        expect(planted / 400).toBeGreaterThan(0.3);
        expect(planted / 400).toBeLessThan(0.7);
        expect(lifted).toBeGreaterThan(40);
      }
    }
    // A trot moves diagonal pairs together; a walk sets its feet down one at a time.
    expect(footAt('trot', 0.1, NEAR_FORE)).toEqual(footAt('trot', 0.1, FAR_HIND));
    expect(footAt('walk', 0.1, NEAR_FORE)).not.toEqual(footAt('walk', 0.1, FAR_HIND));
  });

  it('steps at the rate that keeps a planted foot still on the ground', () => {
    const height = 0.4;
    const speed = 0.3;
    for (const gait of STRIDE_GAITS) {
      // Strides a second × the back sweep of a planted foot per stride = the ground's pace under it.
      const stridesPerSecond = legStrideRate(gait, speed, height) / 2;
      // A moment the near hind foot is planted.
      let c = 0;
      while (footAt(gait, c, NEAR_HIND).lift > 0 || footAt(gait, c + 0.01, NEAR_HIND).lift > 0) c += 0.01;
      const a = footAt(gait, c, NEAR_HIND);
      const b = footAt(gait, c + 0.01, NEAR_HIND);
      // The foot's x in art units (visible height 100) a hundredth of a stride apart: it moves back (to larger x).
      const footX = (cycle: number): number => legMover([0, 0, 0, 100], NEAR_HIND, { gait, cycle }, 100)(0, 100)[0];
      const backPerStride = (footX(c + 0.01) - footX(c)) / 0.01 / 100;
      expect(backPerStride * height * stridesPerSecond).toBeCloseTo(speed, 2);
      expect(a.forward).toBeGreaterThan(b.forward);
    }
  });

  it('bounces the body most in flight and names its poses by the nearest point of the stride', () => {
    expect(strideBob('walk', 0)).toBe(0);
    expect(strideBob('trot', 0.25)).toBeGreaterThan(strideBob('walk', 0.25));
    expect(strideBob('gallop', 0.88)).toBeGreaterThan(strideBob('gallop', 0.4));
    expect(strideIndex(0)).toBe(0);
    expect(strideIndex(0.999)).toBe(0);
    expect(strideIndex(1 / STRIDE_POSES)).toBe(1);
    expect(strideIndex(0.5)).toBe(STRIDE_POSES / 2);
  });

  it('gallops with an extended phase: fore feet reaching out in front while the hind feet push off far behind', () => {
    // A foot's x for a leg hanging from (0, 0) to (0, 100): forward is to the left.
    const footX = (gait: (typeof STRIDE_GAITS)[number], cycle: number, leg: (typeof LEGS)[number]): number => legMover([0, 0, 0, 100], leg, { gait, cycle }, 100)(0, 100)[0];
    // The widest spread through the stride between the hindmost fore foot and the foremost hind foot.
    const extension = (gait: (typeof STRIDE_GAITS)[number]): number =>
      Math.max(...Array.from({ length: 200 }, (_, k) => Math.min(footX(gait, k / 200, NEAR_HIND), footX(gait, k / 200, FAR_HIND)) - Math.max(footX(gait, k / 200, NEAR_FORE), footX(gait, k / 200, FAR_FORE))));
    expect(extension('gallop')).toBeGreaterThan(20);
    expect(extension('gallop')).toBeGreaterThan(extension('trot') * 1.5);
  });

  it('leaves a leg alone without a stride', () => {
    const move = legMover([38, 62, 34, 79, 30, 92], NEAR_FORE, undefined, 84);
    expect(move(34, 79)).toEqual([34, 79]);
  });
});
