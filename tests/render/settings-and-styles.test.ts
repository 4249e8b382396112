import { describe, expect, it } from 'vitest';
import { SEASONS, SETTING_KINDS, STYLE_NAMES, TIMES_OF_DAY, WEATHERS } from '../../src/plan/vocabulary.ts';
import { entity, lumaSpread, meanDifference, onePlan, renderFrames } from './plans.ts';

/**
 * Every value of the plan vocabulary that changes the look must render: new
 * setting kinds, times, weathers, seasons or styles added to vocabulary.ts
 * fail here until the renderer draws them.
 */
const fox = entity('fox', '1f98a', { actions: [{ verb: 'trot', motion: 'trot' }] });

describe('every setting kind renders', () => {
  const frames = new Map<string, Buffer>();
  it.each(SETTING_KINDS.map((k) => [k]))('%s', async (kind) => {
    const [frame] = await renderFrames(onePlan({ setting: { kind }, entities: [fox] }), [4]);
    expect(frame!.length).toBe(96 * 54 * 4);
    // A real picture, not a flat fill.
    expect(lumaSpread(frame!)).toBeGreaterThan(6);
    for (const [other, seen] of frames) {
      expect(meanDifference(frame!, seen), `${kind} looks like ${other}`).toBeGreaterThan(2);
    }
    frames.set(kind, frame!);
  });
});

describe('every time of day, weather and season renders differently', () => {
  const cases: Array<[string, object]> = [
    ...TIMES_OF_DAY.map((timeOfDay): [string, object] => [`time ${timeOfDay}`, { kind: 'meadow', timeOfDay }]),
    ...WEATHERS.map((weather): [string, object] => [`weather ${weather}`, { kind: 'meadow', weather }]),
    ...SEASONS.map((season): [string, object] => [`season ${season}`, { kind: 'park', season }]),
  ];
  it.each(cases)('%s', async (_name, setting) => {
    const [frame] = await renderFrames(onePlan({ setting: setting as never, entities: [fox] }), [4]);
    // The same place on a clear afternoon with no season named.
    const [plain] = await renderFrames(onePlan({ setting: { kind: (setting as { kind: 'meadow' }).kind }, entities: [fox] }), [4]);
    expect(lumaSpread(frame!)).toBeGreaterThan(4);
    const isDefault = /"afternoon"|"clear"/.test(JSON.stringify(setting));
    if (!isDefault) expect(meanDifference(frame!, plain!)).toBeGreaterThan(1);
  });
  it('night is darker than noon', async () => {
    const mean = (b: Buffer): number => b.reduce((s, v, i) => (i % 4 === 3 ? s : s + v), 0) / (b.length * 0.75);
    const [night] = await renderFrames(onePlan({ setting: { kind: 'meadow', timeOfDay: 'night' } }), [0]);
    const [noon] = await renderFrames(onePlan({ setting: { kind: 'meadow', timeOfDay: 'noon' } }), [0]);
    expect(mean(night!)).toBeLessThan(mean(noon!) * 0.6);
  });
});

describe('every style renders and changes the picture', () => {
  it.each(STYLE_NAMES.filter((s) => s !== 'natural').map((s) => [s]))('%s', async (name) => {
    const shot = { setting: { kind: 'meadow' as const }, entities: [fox] };
    const [natural] = await renderFrames(onePlan(shot), [3]);
    const [styled] = await renderFrames(onePlan(shot, { style: { name } }), [3]);
    expect(lumaSpread(styled!)).toBeGreaterThan(4);
    expect(meanDifference(styled!, natural!)).toBeGreaterThan(3);
  });
  it('black-and-white film has no colour left', async () => {
    const [frame] = await renderFrames(onePlan({ setting: { kind: 'garden' }, entities: [fox] }, { style: { name: 'film-noir' } }), [2]);
    let chroma = 0;
    for (let i = 0; i < frame!.length; i += 4) chroma += Math.max(frame![i]!, frame![i + 1]!, frame![i + 2]!) - Math.min(frame![i]!, frame![i + 1]!, frame![i + 2]!);
    expect(chroma / (frame!.length / 4)).toBeLessThan(3);
  });
});
