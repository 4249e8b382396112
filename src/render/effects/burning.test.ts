import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planScene } from '../../plan/planner.ts';
import { cameraAt } from '../../simulate/projection.ts';
import { simulate } from '../../simulate/simulate.ts';
import { burningTargets, createBurning, sprayersOf, tongueHeight } from './burning.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 3, format: 'mp4' as const };

describe('a thing on fire', () => {
  it('burns what the plan puts a fire on, and nothing when nothing burns', () => {
    const shot = planScene({ prompt: 'a burning house', seed: 1, output }).shots[0]!;
    const house = shot.entities.find((e) => e.noun === 'house')!;
    expect([...burningTargets(shot)]).toEqual([house.id]);
    expect(burningTargets(planScene({ prompt: 'a house', seed: 1, output }).shots[0]!).size).toBe(0);
  });

  it('flickers: a tongue of flame changes height over time, within bounds', () => {
    const heights = Array.from({ length: 20 }, (_, f) => tongueHeight(2, f / 10));
    expect(Math.max(...heights) - Math.min(...heights)).toBeGreaterThan(0.1);
    for (const h of heights) expect(h).toBeGreaterThan(0.4);
  });

  it('paints flame colours over the top of the house', () => {
    const plan = planScene({ prompt: 'a burning house', seed: 1, output });
    const simulation = simulate(plan);
    const burning = createBurning(plan.shots[0]!, simulation.actors, 320, 180);
    expect(burning.count).toBe(1);
    const canvas = createCanvas(320, 180);
    const ctx = canvas.getContext('2d');
    burning.draw(ctx, cameraAt(simulation.camera, 5), 5, 0.5);
    const data = ctx.getImageData(0, 0, 320, 180).data;
    let orange = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! > 60 && data[i + 1]! < 220 && data[i + 2]! < 100 && data[i + 3]! > 200) orange++;
    expect(orange).toBeGreaterThan(100);
  });

  it('aims firefighters spraying water on a burning building at its fire, and no one when nothing sprays', () => {
    const shot = planScene({ prompt: 'firefighters spraying water on a burning building', seed: 1, output }).shots[0]!;
    const crew = shot.entities.find((e) => e.noun === 'firefighters')!;
    const building = shot.entities.find((e) => e.noun === 'building')!;
    expect(sprayersOf(shot)).toEqual([{ sprayer: crew.id, fire: building.id }]);
    expect(sprayersOf(planScene({ prompt: 'a fire truck racing to a burning house', seed: 1, output }).shots[0]!)).toEqual([]);
  });
});
