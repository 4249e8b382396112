import { describe, expect, it } from 'vitest';
import { emojiArtPath } from '../assets/emoji-catalog.ts';
import { vehicleSeat } from '../assets/vehicle-seats.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack, Simulation } from './simulation.ts';
import { vehicleRidersOf } from './vehicle-riders.ts';

type Entities = NonNullable<ScenePlanInput['shots'][number]['entities']>;

function plan(kind: string, entities: Entities, seconds = 3) {
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 7,
    output: { width: 320, height: 180, fps: 12, seconds, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: seconds, setting: { kind }, entities }],
  });
}

function track(sim: Simulation, entityId: string): ActorTrack {
  const t = sim.actors.find((a) => a.entityId === entityId);
  if (!t) throw new Error(`no track for ${entityId}`);
  return t;
}

const vehicle = (asset: string, noun: string) => ({ id: 'v', noun, asset, category: 'vehicle' as const });
const person = (asset: string, noun: string, verb: string, motion: 'drive' | 'ride', extra: Entities[number]['actions'] = []) => ({
  id: 'p',
  noun,
  asset,
  category: 'person' as const,
  layout: { relation: { kind: motion === 'drive' ? ('inside' as const) : ('on' as const), target: 'v' } },
  actions: [{ verb, motion, target: 'v' }, ...extra],
});

const height = (t: ActorTrack): number => t.size * (t.bounds.bottom - t.bounds.top);

describe('a driver drives the vehicle', () => {
  it.each([
    ['emoji:1f697', 'car', 'emoji:1f468', 'man'],
    ['emoji:1f69c', 'tractor', 'drawn:farmer', 'farmer'],
    ['emoji:1f68c', 'bus', 'emoji:1f9d1', 'driver'],
  ])('a %s drives off with its driver seen in its window, not a giant head beside it', (carAsset, carNoun, driverAsset, driverNoun) => {
    const sim = simulate(plan('road', [person(driverAsset, driverNoun, 'drive', 'drive'), vehicle(carAsset, carNoun)]));
    const car = track(sim, 'v');
    const driver = track(sim, 'p');
    // The vehicle travels as a driven one does.
    expect(Math.max(...car.x) - Math.min(...car.x)).toBeGreaterThan(0.3);
    const halfLength = (car.size * (car.bounds.right - car.bounds.left)) / 2;
    const visible = height(driver) * (1 - (driver.hiddenBelow ?? 0));
    // Head and shoulders the size of a window, a small part of the vehicle.
    expect(driver.hiddenBelow).toBeGreaterThan(0);
    expect(visible).toBeLessThan(height(car) * 0.4);
    expect(visible).toBeGreaterThan(height(car) * 0.08);
    for (let i = 0; i < driver.length; i++) {
      expect(Math.abs(driver.x[i]! - car.x[i]!)).toBeLessThan(halfLength * 0.8);
      // The sill is above the wheels and below the roof.
      expect(driver.y[i]! - car.y[i]!).toBeGreaterThan(height(car) * 0.3);
      expect(driver.y[i]! + visible - car.y[i]!).toBeLessThan(height(car) * 1.02);
      expect(driver.depth[i]).toBeLessThan(car.depth[i]!);
      expect(driver.opacity[i]).toBeGreaterThan(0.5);
    }
  });

  it('puts the driver behind the windscreen whichever way the car faces', () => {
    const sim = simulate(plan('road', [person('emoji:1f468', 'man', 'drive', 'drive'), vehicle('emoji:1f697', 'car')], 6));
    const car = track(sim, 'v');
    const driver = track(sim, 'p');
    const faces = new Set<number>();
    for (let i = 0; i < car.length; i++) {
      if (Math.abs(car.facing[i]!) < 0.99) continue;
      faces.add(Math.sign(car.facing[i]!));
      // The art's front is its left: the window is towards the way the car faces.
      expect(Math.sign(driver.x[i]! - car.x[i]!)).toBe(Math.sign(car.facing[i]!));
    }
    expect(faces.size).toBeGreaterThan(0);
  });

  it('does not draw a driver where the vehicle has no seat measured', () => {
    expect(vehicleSeat('emoji:1f682')).toBeNull();
    const sim = simulate(plan('road', [person('emoji:1f468', 'man', 'drive', 'drive'), vehicle('emoji:1f682', 'train')]));
    expect(Math.max(...track(sim, 'p').opacity)).toBe(0);
  });

  it('leaves alone someone who gets out and walks', () => {
    const walker = person('emoji:1f468', 'man', 'drive', 'drive', [{ verb: 'walk', motion: 'walk', start: 1.5 }]);
    const sim = simulate(plan('road', [walker, vehicle('emoji:1f697', 'car')]));
    expect(track(sim, 'p').hiddenBelow).toBeUndefined();
  });

  it('a man and his dog driving in a car (no object named): the car they are in drives, both seen in its windows, apart', () => {
    const inCar = { relation: { kind: 'inside' as const, target: 'v' } };
    const sim = simulate(plan('road', [
      { id: 'p', noun: 'man', asset: 'emoji:1f468', category: 'person', layout: inCar, actions: [{ verb: 'drive', motion: 'drive' }] },
      { id: 'd', noun: 'dog', asset: 'emoji:1f415', category: 'animal', layout: inCar, actions: [{ verb: 'drive', motion: 'drive' }] },
      vehicle('emoji:1f697', 'car'),
    ]));
    const car = track(sim, 'v');
    const man = track(sim, 'p');
    const dog = track(sim, 'd');
    expect(Math.max(...car.x) - Math.min(...car.x)).toBeGreaterThan(0.3);
    const length = car.size * (car.bounds.right - car.bounds.left);
    for (let i = 0; i < car.length; i += 4) {
      // Apart except while the car turns (it squeezes through the turn, and its windows with it).
      if (Math.abs(car.facing[i]!) > 0.99) expect(Math.abs(dog.x[i]! - man.x[i]!)).toBeGreaterThan(length * 0.1);
      expect(Math.abs(dog.x[i]! - car.x[i]!)).toBeLessThan(length * 0.45);
      expect(dog.y[i]! - car.y[i]!).toBeGreaterThan(height(car) * 0.3);
    }
    expect(height(dog) * (1 - dog.hiddenBelow!)).toBeLessThan(height(car) * 0.4);
  });

  it('leaves a dog on a skateboard (no seat measured) where it was laid out', () => {
    const dog = { id: 'p', noun: 'dog', asset: 'emoji:1f415', category: 'animal' as const, layout: { relation: { kind: 'on' as const, target: 'v' } }, actions: [{ verb: 'ride', motion: 'ride' as const, target: 'v' }] };
    const sim = simulate(plan('meadow', [dog, vehicle('emoji:1f6f9', 'skateboard')]));
    expect(track(sim, 'p').hiddenBelow).toBeUndefined();
    expect(Math.min(...track(sim, 'p').opacity)).toBeGreaterThan(0.5);
  });

  it('finds drivers and riders of vehicles and of animals with a back measured, not of boats or a dog', () => {
    const p = plan('road', [
      person('emoji:1f468', 'man', 'drive', 'drive'),
      vehicle('emoji:1f697', 'car'),
      { id: 'h', noun: 'horse', asset: 'emoji:1f40e', category: 'animal', actions: [] },
      { id: 'c', noun: 'cowboy', asset: 'emoji:1f920', category: 'person', actions: [{ verb: 'ride', motion: 'ride', target: 'h' }] },
      { id: 'b', noun: 'boat', asset: 'emoji:1f6f6', category: 'boat', actions: [] },
      { id: 'f', noun: 'fisher', asset: 'emoji:1f9d1', category: 'person', actions: [{ verb: 'ride', motion: 'ride', target: 'b' }] },
      { id: 'd', noun: 'dog', asset: 'emoji:1f415', category: 'animal', actions: [] },
      { id: 'k', noun: 'kid', asset: 'emoji:1f9d2', category: 'person', actions: [{ verb: 'ride', motion: 'ride', target: 'd' }] },
    ]);
    expect([...vehicleRidersOf(p.shots[0]!)]).toEqual([['p', 'v'], ['c', 'h']]);
  });
});

describe('riders on bikes and scooters', () => {
  it('a girl riding a bicycle is the woman-biking picture at the bicycle\'s size and place, the bicycle\'s own art hidden', () => {
    const sim = simulate(plan('road', [person('emoji:1f467', 'girl', 'ride', 'ride'), vehicle('emoji:1f6b2', 'bicycle')]));
    const bike = track(sim, 'v');
    const rider = track(sim, 'p');
    expect(rider.asset).toBe('emoji:1f6b4-200d-2640');
    expect(emojiArtPath(rider.asset)).not.toBeNull();
    expect(rider.size).toBeCloseTo(bike.size, 5);
    expect(Math.max(...bike.opacity)).toBe(0);
    expect(Math.max(...bike.x) - Math.min(...bike.x)).toBeGreaterThan(0.3);
    for (let i = 0; i < rider.length; i += 3) expect(rider.x[i]).toBeCloseTo(bike.x[i]!, 4);
  });

  it('a man riding a motorcycle sits on its saddle as a full figure from the hips up, just behind the bike', () => {
    const sim = simulate(plan('road', [person('emoji:1f468', 'man', 'ride', 'ride'), vehicle('emoji:1f3cd', 'motorcycle')]));
    const bike = track(sim, 'v');
    const rider = track(sim, 'p');
    expect(rider.asset).toBe('emoji:1f9cd-200d-2642');
    expect(rider.hiddenBelow).toBeGreaterThan(0.3);
    const bikeLength = bike.size * (bike.bounds.right - bike.bounds.left);
    // A person about as tall as the bike is long.
    expect(height(rider)).toBeGreaterThan(bikeLength * 0.8);
    expect(height(rider)).toBeLessThan(bikeLength * 1.3);
    for (let i = 0; i < rider.length; i += 3) {
      expect(rider.y[i]! - bike.y[i]!).toBeGreaterThan(height(bike) * 0.5);
      expect(rider.y[i]! - bike.y[i]!).toBeLessThan(height(bike) * 0.9);
      expect(rider.depth[i]).toBeGreaterThan(bike.depth[i]!);
    }
  });

  it('a kid on a kick scooter stands on its deck', () => {
    const kid = { id: 'p', noun: 'kid', asset: 'emoji:1f9d2', category: 'person' as const, layout: { relation: { kind: 'on' as const, target: 'v' } } };
    const sim = simulate(plan('meadow', [kid, vehicle('emoji:1f6f4', 'scooter')]));
    const scooter = track(sim, 'v');
    const rider = track(sim, 'p');
    expect(rider.asset).toBe('emoji:1f9cd');
    expect(rider.hiddenBelow).toBeUndefined();
    expect(rider.y[0]! - scooter.y[0]!).toBeGreaterThan(0);
    expect(rider.y[0]! - scooter.y[0]!).toBeLessThan(height(scooter) * 0.3);
  });
});

describe('riders on horses', () => {
  const horse = (asset = 'emoji:1f40e', noun = 'horse', actions: Entities[number]['actions'] = []) => ({ id: 'h', noun, asset, category: 'animal' as const, actions });
  const rider = (asset: string, noun: string, category: 'person' | 'object' = 'person', ride = true) => ({
    id: 'p',
    noun,
    asset,
    category,
    layout: { relation: { kind: 'on' as const, target: 'h' } },
    actions: ride ? [{ verb: 'ride', motion: 'ride' as const, target: 'h' }] : [],
  });

  /** Checks a rider sits astride the horse all shot long and returns the two tracks. */
  function mounted(sim: Simulation): { horse: ActorTrack; rider: ActorTrack } {
    const horse = track(sim, 'h');
    const rider = track(sim, 'p');
    const tall = height(horse);
    const length = horse.size * (horse.bounds.right - horse.bounds.left);
    const shown = height(rider) * (1 - rider.hiddenBelow!);
    expect(rider.category).toBe('person');
    expect(emojiArtPath(rider.asset)).not.toBeNull();
    expect(rider.hiddenBelow).toBeGreaterThan(0.3);
    // From the hips up, head well above the horse's back but not a giant.
    expect(shown).toBeLessThan(tall * 0.8);
    expect(shown).toBeGreaterThan(tall * 0.35);
    for (let i = 0; i < rider.length; i++) {
      const rise = rider.y[i]! - horse.y[i]!;
      // On the saddle: above the legs and belly, below the ears; moving up and down with the horse's own bob.
      expect(rise).toBeGreaterThan(tall * 0.45 * horse.scaleY[i]!);
      expect(rise).toBeLessThan(tall * 0.75 * horse.scaleY[i]!);
      expect((rise + shown) / tall).toBeGreaterThan(1.1);
      // Over the horse's back, a little towards its tail, facing its way, just behind its body.
      expect(Math.abs(rider.x[i]! - horse.x[i]!)).toBeLessThan(length * 0.25);
      // Along the horse's back as it pitches through its gallop: behind its middle.
      const rot = horse.rotation[i]!;
      const along = (rider.x[i]! - horse.x[i]!) * Math.cos(rot) - rise * Math.sin(rot);
      if (Math.abs(horse.facing[i]!) === 1) expect(along * horse.facing[i]!).toBeLessThan(0);
      expect(rider.facing[i]).toBe(horse.facing[i]);
      expect(rider.depth[i]).toBeGreaterThan(horse.depth[i]!);
      expect(rider.depth[i]! - horse.depth[i]!).toBeLessThan(0.01);
    }
    return { horse, rider };
  }

  it('a horse and rider galloping: a whole figure in the saddle goes where the horse goes, bobbing with its gallop', () => {
    const sim = simulate(plan('beach', [horse('emoji:1f40e', 'horse', [{ verb: 'gallop', motion: 'gallop' }]), rider('emoji:1f9d1', 'rider')]));
    const { horse: h, rider: r } = mounted(sim);
    expect(r.asset).toBe('emoji:1f6b6');
    expect(Math.max(...h.x) - Math.min(...h.x)).toBeGreaterThan(0.3);
    // The horse's bob is the rider's: their heights move together.
    const rise = Array.from(r.y, (y, i) => y - h.y[i]!);
    expect(Math.max(...h.y) - Math.min(...h.y)).toBeGreaterThan(Math.max(...rise) - Math.min(...rise));
  });

  it('a cowboy (a hat-and-face picture, even planned as an object) riding a horse is the man, mounted', () => {
    const sim = simulate(plan('meadow', [rider('emoji:1f920', 'cowboy', 'object'), horse()]));
    const { horse: h, rider: r } = mounted(sim);
    expect(r.asset).toBe('emoji:1f6b6-200d-2642');
    // The ridden horse goes somewhere.
    expect(Math.max(...h.x) - Math.min(...h.x)).toBeGreaterThan(0.2);
  });

  it('a girl riding a pony is the woman, mounted; a knight just on a horse is seated too', () => {
    expect(mounted(simulate(plan('field', [rider('emoji:1f467', 'girl'), horse('emoji:1f40e', 'pony')]))).rider.asset).toBe('emoji:1f6b6-200d-2640');
    expect(mounted(simulate(plan('meadow', [rider('emoji:1f9d1', 'knight', 'person', false), horse()]))).rider.asset).toBe('emoji:1f6b6');
  });

  it('a princess riding a unicorn sits on its drawn back', () => {
    const { rider: r } = mounted(simulate(plan('forest', [rider('emoji:1f478', 'princess'), horse('drawn:unicorn', 'unicorn')])));
    expect(r.asset).toBe('emoji:1f6b6-200d-2640');
  });

  it('a monkey on a horse is left where steering seats it (no figure swap)', () => {
    const monkey = { ...rider('emoji:1f412', 'monkey'), category: 'animal' as const };
    const sim = simulate(plan('meadow', [monkey, horse()]));
    expect(track(sim, 'p').asset).toBe('emoji:1f412');
    expect(track(sim, 'p').hiddenBelow).toBeUndefined();
  });
});

describe('vehicle seats', () => {
  it('measure ridden animals\' backs on art the bundle has', () => {
    for (const asset of ['emoji:1f40e', 'emoji:1facf', 'emoji:1f42a', 'emoji:1f418']) {
      expect(vehicleSeat(asset)?.kind, asset).toBe('mount');
      expect(emojiArtPath(asset), asset).not.toBeNull();
    }
    expect(vehicleSeat('drawn:unicorn')?.kind).toBe('mount');
  });

  it('are measured on art the bundle has', () => {
    for (const hex of ['1f697', '1f695', '1f693', '1f699', '1f6fb', '1f68c', '1f68e', '1f690', '1f69a', '1f69b', '1f691', '1f692', '1f69c', '1f3cd', '1f6f5', '1f6f4', '1f6b2']) {
      expect(vehicleSeat(`emoji:${hex}`), hex).not.toBeNull();
      expect(emojiArtPath(`emoji:${hex}`), hex).not.toBeNull();
    }
  });
});
