import { describe, expect, it } from 'vitest';
import { artOrientation } from './art-orientation.ts';
import { naturalSize } from './art-scale.ts';
import { artBounds } from './art-source.ts';
import { FACE_BODIES } from './drawn-animals.ts';
import { planScene } from '../plan/planner.ts';
import { artPixels, pixelAt } from '../../tests/support/art-pixels.ts';

const SIDE = 100;

/** The art's RGBA pixels, one per viewBox unit at SIDE px. */
const pixels = (asset: string): Uint8ClampedArray => artPixels(asset, SIDE);

const at = (data: Uint8ClampedArray, x: number, y: number) => pixelAt(data, SIDE, x, y);

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const assetOf = (prompt: string): (string | undefined)[] =>
  planScene({ prompt, seed: 1, output }).shots.map((shot) => shot.entities.find((e) => e.noun.startsWith('robot'))?.asset);

describe('drawn robot', () => {
  it('is a full body taller than wide, standing on both feet at its bottom edge', () => {
    const bounds = artBounds('drawn:robot');
    expect(bounds.top).toBeLessThan(0.03);
    expect(bounds.bottom).toBeGreaterThan(0.95);
    expect(bounds.bottom - bounds.top).toBeGreaterThan(bounds.right - bounds.left);
    const data = pixels('drawn:robot');
    // Two separate feet on the ground row, a gap between them (mid-stride), and the body filled in.
    const row = Math.round(bounds.bottom * SIDE) - 2;
    const opaque = Array.from({ length: SIDE }, (_, x) => data[(row * SIDE + x) * 4 + 3]! > 40);
    const feet = opaque.filter((on, x) => on && (x === 0 || !opaque[x - 1])).length;
    expect(feet).toBe(2);
    expect(at(data, 0.5, 0.97).a).toBeLessThan(40);
    expect(at(data, 0.5, 0.6).a).toBe(255);
  });

  it('glows cyan at its eyes and red at its antenna tip, where documented, on a grey-blue metal head', () => {
    const data = pixels('drawn:robot');
    for (const [x, y] of [[0.372, 0.26], [0.482, 0.26]] as const) {
      const eye = at(data, x, y);
      expect(eye.a).toBe(255);
      expect(Math.min(eye.g, eye.b)).toBeGreaterThan(eye.r + 60);
    }
    const tip = at(data, 0.47, 0.042);
    expect(tip.a).toBeGreaterThan(200);
    expect(tip.r).toBeGreaterThan(tip.g + 80);
    // The metal: light, a touch bluer than it is red.
    const cheek = at(data, 0.57, 0.15);
    expect(cheek.a).toBe(255);
    expect(cheek.b).toBeGreaterThan(cheek.r);
    expect(cheek.r).toBeGreaterThan(110);
  });

  it('faces left with its eyes on the head’s left half, and stands about as tall as a person', () => {
    expect(artOrientation('drawn:robot', 'person').facing).toBe('left');
    expect(artOrientation('drawn:robot', 'object').facing).toBe('left');
    const data = pixels('drawn:robot');
    // Every lens-cyan pixel of the head lies on its left (front) half; its right side has the ear disc.
    const cyanColumns: number[] = [];
    for (let y = 13; y < 41; y++) {
      for (let x = 30; x < 66; x++) {
        const i = (y * SIDE + x) * 4;
        if (data[i + 3]! > 200 && data[i + 2]! > 200 && data[i + 1]! > 200 && data[i]! < 150) cyanColumns.push(x);
      }
    }
    expect(cyanColumns.length).toBeGreaterThan(20);
    expect(Math.max(...cyanColumns)).toBeLessThan(53);
    expect(naturalSize('drawn:robot', 'person')).toBe(naturalSize('emoji:1f6b6', 'person'));
  });

  it('replaces the robot face in plans, unless the face or emoji is asked for', () => {
    expect(FACE_BODIES['1f916']?.art).toBe('robot');
    expect(assetOf('a robot walking down a neon city street at night')).toEqual(['drawn:robot']);
    expect(assetOf('a robot dancing on a stage')).toEqual(['drawn:robot']);
    const story = 'A little robot wakes up in a junkyard. It finds a flower growing between the metal. It waters the flower as the sun sets.';
    const plan = planScene({ prompt: story, seed: 1, output });
    expect(plan.unresolved).toEqual([]);
    for (const shot of plan.shots) {
      const robot = shot.entities.find((e) => e.noun === 'robot');
      expect(robot?.asset).toBe('drawn:robot');
      // "little" still shrinks it below a person.
      expect(robot!.size).toBeLessThan(1);
    }
    expect(assetOf('a robot face')).toEqual(['emoji:1f916']);
    expect(assetOf('a robot emoji')).toEqual(['emoji:1f916']);
  });
});
