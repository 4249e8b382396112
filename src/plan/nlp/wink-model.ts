import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
const dist = (file: string): string => `${PACKAGE}/dist/${file}`;

/** The packed core model as stored in the package's JSON (only the fields the loader touches are typed). */
interface PackedCoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
}

/**
 * wink's English lite model (MIT, wink-eng-lite-web-model), loaded faster.
 * The package's own core loader deep-copies its 3 MB model through
 * JSON.stringify/parse and decodes the packed tables one character at a time:
 * about 30 ms of the planner’s start-up, on every run. This builds the
 * same model object from one parse of the same file, with the tables decoded
 * natively; the other parts are the package's own loaders. A test checks the
 * result equals the package's.
 */
export function winkEnglishModel(): Record<string, unknown> {
  return {
    core: loadCoreModel,
    sbd: require(dist('load-sbd-model.js')),
    pos: require(dist('load-pos-model.js')),
    ner: require(dist('load-ner-model.js')),
    negation: require(dist('load-negation-model.js')),
    sa: require(dist('load-sa-model.js')),
    metaCER: require(dist('load-cer-meta-model.js')),
    featureFn: require(dist('feature.js')),
    addons: {
      stem: require(dist('porter-stemmer.js')),
      lemmatize: require(dist('lemmatize.js')),
      readabilityStats: require(dist('readability-stats.js')),
      wordVectors: undefined,
    },
  };
}

/** A fresh core model (wink extends its lexeme list as it reads, so each instance gets its own). */
export function loadCoreModel(): PackedCoreModel {
  const file = require.resolve(dist('languages/cur/models/eng-core-web-model.json'));
  const model = JSON.parse(readFileSync(file, 'utf8')) as PackedCoreModel;
  const { packing, features } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  packing.efList = [];
  for (const name of Object.keys(packing.layout)) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  const lexeme = features.lexeme!;
  // 87,000 words: a Map builds in a third of the time of an object with as many keys.
  lexeme.hash = mapBackedIndex(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  // POS clusters are stored as "NOUN_VERB" strings; the tagger wants sets of POS ids.
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  return model;
}

function uint32FromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // A copy into a fresh, aligned buffer: Node may hand back a slice of its shared pool.
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length * 4));
  return words;
}

/**
 * A word → position record backed by a Map, for wink's big lexeme table. V8
 * builds a Map of 87,000 strings several times faster than an object with as
 * many keys (an object that large falls into dictionary mode key by key).
 * wink only reads and writes it by key; the other traps make it behave as a
 * plain record everywhere else (spreading, equality in tests).
 */
function mapBackedIndex(list: readonly string[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      map.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && map.has(key),
    deleteProperty: (_, key) => typeof key === 'string' && map.delete(key),
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && map.has(key) ? { value: map.get(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}
