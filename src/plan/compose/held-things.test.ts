import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const shotOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!;
const byNoun = (prompt: string) => {
  const entities = shotOf(prompt).entities;
  return (noun: string) => entities.find((e) => e.noun === noun)!;
};

describe('things people do something with are in their hands', () => {
  it('holds a handheld instrument while playing it, keeping the verb as written', () => {
    for (const [prompt, player, instrument] of [
      ['a boy playing the violin', 'boy', 'violin'],
      ['a man playing guitar on a stage', 'man', 'guitar'],
      ['a woman playing the trumpet', 'woman', 'trumpet'],
    ] as const) {
      const e = byNoun(prompt);
      const held = e(instrument);
      const actions = e(player).actions.map((a) => [a.verb, a.motion, a.target]);
      expect(actions[0]).toEqual(['play', 'sway', held.id]);
      expect(actions).toContainEqual(['hold', 'carry', held.id]);
    }
  });

  it('leaves a piano standing: the pianist plays at it', () => {
    const e = byNoun('a man playing the piano');
    expect(e('man').actions.some((a) => a.motion === 'carry')).toBe(false);
  });

  it('holds a book being read and an ice cream being eaten', () => {
    const reading = byNoun('a girl reading a book under a tree');
    expect(reading('girl').actions.map((a) => [a.motion, a.target])).toEqual([['sit', reading('book').id], ['carry', reading('book').id]]);
    const eating = byNoun('a girl eating an ice cream');
    expect(eating('girl').actions.map((a) => a.motion)).toEqual(['eat', 'carry']);
  });

  it('puts the reader, not the book, under the tree and on the bench', () => {
    const tree = byNoun('a girl reading a book under a tree');
    expect(tree('girl').layout.relation).toMatchObject({ kind: 'under', target: tree('tree').id });
    expect(tree('book').layout.relation).toBeNull();
    const bench = byNoun('a man reading a newspaper on a bench');
    expect(bench('man').layout.relation).toMatchObject({ kind: 'on', target: bench('bench').id });
    expect(bench('newspaper').layout.relation).toBeNull();
    expect(bench('man').actions.map((a) => [a.verb, a.motion])).toEqual([['read', 'sit'], ['hold', 'carry']]);
  });

  it('leaves a thing on its dish: eaten from the plate, the plate not a seat', () => {
    const e = byNoun('a boy eating an apple on a plate');
    expect(e('boy').layout.relation).toBeNull();
    expect(e('apple').layout.relation).toMatchObject({ kind: 'on', target: e('plate').id });
    expect(e('boy').actions.map((a) => a.motion)).toEqual(['eat']);
  });

  it('puts someone holding an umbrella on the bridge standing, with the umbrella in hand', () => {
    const e = byNoun('a woman holding an umbrella on a bridge');
    expect(e('woman').layout.relation).toMatchObject({ kind: 'on', target: e('bridge').id });
    expect(e('umbrella').layout.relation).toBeNull();
  });
});

describe('the room’s own scenery is not drawn twice', () => {
  it('drops a blackboard in a classroom (the wall has one) and leaves the teacher at it', () => {
    const shot = shotOf('a teacher writing on a blackboard in a classroom');
    expect(shot.setting.kind).toBe('classroom');
    expect(shot.entities.map((e) => e.noun)).toEqual(['teacher']);
    expect(shot.entities[0]!.layout.relation).toBeNull();
    expect(planScene({ prompt: 'a teacher writing on a blackboard in a classroom', seed: 1, output }).unresolved).not.toContain('blackboard');
    // Elsewhere a blackboard is a thing of its own.
    expect(shotOf('a blackboard in a park').entities.map((e) => e.noun)).toEqual(['blackboard']);
  });
});
