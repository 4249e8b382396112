import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import { BLOW_BUBBLES_VERB } from './bubble-blowers.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('blowing bubbles', () => {
  it('gives the blowing to the girl, drops the big bubble art, and brings no wind', () => {
    const shot = plan('a little girl blowing bubbles in a garden').shots[0]!;
    expect(shot.entities.map((e) => e.noun)).toEqual(['little girl']);
    expect(shot.entities[0]!.actions.map((a) => a.verb)).toEqual([BLOW_BUBBLES_VERB]);
    expect(shot.setting.weather).toBe('clear');
    expect(shot.setting.kind).toBe('garden');
  });

  it('keeps the wind a prompt says, and what else the blower does', () => {
    expect(plan('a boy blowing bubbles on a windy day').shots[0]!.setting.weather).toBe('wind');
    const kids = plan('kids blowing bubbles').shots[0]!.entities;
    expect(kids.every((e) => e.category === 'person')).toBe(true);
  });

  it('leaves the wind blowing leaves alone', () => {
    const shot = plan('the wind blows the leaves').shots[0]!;
    expect(shot.setting.weather).toBe('wind');
  });
});
