import { describe, expect, it } from 'vitest';
import { naturalSize } from '../../assets/art-scale.ts';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const shotOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!;

describe('holidays', () => {
  it('puts the presents at the foot of a christmas tree taller than a person, and "cozy" is only the room', () => {
    const shot = shotOf('a christmas tree with presents in a cozy living room');
    expect(shot.setting.kind).toBe('living-room');
    const tree = shot.entities.find((e) => e.asset === 'emoji:1f384')!;
    const gifts = shot.entities.find((e) => e.asset === 'emoji:1f381')!;
    expect(gifts.layout.relation).toMatchObject({ kind: 'under', target: tree.id });
    expect(shot.entities).toHaveLength(2);
    expect(naturalSize(tree.asset, 'object')).toBeGreaterThan(naturalSize('emoji:1f9cd', 'person'));
  });

  it('sets a christmas tree indoors, and brings one with gifts to a room on christmas morning', () => {
    expect(shotOf('a decorated christmas tree').setting.kind).toBe('living-room');
    const morning = shotOf('a living room on christmas morning');
    expect(morning.setting.timeOfDay).toBe('morning');
    expect(morning.entities.map((e) => e.asset).sort()).toEqual(['emoji:1f381', 'emoji:1f384']);
  });

  it('reads halloween as a night, with jack-o\'-lanterns on the ground and bats in the air', () => {
    const shot = shotOf('a halloween night with pumpkins and bats');
    expect(shot.setting.timeOfDay).toBe('night');
    expect(shot.entities.some((e) => e.category === 'person')).toBe(false);
    const pumpkins = shot.entities.find((e) => e.noun === 'pumpkins')!;
    expect(pumpkins.asset).toBe('emoji:1f383');
    expect(pumpkins.layout.placement).toBe('ground');
    expect(shot.entities.find((e) => e.noun === 'bats')!.layout.placement).toBe('air');
  });

  it('shows children out trick-or-treating among jack-o\'-lanterns', () => {
    const shot = shotOf('trick or treating on halloween');
    expect(shot.setting.timeOfDay).toBe('night');
    expect(shot.entities.find((e) => e.category === 'person')?.actions[0]?.motion).toBe('walk');
    expect(shot.entities.some((e) => e.asset === 'emoji:1f383')).toBe(true);
  });
});
