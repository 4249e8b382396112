import type { EntityCategory } from '../plan/vocabulary.ts';
import { canonicalHexcode, EMOJI_ASSET_PREFIX } from './emoji-catalog.ts';

/**
 * How big things are, in world units (frame heights at depth 0) of the art's
 * larger visible side. Real sizes are compressed so a mouse stays visible
 * beside an elephant, but an owl is no longer twice the size of a house.
 * Unknown art falls back on its category.
 */
const CATEGORY_SIZE: Record<EntityCategory, number> = {
  animal: 0.38,
  bird: 0.17,
  fish: 0.22,
  insect: 0.1,
  person: 0.44,
  vehicle: 0.55,
  aircraft: 0.55,
  boat: 0.6,
  plant: 0.4,
  food: 0.14,
  building: 0.9,
  celestial: 0.32,
  weather: 0.3,
  object: 0.22,
  symbol: 0.2,
};

const SIZES: Record<string, number> = {
  // mammals
  '1f401': 0.12, '1f400': 0.14, '1f439': 0.12, '1f42d': 0.12, '1f407': 0.2, '1f430': 0.2, '1f43f': 0.14, '1f994': 0.14,
  '1f408': 0.28, '1f408-200d-2b1b': 0.28, '1f431': 0.24, '1f415': 0.34, '1f9ae': 0.34, '1f415-200d-1f9ba': 0.36,
  '1f429': 0.32, '1f436': 0.28, '1f98a': 0.26, '1f43a': 0.3, '1f99d': 0.24, '1f412': 0.32, '1f435': 0.26, '1f98d': 0.55,
  '1f9a7': 0.5, '1f405': 0.55, '1f406': 0.5, '1f981': 0.42, '1f42f': 0.4, '1f40e': 0.62, '1f434': 0.45, '1f993': 0.58,
  '1f98c': 0.55, '1facf': 0.52, '1f404': 0.6, '1f42e': 0.4, '1f402': 0.6, '1f403': 0.62, '1f9ac': 0.65, '1f416': 0.38,
  '1f437': 0.3, '1f417': 0.4, '1f40f': 0.4, '1f411': 0.4, '1f410': 0.38, '1f42a': 0.7, '1f42b': 0.7, '1f999': 0.55,
  '1f992': 0.95, '1f418': 0.85, '1f9a3': 0.9, '1f98f': 0.7, '1f99b': 0.65, '1f998': 0.5, '1f43b': 0.45, '1f43c': 0.42,
  '1f428': 0.28, '1f9a5': 0.32, '1f9a6': 0.32, '1f9a8': 0.24, '1f9a1': 0.26, '1f9ab': 0.26, '1f987': 0.2, '1face': 0.55,
  '1f984': 0.5,
  // birds
  '1f426': 0.15, '1f426-200d-2b1b': 0.15, '1f54a': 0.17, '1f985': 0.32, '1f989': 0.22, '1f986': 0.2, '1f9a2': 0.32,
  '1f414': 0.22, '1f413': 0.24, '1f983': 0.28, '1f424': 0.1, '1f425': 0.1, '1f423': 0.1, '1f427': 0.26, '1f99c': 0.2,
  '1f9a9': 0.42, '1f99a': 0.42, '1fabf': 0.28, '1f9a4': 0.28,
  // water life
  '1f41f': 0.17, '1f420': 0.17, '1f421': 0.16, '1f988': 0.6, '1f40b': 1.1, '1f433': 1.0, '1f42c': 0.55, '1f419': 0.32,
  '1f991': 0.32, '1fabc': 0.24, '1f980': 0.16, '1f99e': 0.2, '1f990': 0.12, '1f9ad': 0.42, '1f422': 0.3, '1fab8': 0.32,
  '1f41a': 0.1, '1f9aa': 0.1,
  // small things that crawl and fly
  '1f41d': 0.09, '1f98b': 0.13, '1f41e': 0.07, '1f41c': 0.06, '1f577': 0.08, '1f40c': 0.1, '1f41b': 0.1, '1f997': 0.09,
  '1f99f': 0.07, '1fab0': 0.06, '1fab2': 0.08, '1f982': 0.13, '1fab1': 0.1,
  // reptiles and legends
  '1f409': 0.95, '1f432': 0.5, '1f996': 0.95, '1f995': 1.05, '1f40a': 0.62, '1f40d': 0.32, '1f98e': 0.2, '1f438': 0.15,
  // vehicles
  '1f697': 0.56, '1f695': 0.56, '1f693': 0.56, '1f699': 0.6, '1f6fb': 0.62, '1f68c': 0.95, '1f68e': 0.95, '1f690': 0.75,
  '1f69a': 0.85, '1f69b': 1.05, '1f692': 0.95, '1f691': 0.78, '1f69c': 0.62, '1f3ce': 0.58, '1f3cd': 0.42, '1f6f5': 0.38,
  '1f6b2': 0.4, '1f6f4': 0.32, '1f682': 1.05, '1f683': 1.0, '1f684': 1.1, '1f685': 1.1, '1f688': 1.0, '1f68b': 1.0,
  '1f6fa': 0.6,
  // boats and aircraft
  '26f5': 0.62, '1f6a2': 1.25, '1f6f3': 1.3, '26f4': 1.1, '1f6a4': 0.58, '1f6e5': 0.62, '1f6f6': 0.5, '2708': 0.72,
  '1f6e9': 0.52, '1f6eb': 0.72, '1f6ec': 0.72, '1f681': 0.62, '1f680': 0.62, '1f6f8': 0.5, '1fa82': 0.42, '1f388': 0.24,
  '1fa81': 0.32, '1f6f0': 0.5,
  // people
  '1f6b6': 0.46, '1f3c3': 0.46, '1f6b4': 0.5, '1f6b5': 0.5, '1f3c7': 0.62, '1f483': 0.46, '1f57a': 0.46, '1f9cd': 0.46,
  '1f9ce': 0.36, '1f3ca': 0.4, '1f6a3': 0.5, '1f3c4': 0.46, '1f476': 0.22, '1f916': 0.36,
  // buildings and big scenery
  '1f3e0': 0.8, '1f3e1': 0.85, '1f3f0': 1.3, '1f3ef': 1.2, '1f3e2': 1.4, '1f3e8': 1.3, '1f3e5': 1.3, '1f3eb': 1.2,
  '1f3ea': 0.9, '1f3ec': 1.2, '1f6d6': 0.7, '26ea': 1.1, '26fa': 0.5, '1f3da': 0.8, '1f3d8': 1.0, '1f5fc': 1.6,
  '1f5fd': 1.5, '1f30b': 1.3, '26f0': 1.5, '1f3d4': 1.5, '1f3d5': 0.6,
  // plants
  '1f333': 0.95, '1f332': 1.0, '1f334': 1.0, '1f335': 0.55, '1f33b': 0.48, '1f337': 0.2, '1f339': 0.18, '1f33c': 0.15,
  '1f33a': 0.18, '1f338': 0.15, '1f33f': 0.15, '1f331': 0.12, '1fab4': 0.32, '1f490': 0.26, '1f344': 0.12, '1f340': 0.1,
  '1f341': 0.09, '1f342': 0.09, '1f343': 0.09, '1f33e': 0.25, '1fab7': 0.15, '1fabb': 0.2,
  // food
  '1f34e': 0.12, '1f34f': 0.12, '1f34c': 0.15, '1f382': 0.3, '1f370': 0.14, '1f9c1': 0.12, '1f355': 0.16, '1f354': 0.14,
  '1f349': 0.22, '1f353': 0.08, '1f347': 0.12, '1f955': 0.15, '1f96b': 0.1,
  // objects
  '1f3c0': 0.16, '26bd': 0.16, '1f3be': 0.08, '26be': 0.08, '1f3c8': 0.16, '1f3d0': 0.16, '1f381': 0.16, '1f6cb': 0.65,
  '1fa91': 0.38, '1f6cf': 0.75, '1f3b9': 0.45, '1f3b8': 0.38, '1f56f': 0.14, '1f9f8': 0.22, '1f4e6': 0.22, '1f4bb': 0.26,
  '1f4f7': 0.14, '2602': 0.32, '26c4': 0.5, '2603': 0.5, '2744': 0.1, '2b50': 0.16, '1f31f': 0.16, '2600': 0.42,
  '1f315': 0.36, '1f319': 0.32, '1f31d': 0.36, '1f30d': 1.0, '1f30e': 1.0, '1f30f': 1.0, '1fa90': 0.6, '2601': 0.42,
  '1f308': 1.1, '1f525': 0.26, '1faa8': 0.2, '1fab5': 0.3, '1f4fa': 0.32, '1f5bc': 0.3, '1fa94': 0.12, '1f4a1': 0.12,
  // A Christmas tree stands taller than a person; a jack-o'-lantern is a big pumpkin.
  '1f384': 0.6, '1f383': 0.2,
  '1f6bf': 0.3, '1f6c1': 0.6, '1f3ba': 0.3, '1f941': 0.32, '1f3bb': 0.4, '1f9f1': 0.2, '1f5ff': 0.6,
};

/** Sizes of the drawn art (see drawn-art.ts). */
const DRAWN_SIZES: Record<string, number> = {
  'drawn:lighthouse': 1.35,
  'drawn:barn': 1.0,
  'drawn:windmill': 1.25,
  'drawn:hot-air-balloon': 0.62,
  'drawn:domino': 0.16,
  'drawn:stairs': 0.75,
  'drawn:table': 0.6,
  'drawn:floor-lamp': 0.55,
  'drawn:cabin': 0.9,
  'drawn:paper-boat': 0.2,
  'drawn:snowball': 0.18,
  'drawn:fence': 0.45,
  // Its length: the run is about a fifth as tall, a little below a person's shoulder.
  'drawn:long-fence': 1.7,
  'drawn:statue': 0.8,
  'drawn:plinth': 0.5,
  // Full-body animals, nose to tail (a fox a little longer than a dog, a bear as long as a cow).
  'drawn:fox': 0.36,
  'drawn:arctic-fox': 0.32,
  'drawn:wolf': 0.46,
  'drawn:bear': 0.62,
  'drawn:polar-bear': 0.7,
  'drawn:panda': 0.56,
  'drawn:koala': 0.3,
  'drawn:lion': 0.6,
  'drawn:lioness': 0.56,
  'drawn:raccoon': 0.3,
  'drawn:frog': 0.15,
  'drawn:hamster': 0.13,
  // A unicorn is a horse (the emoji horse is 0.62).
  'drawn:unicorn': 0.62,
  // A robot stands about a person's height (the walking person is 0.46); "a little robot" is shrunk by the size words.
  'drawn:robot': 0.46,
  // Scenery: a bridge wide enough for a train to cross, a waterfall taller than a house, a tall ship beside the liner.
  'drawn:bridge': 2.4,
  // A station's platform is longer than the train that stops at it (a train is about 1.1).
  'drawn:station': 1.7,
  'drawn:waterfall': 1.5,
  'drawn:tall-ship': 1.3,
  'drawn:pirate-ship': 1.3,
  // A vendor's stall a little taller than its vendor under the awning; a cart somewhat smaller.
  'drawn:stall': 0.72,
  'drawn:vendor-cart': 0.56,
  // An orb web with its twigs, big enough to read its threads, many times its spider (0.08).
  'drawn:spider-web': 0.5,
  'drawn:dewy-spider-web': 0.5,
  // Wide enough for a polar bear (0.7) to walk about on its top.
  'drawn:iceberg': 1.6,
  // A pad a frog can sit on, as wide as two frogs.
  'drawn:lily-pad': 0.34,
};

/** Size of an asset's art in world units, before the plan's own size factor. */
export function naturalSize(asset: string, category: EntityCategory): number {
  const drawn = DRAWN_SIZES[asset];
  if (drawn !== undefined) return drawn;
  if (asset.startsWith(EMOJI_ASSET_PREFIX)) {
    const hex = canonicalHexcode(asset.slice(EMOJI_ASSET_PREFIX.length));
    const known = SIZES[hex] ?? SIZES[hex.split('-')[0]!];
    if (known !== undefined) return known;
  }
  return CATEGORY_SIZE[category];
}
