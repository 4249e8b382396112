import { describe, expect, it } from 'vitest';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';
import { balletSpells } from './performers.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('a band is musicians with instruments', () => {
  it('splits "a band playing music" into four players, each holding and playing an instrument, with no floating notes', () => {
    const entities = plan('a band playing music on a stage at a concert').shots[0]!.entities;
    const players = entities.filter((e) => e.category === 'person');
    expect(players.map((p) => p.noun)).toEqual(['guitarist', 'singer', 'drummer', 'keyboard player']);
    const held = players.map((p) => entities.find((e) => e.id === p.actions.find((a) => a.motion === 'carry')?.target)?.noun);
    expect(held).toEqual(['guitar', 'microphone', 'drum', 'musical keyboard']);
    for (const p of players) {
      expect(p.count).toBe(1);
      expect(p.actions.some((a) => a.verb === 'play' && (a.motion === 'bounce' || a.motion === 'sway'))).toBe(true);
    }
    expect(entities.some((e) => e.noun === 'music')).toBe(false);
    // They stand apart across the stage, left to right.
    const xs = players.map((p) => p.layout.x!);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(4);
  });

  it('puts each instrument in its player’s hands when simulated', () => {
    const p = plan('a band playing on a stage');
    const sim = simulate(p);
    const guitarist = sim.actors.find((a) => a.noun === 'guitarist')!;
    const guitar = sim.actors.find((a) => a.noun === 'guitar')!;
    for (const i of [0, 20, 40]) expect(Math.abs(guitar.x[i]! - guitarist.x[i]!)).toBeLessThan(0.25);
  });

  it('reads "a rock band" and "a jazz band" as bands playing that music, and "a monkey band" as monkeys', () => {
    for (const prompt of ['a rock band playing', 'a jazz band playing in a bar']) {
      const p = plan(prompt);
      expect(p.shots[0]!.entities.filter((e) => e.category === 'person').map((e) => e.noun), prompt).toContain('drummer');
      expect(p.shots[0]!.entities.some((e) => e.noun === 'rock' || e.noun === 'jazz'), prompt).toBe(false);
      expect(p.unresolved, prompt).toEqual([]);
    }
    const monkeys = plan('a monkey band').shots[0]!.entities;
    expect(monkeys.map((e) => [e.noun, e.count])).toEqual([['monkey', 4]]);
  });

  it('leaves a man playing the guitar alone', () => {
    const entities = plan('a man playing guitar on stage').shots[0]!.entities;
    expect(entities.map((e) => e.noun)).toEqual(['man', 'guitar']);
  });
});

describe('ballet is a dance, not shoes', () => {
  it('makes "a girl doing ballet" dance with turns, and drops the ballet shoes', () => {
    const entities = plan('a girl doing ballet on a stage').shots[0]!.entities;
    expect(entities.map((e) => e.noun)).toEqual(['girl']);
    const motions = entities[0]!.actions.map((a) => a.motion);
    expect(motions).toContain('dance');
    expect(motions).toContain('spin');
  });

  it('makes "dancing the tango" a dance, not a second dancer', () => {
    const entities = plan('a couple dancing the tango').shots[0]!.entities;
    expect(entities.map((e) => e.noun)).toEqual(['couple']);
    expect(entities[0]!.actions.map((a) => a.motion)).toEqual(['dance']);
  });

  it('makes a ballerina turn between spells of dancing', () => {
    const dancer = plan('a ballerina dancing').shots[0]!.entities[0]!;
    expect(dancer.actions.map((a) => a.motion).slice(0, 3)).toEqual(['dance', 'spin', 'dance']);
  });

  it('covers the shot with spells end to end, the last running on', () => {
    const spells = balletSpells(6);
    for (let k = 1; k < spells.length; k++) expect(spells[k]!.start).toBe(spells[k - 1]!.end);
    expect(spells[0]!.start).toBe(0);
    expect(spells[spells.length - 1]!.end).toBeNull();
  });

  it('draws the turning dancer narrowing and mirrored, never tumbling', () => {
    const sim = simulate(plan('a girl doing ballet on a stage'));
    const girl = sim.actors.find((a) => a.noun === 'girl')!;
    const widths = Array.from(girl.scaleX);
    expect(Math.min(...widths)).toBeLessThan(0);
    for (const r of girl.rotation) expect(Math.abs(r)).toBeLessThan(0.5);
  });
});

describe('performers with no place said', () => {
  it('are on a stage, standing on its floor; a place said wins', () => {
    for (const prompt of ['a ballerina dancing', 'a rock band playing', 'a girl doing ballet']) {
      const shot = plan(prompt).shots[0]!;
      expect(shot.setting.kind, prompt).toBe('stage');
      expect(shot.entities.filter((e) => e.category === 'person').every((e) => e.layout.placement === 'floor'), prompt).toBe(true);
    }
    expect(plan('a ballerina dancing in a forest').shots[0]!.setting.kind).toBe('forest');
  });
});
