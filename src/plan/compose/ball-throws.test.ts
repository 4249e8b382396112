import { describe, expect, it } from 'vitest';
import { HOOP_ART } from '../../assets/drawn-sport.ts';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('shooting a ball is a throw, not a launch', () => {
  it('makes a basketball player jump and shoot a basketball at a drawn hoop', () => {
    const entities = plan('a basketball player shooting a hoop').shots[0]!.entities;
    const player = entities.find((e) => e.noun === 'basketball player')!;
    const hoop = entities.find((e) => e.noun === 'hoop')!;
    const ball = entities.find((e) => e.noun === 'basketball')!;
    expect(player.actions.map((a) => a.motion)).toEqual(['jump']);
    expect(player.actions[0]!.target).toBe(ball.id);
    expect(hoop.asset).toBe(HOOP_ART);
    expect(ball.asset).toBe('emoji:1f3c0');
    expect(ball.actions[0]).toMatchObject({ verb: 'throw', motion: 'fly', target: hoop.id });
    expect(player.layout.x!).toBeLessThan(hoop.layout.x!);
  });

  it('adds a hoop where only the shooting is said', () => {
    const entities = plan('a basketball player shooting').shots[0]!.entities;
    expect(entities.some((e) => e.asset === HOOP_ART)).toBe(true);
    expect(entities.flatMap((e) => e.actions).some((a) => a.motion === 'launch')).toBe(false);
  });

  it('sends a soccer player’s shot at the goal, the player standing (a whole figure)', () => {
    const entities = plan('a soccer player shooting at goal').shots[0]!.entities;
    const player = entities.find((e) => e.category === 'person')!;
    expect(player.actions.map((a) => a.motion)).toEqual(['idle']);
    expect(player.asset).toMatch(/^emoji:1f9cd/);
    const ball = entities.find((e) => e.noun === 'ball')!;
    expect(ball.actions[0]!.target).toBe(entities.find((e) => e.noun === 'goal')!.id);
  });

  it('links a boy throwing a ball to his dog: he throws it, it flies to the dog', () => {
    const entities = plan('a boy throwing a ball to his dog').shots[0]!.entities;
    const boy = entities.find((e) => e.noun === 'boy')!;
    const ball = entities.find((e) => e.noun === 'ball')!;
    expect(boy.actions[0]).toMatchObject({ verb: 'throw', target: ball.id });
    expect(ball.actions[0]!.target).toBe(entities.find((e) => e.noun === 'dog')!.id);
  });

  it('reads "shooting hoops" as one hoop, and kids playing basketball as shooting at a hoop on the sports ground', () => {
    const hoops = plan('a man shooting hoops').shots[0]!.entities.find((e) => e.asset === HOOP_ART)!;
    expect(hoops.count).toBe(1);
    const shot = plan('kids playing basketball').shots[0]!;
    expect(shot.setting.kind).toBe('sports-ground');
    expect(shot.entities.find((e) => e.noun === 'kids')!.actions[0]).toMatchObject({ verb: 'shoot', motion: 'jump' });
    expect(shot.entities.some((e) => e.asset === HOOP_ART)).toBe(true);
    // Playing with a ball is not a game at a hoop.
    expect(plan('a boy playing with a ball').shots[0]!.entities.map((e) => e.noun)).toEqual(['boy', 'ball']);
  });

  it('does not throw a gun someone shoots, nor launch them', () => {
    const entities = plan('a man shooting a gun').shots[0]!.entities;
    expect(entities.flatMap((e) => e.actions).some((a) => a.motion === 'launch' || a.motion === 'fly')).toBe(false);
    expect(entities.some((e) => e.noun === 'ball')).toBe(false);
  });
});

describe('a thrown ball flies from the hands to the hoop and back', () => {
  const sim = simulate(plan('a basketball player shooting a hoop'));
  const player = sim.actors.find((a) => a.noun === 'basketball player')!;
  const ball = sim.actors.find((a) => a.noun === 'basketball')!;
  const hoop = sim.actors.find((a) => a.noun === 'hoop')!;
  const playerHeight = player.size * (player.bounds.bottom - player.bounds.top);
  const hoopHeight = hoop.size * (hoop.bounds.bottom - hoop.bounds.top);

  it('rises above the player’s head on the way and reaches the hoop, near the rim', () => {
    let nearest = Infinity;
    let highest = 0;
    for (let i = 0; i < ball.length; i++) {
      highest = Math.max(highest, ball.y[i]!);
      const rimY = hoop.y[i]! + hoopHeight * 0.6;
      nearest = Math.min(nearest, Math.hypot(ball.x[i]! - hoop.x[i]!, ball.y[i]! - rimY));
    }
    expect(highest).toBeGreaterThan(playerHeight * 1.2);
    expect(nearest).toBeLessThan(hoopHeight * 0.35);
  });

  it('comes back to the player again, and the player stays on the ground between jumps', () => {
    const backs = Array.from(ball.x).filter((x, i) => Math.abs(x - player.x[i]!) < playerHeight * 0.4).length;
    expect(backs).toBeGreaterThan(5);
    expect(Math.max(...player.y)).toBeLessThan(playerHeight * 0.5);
    expect(Math.min(...player.y)).toBeLessThan(0.01);
    // The player faces the hoop.
    for (const f of player.facing) expect(Math.sign(f)).toBe(Math.sign(hoop.x[0]! - player.x[0]!));
  });
});

describe('a group playing basketball', () => {
  it('keeps every player near the ground: a jump shot, not the plan’s high leaps', () => {
    const sim = simulate(plan('kids playing basketball'));
    const kids = sim.actors.filter((a) => a.noun === 'kids');
    expect(kids.length).toBe(3);
    for (const kid of kids) {
      const h = kid.size * (kid.bounds.bottom - kid.bounds.top);
      expect(Math.max(...kid.y)).toBeLessThan(h * 0.5);
    }
  });
});
