import { describe, expect, it } from 'vitest';
import { RECIPES, recipeFor, withBackdrop } from './recipes.ts';

describe('far places behind a recipe', () => {
  it('adds distant mountains behind the open sea, painted first', () => {
    const sea = recipeFor({ kind: 'ocean', season: null, weather: 'rain', backdrop: ['mountains'] });
    expect(sea.ridges.map((r) => r.kind)).toEqual(['mountains']);
    expect(sea.water).toEqual(RECIPES.ocean.water);
    // Without a backdrop the sea is open to the horizon.
    expect(recipeFor({ kind: 'ocean', season: null, weather: 'clear' }).ridges).toEqual([]);
  });

  it('slots a far place between ridges by distance and keeps scenery the recipe already has', () => {
    const desert = withBackdrop(RECIPES.desert, ['mountains', 'desert']);
    const zs = desert.ridges.map((r) => r.z);
    expect(zs).toEqual([...zs].sort((a, b) => b - a));
    expect(desert.ridges[0]!.kind).toBe('mountains');
    expect(desert.ridges.filter((r) => r.kind === 'dunes')).toHaveLength(RECIPES.desert.ridges.filter((r) => r.kind === 'dunes').length);
    // The forest already shows mountains: nothing is added, the very same recipe comes back.
    expect(withBackdrop(RECIPES.forest, ['mountains'])).toBe(RECIPES.forest);
  });

  it('raises a far place over the nearer ridges that would hide it', () => {
    const river = withBackdrop(RECIPES.river, ['mountains']);
    const far = river.ridges[0]!;
    expect(far.kind).toBe('mountains');
    // Seen from the camera (height over distance) it tops every nearer ridge.
    for (const r of river.ridges.slice(1)) expect(far.height / far.z).toBeGreaterThan(r.height / r.z);
    // Over the open sea nothing is in the way: the usual size.
    expect(withBackdrop(RECIPES.ocean, ['mountains']).ridges[0]!.height).toBe(13);
  });

  it('gives rooms, caves and the sea floor no view, and ignores places it has no scenery for', () => {
    for (const kind of ['living-room', 'cave', 'underwater'] as const) expect(withBackdrop(RECIPES[kind], ['mountains'])).toBe(RECIPES[kind]);
    expect(withBackdrop(RECIPES.ocean, ['kitchen'])).toBe(RECIPES.ocean);
  });

  it('snows on far mountains in winter like on the recipe\'s own', () => {
    const winter = recipeFor({ kind: 'ocean', season: 'winter', weather: 'snow', backdrop: ['mountains'] });
    expect(winter.ridges[0]!.snow).toBeGreaterThanOrEqual(0.8);
  });
});

describe('places with a look of their own', () => {
  it('draws the savanna as dry grass under scattered acacias, with no crop rows', () => {
    const savanna = RECIPES.savanna;
    expect(savanna.ridges.filter((r) => r.kind === 'acacias').length).toBeGreaterThan(0);
    expect(savanna.ground.features).not.toContain('rows');
    expect(savanna.foreground).toBe('dry-grass');
  });

  it('marks out a sports ground with pitch lines in front of stands', () => {
    expect(RECIPES['sports-ground'].ground.features).toContain('pitch');
    expect(RECIPES['sports-ground'].ridges.map((r) => r.kind)).toContain('stands');
  });

  it('covers a path with snow in winter, leaving tracks', () => {
    const winter = recipeFor({ kind: 'mountains', season: 'winter', weather: 'clear' });
    expect(winter.ground.texture).toBe('snow');
    expect(winter.ground.features).not.toContain('path');
    expect(winter.ground.features).toContain('tracks');
    expect(recipeFor({ kind: 'savanna', season: 'winter', weather: 'clear' }).foreground).toBe('snow');
  });
});
