/**
 * Hand-chosen links from broad WordNet classes to the emoji that best stands
 * for any member of the class. The builder walks up a noun's hypernyms until
 * it meets an emoji (its own name, a synonym, or one of these anchors), so
 * "aardvark" finds nothing closer than "mammal" → no art, but "lynx" reaches
 * "feline" → 🐈 and "lute" reaches "stringed instrument" → 🎸.
 *
 * Keys are "lemma#sense" in WordNet 3.1's sense order, with the expected
 * lexicographer file so that a wrong sense number fails the build loudly.
 * An optional fourth entry limits how far down the anchor's art reaches.
 */
export const NOUN_ANCHORS: ReadonlyArray<readonly [sense: string, lexfile: string, hex: string, reach?: AnchorReach]> = [
  // People and animals.
  ['person#1', 'noun.Tops', '1f9d1'],
  ['rodent#1', 'noun.animal', '1f401'],
  ['bovid#1', 'noun.animal', '1f404'],
  ['antelope#1', 'noun.animal', '1f98c'],
  ['feline#1', 'noun.animal', '1f408'],
  ['canine#2', 'noun.animal', '1f415'],
  ['primate#2', 'noun.animal', '1f412'],
  ['ape#1', 'noun.animal', '1f98d'],
  ['marsupial#1', 'noun.animal', '1f998'],
  ['cetacean#1', 'noun.animal', '1f40b'],
  ['reptile#1', 'noun.animal', '1f98e'],
  ['amphibian#3', 'noun.animal', '1f438'],
  ['insect#1', 'noun.animal', '1f41b'],
  ['arthropod#1', 'noun.animal', '1f41b'],
  ['crustacean#1', 'noun.animal', '1f980'],
  ['mollusk#1', 'noun.animal', '1f40c'],
  ['bivalve#1', 'noun.animal', '1f9aa'],
  ['cephalopod#1', 'noun.animal', '1f991'],
  ['dinosaur#1', 'noun.animal', '1f995'],
  ['squirrel#1', 'noun.animal', '1f43f'],
  ['sheep#1', 'noun.animal', '1f411'],
  // Plants.
  ['plant#2', 'noun.Tops', '1fab4'],
  ['tree#1', 'noun.plant', '1f333'],
  ['conifer#1', 'noun.plant', '1f332'],
  ['palm#3', 'noun.plant', '1f334'],
  ['flower#1', 'noun.plant', '1f33c'],
  ['flower#2', 'noun.plant', '1f33c'],
  ['herb#1', 'noun.plant', '1f33f'],
  ['shrub#1', 'noun.plant', '1f33f'],
  ['grass#1', 'noun.plant', '1f331'],
  ['fungus#1', 'noun.plant', '1f344'],
  ['leaf#1', 'noun.plant', '1f343'],
  // Food.
  ['edible_fruit#1', 'noun.food', '1f34e'],
  ['vegetable#1', 'noun.food', '1f955'],
  ['baked_goods#1', 'noun.food', '1f35e'],
  ['dessert#1', 'noun.food', '1f370'],
  ['beverage#1', 'noun.food', '1f964'],
  ['alcohol#1', 'noun.food', '1f377'],
  ['meat#1', 'noun.food', '1f356'],
  ['dish#2', 'noun.food', '1f372'],
  // Vehicles and craft.
  ['motor_vehicle#1', 'noun.artifact', '1f697'],
  ['vessel#2', 'noun.artifact', '1f6a2'],
  ['boat#1', 'noun.artifact', '26f5'],
  // A fishing boat is small and motored, not a cruise liner; a rowboat is the little open boat with oars.
  ['fishing_boat#1', 'noun.artifact', '1f6e5'],
  ['rowboat#1', 'noun.artifact', '1f6f6'],
  ['aircraft#1', 'noun.artifact', '2708'],
  ['spacecraft#1', 'noun.artifact', '1f680'],
  ['wheeled_vehicle#1', 'noun.artifact', '1f6b2'],
  // Buildings and structures.
  ['building#1', 'noun.artifact', '1f3e2'],
  ['house#1', 'noun.artifact', '1f3e0'],
  ['farm_building#1', 'noun.artifact', '1f6d6'],
  ['tower#1', 'noun.artifact', '1f5fc'],
  ['bridge#1', 'noun.artifact', '1f309'],
  ['signboard#1', 'noun.artifact', '1faa7'],
  // Household and objects.
  ['furniture#1', 'noun.artifact', '1fa91'],
  ['sofa#1', 'noun.artifact', '1f6cb'],
  ['seat#3', 'noun.artifact', '1fa91'],
  ['clothing#1', 'noun.artifact', '1f455'],
  ['footwear#1', 'noun.artifact', '1f45f'],
  ['hat#1', 'noun.artifact', '1f3a9'],
  // Headgear of hard material (a hard hat, a bike helmet), not the armour plate that reached the shield.
  ['helmet#2', 'noun.artifact', '26d1'],
  ['musical_instrument#1', 'noun.artifact', '1f3b5'],
  ['stringed_instrument#1', 'noun.artifact', '1f3b8'],
  ['wind_instrument#1', 'noun.artifact', '1f3b7'],
  ['percussion_instrument#1', 'noun.artifact', '1f941'],
  ['keyboard_instrument#1', 'noun.artifact', '1f3b9'],
  ['weapon#1', 'noun.artifact', '1f5e1'],
  ['gun#1', 'noun.artifact', '1f52b'],
  ['tool#1', 'noun.artifact', '1f527'],
  ['hand_tool#1', 'noun.artifact', '1f528'],
  ['container#1', 'noun.artifact', '1f4e6'],
  ['bag#1', 'noun.artifact', '1f45c'],
  ['machine#1', 'noun.artifact', '2699'],
  ['computer#1', 'noun.artifact', '1f4bb'],
  ['toy#1', 'noun.artifact', '1f9f8'],
  ['ball#1', 'noun.artifact', '26bd'],
  ['ball#3', 'noun.shape', '26bd'],
  ['book#2', 'noun.artifact', '1f4d5'],
  ['jewelry#1', 'noun.artifact', '1f48d'],
  ['cutlery#2', 'noun.artifact', '1f374'],
  ['cup#1', 'noun.artifact', '2615'],
  ['document#2', 'noun.artifact', '1f4c4'],
  // A flag is the flag on its pole (WordNet's first flag with art was the iris, through "plant"). Its kinds
  // ("pennant", "Union Jack", "tricolor") are flags too, but not the words whose everyday meaning is
  // something else: "a sky full of colors", "streamers at a party", "a standard room", "a car jack".
  ['flag#1', 'noun.artifact', '1f6a9', { except: ['colors', 'colours', 'streamer', 'streamers', 'waft', 'standard', 'jack'] }],
  ['robot#1', 'noun.artifact', '1f916'],
  // Nature.
  ['rock#1', 'noun.object', '1faa8'],
  ['rock#2', 'noun.substance', '1faa8'],
  ['celestial_body#1', 'noun.object', '2b50'],
  ['planet#1', 'noun.object', '1fa90'],
  ['planet#3', 'noun.object', '1fa90'],
  ['star#1', 'noun.object', '2b50'],
  ['star#3', 'noun.object', '2b50'],
  ['cloud#1', 'noun.phenomenon', '2601'],
  ['cloud#2', 'noun.object', '2601'],
  ['water#1', 'noun.substance', '1f4a7'],
  ['ice#1', 'noun.substance', '1f9ca'],
  ['fire#3', 'noun.process', '1f525'],
];

/**
 * How far down the hyponyms an anchor's art reaches. By default every kind
 * of the anchored sense takes its art ("lynx" under "feline"). 'sense' keeps
 * the art to the anchored sense's own words; `except` lists words (in any
 * sense below the anchor, or the anchor's own) that do not take it, because
 * WordNet files a rare meaning of an everyday word there ("colors" is a kind
 * of flag). Such words fall back to the next anchor up, or other sources.
 */
export type AnchorReach = 'hyponyms' | 'sense' | { readonly except: readonly string[] };

/** Noun lexicographer files whose members can be seen (and so can become actors). */
export const CONCRETE_LEXFILES = new Set([
  'noun.Tops', 'noun.animal', 'noun.artifact', 'noun.body', 'noun.food', 'noun.object', 'noun.person',
  'noun.phenomenon', 'noun.plant', 'noun.substance', 'noun.shape', 'noun.process',
]);

/** Extra cost of a sense that names a material or a shape rather than a thing ("oak" the wood, not the tree). */
export const LEXFILE_PENALTY: Readonly<Record<string, number>> = {
  'noun.substance': 2.5,
  'noun.shape': 3,
  'noun.process': 3,
  'noun.phenomenon': 1,
  'noun.body': 1,
};

/**
 * Words whose best picture no source finds on its own ("moon" has only phase
 * emoji; "people" is a group noun in WordNet). They beat every other source.
 */
export const NOUN_OVERRIDES: Readonly<Record<string, string>> = {
  // A goal is the net a ball goes into (not a lacrosse stick); a go-kart races. A cart or wagon's nearest
  // "wheeled vehicle" in WordNet is a bicycle: the set's one wheeled cart (a trolley) is nearer the thing.
  goal: '1f945', goals: '1f945', 'soccer goal': '1f945', 'football goal': '1f945', handcart: '1f6d2', pushcart: '1f6d2', 'garden cart': '1f6d2',
  trolley: '1f6d2', cart: '1f6d2', carts: '1f6d2', wagon: '1f6d2', wagons: '1f6d2', oxcart: '1f6d2', 'donkey cart': '1f6d2', 'horse cart': '1f6d2', 'go cart': '1f3ce', 'go kart': '1f3ce', 'go-kart': '1f3ce', gokart: '1f3ce', kart: '1f3ce',
  moon: '1f315', earth: '1f30d', world: '1f30d', globe: '1f30d', planet: '1fa90', people: '1f9d1', persons: '1f9d1',
  folk: '1f9d1', folks: '1f9d1', human: '1f9d1', humans: '1f9d1', sign: '1faa7', signpost: '1faa7', seed: '1fad8',
  seeds: '1fad8', sprout: '1f331', seedling: '1f331', leaves: '1f343', foliage: '1f343', wave: '1f30a', waves: '1f30a',
  flame: '1f525', flames: '1f525', campfire: '1f525', bonfire: '1f525', sparks: '2728', firework: '1f386',
  fireworks: '1f386', candles: '1f56f', bird: '1f426', ufo: '1f6f8', spaceship: '1f680', alien: '1f47d',
  // Fruit in general (WordNet's is the botanist's seed case, with no picture): an apple, as on a fruit stall.
  fruit: '1f34e', fruits: '1f34e',
  lantern: '1f3ee', bulb: '1f4a1', 'light bulb': '1f4a1', light: '1f4a1', lights: '1f4a1', present: '1f381', gift: '1f381', music: '1f3b6',
  note: '1f3b5', cactus: '1f335', cacti: '1f335', bush: '1f33f', shrub: '1f33f', weed: '1f33f', fern: '1f33f',
  pumpkin: '1f383', 'jack o lantern': '1f383', heart: '2764', hearts: '2764', star: '2b50', stars: '2b50',
  bubble: '1fae7', bubbles: '1fae7', rock: '1faa8', stone: '1faa8', boulder: '1faa8', pebble: '1faa8', log: '1fab5',
  snowball: '26aa', burrow: '1f573', hole: '1f573', food: '1f356', meal: '1f372', cloud: '2601', clouds: '2601',
  fireplace: '1f525', hearth: '1f525', shelf: '1f4da', shelves: '1f4da', bookshelf: '1f4da', bookcase: '1f4da',
  pillow: '1f6cf', cushion: '1f6cf', blackboard: '1faa7', chalkboard: '1faa7', whiteboard: '1faa7', porch: '1f3e0',
  oven: '1f373', stove: '1f373', straw: '1f33e', hay: '1f33e',
  windowsill: '1fa9f', trough: '1faa3', scarecrow: '1f9d1-200d-1f33e', banner: '1f6a9',
  // "flags" is the carp streamer's shortcode, which would beat the plural of "flag".
  flags: '1f6a9', 'steam train': '1f682',
  // The "train" emoji is drawn nose-on, so a train driving past slid sideways: the bullet train is side-on, on its rails.
  train: '1f685', trains: '1f685', 'passenger train': '1f685', 'express train': '1f685',
  'book cover': '1f4d5', 'movie poster': '1faa7', poster: '1faa7', billboard: '1faa7', crowd: '1f9d1', audience: '1f9d1',
  band: '1f9d1', choir: '1f9d1', spotlight: '1f526', love: '2764', dream: '1f4ad', dreams: '1f4ad', thought: '1f4ad',
  rowboat: '1f6f6', rowboats: '1f6f6', 'row boat': '1f6f6', 'rowing boat': '1f6f6', glass: '1f943', string: '1f9f6', submarine: '1f6a2', caterpillar: '1f41b', branch: '1f33f', twig: '1f33f', stick: '1fab5',
  bowl: '1f963', candlelight: '1f56f', asteroid: '1faa8', asteroids: '1faa8', sandcastle: '1f3f0',
  idea: '1f4a1', time: '231b', history: '1f4dc', 'chess board': '265f', chessboard: '265f', chess: '265f', couple: '1f46b', crystal: '1f48e', crystals: '1f48e', gem: '1f48e', jewel: '1f48e',
  // Magic users are the mage (WordNet only knows them as people); a spell is the sparkle it casts, not a mage.
  wizard: '1f9d9', wizards: '1f9d9', witch: '1f9d9', witches: '1f9d9', sorcerer: '1f9d9', sorceress: '1f9d9', magician: '1f9d9', warlock: '1f9d9',
  spell: '2728', spells: '2728', magic: '2728',
  // "A pirate" is the person (WordNet's first pirate with a picture is the ship); a pirate ship has drawn art of its own.
  pirate: '1f9d1', pirates: '1f9d1', buccaneer: '1f9d1',
  // Roles WordNet only knows as people: the emoji of the role (drawn whole in its work clothes, see drawn-people.ts).
  doctor: '1f9d1-200d-2695', doctors: '1f9d1-200d-2695', physician: '1f9d1-200d-2695', physicians: '1f9d1-200d-2695', surgeon: '1f9d1-200d-2695',
  surgeons: '1f9d1-200d-2695', nurse: '1f9d1-200d-2695', nurses: '1f9d1-200d-2695', paramedic: '1f9d1-200d-2695', paramedics: '1f9d1-200d-2695',
  medic: '1f9d1-200d-2695', medics: '1f9d1-200d-2695', baker: '1f9d1-200d-1f373', bakers: '1f9d1-200d-1f373', builder: '1f477', builders: '1f477',
  // Meals are a plate of food (WordNet's nearest picture of "dinner" is a fish); homework is the written page.
  dinner: '1f35d', dinners: '1f35d', supper: '1f372', lunch: '1f35b', lunches: '1f35b', breakfast: '1f95e', brunch: '1f95e', homework: '1f4dd',
  // Birds WordNet files elsewhere or reaches through a person ("gull" a dupe, "canary" a singer, "cardinal" a priest):
  // the bird, coloured as the kind is (natural-colors.ts); birds of prey are the eagle, not the small songbird.
  gull: '1f426', gulls: '1f426', seagull: '1f426', seagulls: '1f426', canary: '1f426', canaries: '1f426', cardinal: '1f426', cardinals: '1f426',
  hawk: '1f985', hawks: '1f985', falcon: '1f985', falcons: '1f985', kestrel: '1f985', kestrels: '1f985', buzzard: '1f985', buzzards: '1f985',
  // Parents are a woman and a man (WordNet reaches an old woman for "mother", a bare person for "father").
  mother: '1f469', mom: '1f469', mum: '1f469', mommy: '1f469', mummy: '1f469', mama: '1f469', father: '1f468', dad: '1f468', daddy: '1f468', papa: '1f468',
};
