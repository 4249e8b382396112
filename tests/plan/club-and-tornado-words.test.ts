import { describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/core/request.ts';
import { planScene } from '../../src/plan/planner.ts';

function shot(prompt: string) {
  return planScene({ prompt, seed: defaultSeed(prompt), output: { width: 320, height: 180, fps: 12, seconds: 5, format: 'mp4' } }).shots[0]!;
}

describe('a disco is a club, a theatre stays a stage', () => {
  it('reads discos, night clubs and dance parties as a club', () => {
    for (const prompt of ['a robot dancing in a disco', 'people dancing at a night club', 'a dance party in a nightclub']) expect(shot(prompt).setting.kind, prompt).toBe('club');
  });
  it('keeps a stage and a theatre a stage', () => {
    for (const prompt of ['a girl dancing on a stage', 'a magician in a theater']) expect(shot(prompt).setting.kind, prompt).toBe('stage');
  });
});

describe('a tornado is a funnel on the ground and brings its storm', () => {
  it('plans a tornado as a thing, standing still or crossing, under a storm', () => {
    for (const prompt of ['a tornado in a field', 'a tornado crossing a farm field', 'a tornado crossing a farm', 'a twister on the prairie']) {
      const s = shot(prompt);
      expect(s.entities.map((e) => e.noun), prompt).toContain(prompt.includes('twister') ? 'twister' : 'tornado');
      expect(s.setting.weather, prompt).toBe('storm');
    }
    expect(shot('a tornado crossing a farm field').entities[0]!.actions[0]!.motion).toBe('walk');
  });
  it('keeps the weather the prompt says, and storms without a tornado have none', () => {
    expect(shot('a tornado in a field at sunset on a windy day').setting.weather).toBe('wind');
    expect(shot('a storm over the sea').entities).toHaveLength(0);
  });
});

describe('a bamboo forest is tall canes, not a jungle', () => {
  it('reads bamboo forests and groves as a bamboo forest, with the panda and its bamboo in it', () => {
    const s = shot('a panda eating bamboo in a bamboo forest');
    expect(s.setting.kind).toBe('bamboo-forest');
    expect(s.entities.map((e) => e.noun)).toEqual(['panda', 'bamboo']);
    expect(shot('a panda in a bamboo grove').setting.kind).toBe('bamboo-forest');
    expect(shot('a tiger in the jungle').setting.kind).toBe('jungle');
  });
});
