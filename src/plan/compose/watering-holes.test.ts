import { describe, expect, it } from 'vitest';
import { RECIPES } from '../../render/settings/recipes.ts';
import { settingGeometry } from '../../simulate/setting-geometry.ts';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('a watering hole', () => {
  it('is a pool on the savanna the animals drink at, not a hole in the ground', () => {
    const shot = plan('a giraffe and a zebra drinking at a watering hole').shots[0]!;
    expect(shot.setting.kind).toBe('watering-hole');
    expect(shot.entities.map((e) => e.noun)).toEqual(['giraffe', 'zebra']);
    expect(shot.entities.every((e) => e.actions.some((a) => a.motion === 'drink'))).toBe(true);
    expect(plan('a lion at the waterhole').shots[0]!.setting.kind).toBe('watering-hole');
  });

  it('has animals with nothing else to do drink, and keeps what they are said to do', () => {
    const elephants = plan('elephants at a watering hole').shots[0]!.entities[0]!;
    expect(elephants.actions.map((a) => a.motion)).toEqual(['drink']);
    const lion = plan('a lion resting at the watering hole').shots[0]!.entities[0]!;
    expect(lion.actions.map((a) => a.motion)).not.toContain('drink');
    // Elsewhere an idle animal stays idle.
    expect(plan('elephants on the savanna').shots[0]!.entities[0]!.actions.map((a) => a.motion)).not.toContain('drink');
  });

  it('draws water with a near bank to stand on and grassland beyond', () => {
    const water = settingGeometry('watering-hole').water;
    expect(water).not.toBeNull();
    expect(water![0]).toBeGreaterThan(0.05);
    expect(water![1]).toBeLessThan(3);
    expect(RECIPES['watering-hole'].water).not.toBeNull();
    expect(RECIPES['watering-hole'].ridges.some((r) => r.kind === 'acacias')).toBe(true);
  });

  it('keeps the drinkers on the dry bank in front of the water', () => {
    const sim = simulate(plan('a giraffe and a zebra drinking at a watering hole'));
    const near = settingGeometry('watering-hole').water![0];
    for (const actor of sim.actors) for (const depth of actor.depth) expect(depth).toBeLessThan(near);
  });
});
