import { describe, expect, it } from 'vitest';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('a vehicle that stops drives there first', () => {
  it('plans "the car stops at the red light" as a drive, then a stop at the light', () => {
    const [car, light] = plan('the car stops at the red light').shots[0]!.entities;
    expect(car!.noun).toBe('car');
    expect(car!.actions.map((a) => [a.verb, a.motion])).toEqual([['drive', 'drive'], ['stop', 'idle']]);
    expect(car!.actions[1]!.target).toBe(light!.id);
    expect(car!.actions[0]!.end).toBe(car!.actions[1]!.start);
    expect(car!.actions[1]!.start).toBeGreaterThan(1);
    expect(car!.layout.relation).toEqual({ kind: 'in-front-of', target: light!.id, secondTarget: null });
  });

  it('keeps a stop after a drive the prompt said, and a person who stops only stops', () => {
    const car = plan('the car drives down the road and stops').shots[0]!.entities[0]!;
    expect(car.actions.map((a) => [a.verb, a.motion])).toEqual([['drive', 'drive'], ['stop', 'idle']]);
    expect(plan('the car stops').shots[0]!.entities[0]!.actions.map((a) => a.motion)).toEqual(['drive', 'idle']);
    expect(plan('a man stops at the door').shots[0]!.entities[0]!.actions.map((a) => a.motion)).toEqual(['idle']);
  });

  it('moves the car, then halts it in front of the light with its front just short of it', () => {
    const p = plan('the car stops at the red light');
    const simulation = simulate(p);
    const car = simulation.actors.find((a) => a.noun === 'car')!;
    const light = simulation.actors.find((a) => a.noun === 'red light')!;
    const last = car.length - 1;
    const halt = Math.round(p.shots[0]!.entities[0]!.actions[1]!.start * simulation.fps);
    // It drives a clear distance, then brakes to a standstill within a short stretch.
    const width = car.size * (car.bounds.right - car.bounds.left);
    expect(Math.abs(car.x[halt]! - car.x[0]!)).toBeGreaterThan(0.3);
    expect(Math.abs(car.x[last]! - car.x[halt]!)).toBeLessThan(width * 0.4);
    expect(Math.abs(car.x[last]! - car.x[last - 5]!)).toBeLessThan(0.005);
    // It came towards the light and rests beside its pole, the light further back at the kerb.
    const towards = Math.sign(light.x[0]! - car.x[0]!);
    const front = car.x[last]! + towards * width / 2;
    expect(Math.abs(front - light.x[0]!)).toBeLessThan(width * 0.5);
    expect(Math.abs(car.x[last]! - light.x[0]!)).toBeLessThan(width);
    expect(light.depth[0]!).toBeGreaterThan(car.depth[last]! + 0.1);
  });

  it('plans a vehicle racing or rushing "to" a building as arriving there, and one driving to a city as driving', () => {
    const [truck, house] = plan('a fire truck racing to a burning house').shots[0]!.entities;
    expect(truck!.actions.map((a) => [a.motion, a.target])).toEqual([['land', house!.id]]);
    const [ambulance, hospital] = plan('an ambulance rushing to the hospital').shots[0]!.entities;
    expect(ambulance!.actions.map((a) => [a.motion, a.target])).toEqual([['land', hospital!.id]]);
    expect(plan('a car driving to the city').shots[0]!.entities[0]!.actions.map((a) => a.motion)).toEqual(['drive']);
    expect(plan('a dog running to the house').shots[0]!.entities[0]!.actions.map((a) => a.motion)).toEqual(['run']);
  });

  it('drives the fire truck in and stops it beside the house, not through or over it', () => {
    const simulation = simulate(plan('a fire truck racing to a burning house'));
    const truck = simulation.actors.find((a) => a.noun === 'fire truck')!;
    const house = simulation.actors.find((a) => a.noun === 'house')!;
    const last = truck.length - 1;
    expect(Math.abs(truck.x[last]! - truck.x[0]!)).toBeGreaterThan(0.3);
    expect(Math.abs(truck.x[last]! - truck.x[last - 5]!)).toBeLessThan(0.005);
    const halfTruck = (truck.size * (truck.bounds.right - truck.bounds.left)) / 2;
    const halfHouse = (house.size * (house.bounds.right - house.bounds.left)) / 2;
    const gap = Math.abs(truck.x[last]! - house.x[last]!) - halfTruck - halfHouse;
    expect(gap).toBeGreaterThan(-halfTruck * 0.2);
    expect(gap).toBeLessThan(halfTruck);
    // It never passed the house: it stayed on the side it came from.
    const side = Math.sign(truck.x[0]! - house.x[0]!);
    for (let i = 0; i <= last; i++) expect(Math.sign(truck.x[i]! - house.x[i]!)).toBe(side);
  });
});
