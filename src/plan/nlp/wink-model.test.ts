import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCoreModel, winkEnglishModel } from './wink-model.ts';

const require = createRequire(import.meta.url);

describe('winkEnglishModel', () => {
  it('builds the same core model as the package’s own loader', () => {
    const theirs = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    const ours = loadCoreModel();
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect((ours.lexicon as Uint32Array).length).toBeGreaterThan(10_000);
    expect(ours).toEqual(theirs);
  });

  it('gives every part the package’s model has, so wink-nlp runs its full default pipe', () => {
    const theirs = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const ours = winkEnglishModel();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    expect(Object.keys(ours.addons as object).sort()).toEqual(Object.keys(theirs.addons as object).sort());
  });

  it('hands out a fresh core each time (wink grows its lexeme list as it reads)', () => {
    const a = loadCoreModel();
    const b = loadCoreModel();
    expect(a).not.toBe(b);
    expect(a.features.lexeme!.list).not.toBe(b.features.lexeme!.list);
  });
});
