import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import { MATERIAL_COLORS } from '../words/color-words.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('seasons named with the place', () => {
  it('sets an autumn forest in autumn, and a plain forest in no season', () => {
    expect(plan('a fox in an autumn forest').shots[0]!.setting).toMatchObject({ kind: 'forest', season: 'autumn' });
    expect(plan('a fox in a forest').shots[0]!.setting.season).toBeNull();
  });
});

describe('things named by their material', () => {
  it('draws a sandcastle as a small castle in sand', () => {
    const castle = plan('two kids building a sandcastle on the beach').shots[0]!.entities.find((e) => e.noun === 'sandcastle')!;
    const palace = plan('two kids by a castle on the beach').shots[0]!.entities.find((e) => e.noun === 'castle')!;
    expect(castle.asset).toBe(palace.asset);
    expect(castle.color).toBe(MATERIAL_COLORS.sand);
    expect(castle.size).toBeLessThan(palace.size * 0.6);
    expect(palace.color).toBeNull();
  });
});

describe('dance places', () => {
  // A disco is a club of its own (spot lights, glitter ball, lit floor) since the 'club' setting; it was the theatre stage.
  it('sets a disco indoors in a club, with the dancer on its floor and no disco-ball stand-in', () => {
    const shot = plan('a robot dancing in a disco').shots[0]!;
    expect(shot.setting.kind).toBe('club');
    expect(shot.entities.map((e) => e.noun)).toEqual(['robot']);
    expect(plan('people dancing at a dance party').shots[0]!.setting.kind).toBe('club');
  });
});
