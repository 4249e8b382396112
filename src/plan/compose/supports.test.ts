import { describe, expect, it } from 'vitest';
import { naturalSize } from '../../assets/art-scale.ts';
import { planScene } from '../planner.ts';
import { LONG_FENCE, PERCH_TREE, SUPPORT_MARGIN } from './supports.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const byNoun = (prompt: string) => {
  const entities = planScene({ prompt, seed: 1, output }).shots[0]!.entities;
  return (noun: string) => entities.find((e) => e.noun === noun)!;
};

describe('what is stood, perched or walked on fits what is on it', () => {
  it('a cat walking along a fence walks on a long run of fence', () => {
    const e = byNoun('a black cat walking along a fence at night');
    expect(e('black cat').layout.relation).toMatchObject({ kind: 'on', target: e('fence').id });
    expect(e('black cat').actions.map((a) => a.motion)).toEqual(['walk']);
    expect(e('fence').asset).toBe(LONG_FENCE);
    // A man walking along a fence walks beside it, and the fence is a plain one.
    const man = byNoun('a man walking along a fence');
    expect(man('man').layout.relation?.kind).not.toBe('on');
    expect(man('fence').asset).toBe('drawn:fence');
  });

  it('an owl on a branch perches in a tree', () => {
    const e = byNoun('an owl sitting on a branch at night under a full moon');
    expect(e('owl').layout.relation).toMatchObject({ kind: 'on', target: e('branch').id });
    expect(e('branch').asset).toBe(PERCH_TREE);
  });

  it('a lion roaring on a rock stands on a boulder wider than itself, and does not stand idle', () => {
    const e = byNoun('a lion roaring on a rock');
    const lion = e('lion');
    const rock = e('rock');
    expect(lion.layout.relation).toMatchObject({ kind: 'on', target: rock.id });
    expect(naturalSize(rock.asset, rock.category) * rock.size).toBeGreaterThanOrEqual(naturalSize(lion.asset, lion.category) * SUPPORT_MARGIN * 0.99);
    expect(lion.actions.map((a) => [a.verb, a.motion])).toEqual([['roar', 'watch']]);
    // A mouse on a rock needs no boulder.
    expect(byNoun('a mouse on a rock')('rock').size).toBe(1);
  });
});
