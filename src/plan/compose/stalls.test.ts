import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const entitiesOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!.entities;

/** The stall in a shot and the goods on its counter. */
function stallAndGoods(prompt: string) {
  const entities = entitiesOf(prompt);
  const stall = entities.find((e) => e.asset === 'drawn:stall' || e.asset === 'drawn:vendor-cart');
  const goods = entities.filter((e) => stall && e.layout.relation?.kind === 'on' && e.layout.relation.target === stall.id);
  return { entities, stall, goods };
}

describe('vendor stalls', () => {
  it('reads "a hot dog stand" as a stall with hot dogs on its counter, not a hot dog on the street', () => {
    const { stall, goods } = stallAndGoods('a hot dog stand on a busy street corner');
    expect(stall?.asset).toBe('drawn:stall');
    expect(goods.map((g) => g.asset)).toEqual(['emoji:1f32d']);
    expect(goods[0]!.count).toBeGreaterThan(1);
  });

  it('stocks a lemonade stand, a fruit stall and an ice cream cart with what they sell', () => {
    expect(stallAndGoods('a lemonade stand').goods.map((g) => g.noun)).toEqual(['lemonade']);
    const fruit = stallAndGoods('a fruit stall at a market');
    expect(fruit.stall?.asset).toBe('drawn:stall');
    expect(fruit.goods.map((g) => g.category)).toEqual(['food']);
    const cart = stallAndGoods('an ice cream cart');
    expect(cart.stall?.asset).toBe('drawn:vendor-cart');
    expect(cart.goods.map((g) => g.noun)).toEqual(['ice cream']);
  });

  it('leaves people who stand, and a shopping cart, alone', () => {
    expect(stallAndGoods('people stand in the rain').stall).toBeUndefined();
    expect(stallAndGoods('a boy pushing a cart').stall).toBeUndefined();
  });
});
