import type { Motion } from '../vocabulary.ts';

/**
 * Verbs (lemmas) and the motion primitive each one is drawn with. The
 * lexicon builder widens this table with WordNet troponyms of the seeds
 * ("sprint" is a way to run), so only common and tricky verbs live here.
 */
export const VERB_MOTIONS: Readonly<Record<string, Motion>> = {
  // Walking and running.
  walk: 'walk', stroll: 'walk', wander: 'walk', amble: 'walk', saunter: 'walk', march: 'walk', stride: 'walk',
  hike: 'walk', trek: 'walk', tiptoe: 'walk', pace: 'walk', waddle: 'walk', stomp: 'walk', trudge: 'walk',
  roam: 'walk', explore: 'walk', patrol: 'walk', step: 'walk', go: 'walk', come: 'walk', head: 'walk', meet: 'walk',
  reach: 'walk', visit: 'walk', plow: 'walk', plough: 'walk', commute: 'walk', venture: 'walk', journey: 'walk',
  approach: 'walk', cross: 'walk', enter: 'walk', leave: 'walk', return: 'walk', travel: 'walk', crawl: 'walk',
  creep: 'walk', sneak: 'walk', prowl: 'walk', limp: 'walk', shuffle: 'walk', search: 'walk',
  run: 'run', race: 'run', dash: 'run', sprint: 'run', rush: 'run', hurry: 'run', scurry: 'run', scamper: 'run',
  scramble: 'run', charge: 'run', bolt: 'run', zoom: 'run', speed: 'run', jog: 'trot', trot: 'trot', lope: 'trot',
  canter: 'gallop', gallop: 'gallop', stampede: 'gallop',
  // Air and water.
  fly: 'fly', flutter: 'fly', flap: 'fly', buzz: 'fly', hover: 'fly', swoop: 'fly', flit: 'fly', dart: 'fly',
  migrate: 'fly', soar: 'soar', glide: 'glide', swim: 'swim', paddle: 'swim', dive: 'swim', wade: 'walk',
  splash: 'swim', surf: 'ride', row: 'sail', sail: 'sail', cruise: 'sail', navigate: 'sail', steer: 'drive',
  // Jumps and bounces.
  jump: 'jump', leap: 'jump', pounce: 'jump', vault: 'jump', spring: 'jump', hurdle: 'jump', hop: 'hop',
  skip: 'hop', bounce: 'bounce', bob: 'bounce', play: 'bounce', frolic: 'bounce', romp: 'bounce', jiggle: 'bounce',
  wobble: 'sway', roll: 'roll', tumble: 'roll', somersault: 'roll', wheel: 'roll', slide: 'glide', skate: 'glide',
  ski: 'glide', sled: 'glide', slither: 'glide', slip: 'fall',
  // Up, down, drifting.
  fall: 'fall', drop: 'fall', plunge: 'fall', topple: 'fall', collapse: 'fall', crash: 'fall', descend: 'sink',
  float: 'float', drift: 'drift', blow: 'drift', hang: 'float', levitate: 'float', bob_up: 'float',
  rise: 'rise', ascend: 'rise', climb: 'rise', lift: 'rise', emerge: 'rise', wake: 'rise',
  awaken: 'rise', stand: 'idle', sink: 'sink', dip: 'sink', set: 'sink', settle: 'sink', disappear: 'sink',
  // Turning.
  spin: 'spin', twirl: 'spin', whirl: 'spin', rotate: 'spin', turn: 'spin', pirouette: 'spin', revolve: 'orbit',
  orbit: 'orbit', circle: 'circle', loop: 'circle', encircle: 'circle', surround: 'circle',
  // Dancing and swaying.
  dance: 'dance', boogie: 'dance', waltz: 'dance', prance: 'dance', celebrate: 'dance', party: 'dance', sing: 'sway',
  sway: 'sway', rock: 'sway', swing: 'sway', shake: 'sway', wiggle: 'sway', wag: 'sway', ripple: 'sway',
  flow: 'drift', stream: 'drift', wind: 'drift', meander: 'drift', wave: 'wave', greet: 'wave', beckon: 'wave',
  // Resting.
  sit: 'sit', perch: 'sit', rest: 'sit', relax: 'sit', lounge: 'sit', squat: 'sit', kneel: 'sit', lie: 'sleep',
  sleep: 'sleep', nap: 'sleep', doze: 'sleep', snooze: 'sleep', slumber: 'sleep', dream: 'sleep', hibernate: 'sleep',
  wait: 'idle', stay: 'idle', live: 'idle', dwell: 'idle', pose: 'idle', think: 'idle', ponder: 'idle', contemplate: 'idle', meditate: 'sit',
  stop: 'idle', halt: 'idle', pause: 'idle', freeze: 'idle', lean: 'idle', park: 'idle', linger: 'idle', loiter: 'idle',
  read: 'sit', study: 'sit', pray: 'sit',
  // A stretch is a slow sway of the body. (Planting has no motion here: a planter is drawn as a farmer, see person-variants.)
  stretch: 'sway',
  // Eating.
  eat: 'eat', munch: 'eat', nibble: 'eat', chew: 'eat', bite: 'eat', devour: 'eat', graze: 'eat', feed: 'idle',
  gobble: 'eat', peck: 'eat', taste: 'eat', lick: 'eat', drink: 'drink', howl: 'watch', roar: 'watch', growl: 'watch', flicker: 'sway', fight: 'chase',
  // Animal calls: the caller faces what it calls at, its call written by its mouth ("a dog barking at a cat", render/effects/call-marks.ts).
  bark: 'watch', yap: 'watch', yelp: 'watch', woof: 'watch', meow: 'watch', mew: 'watch', miaow: 'watch', hiss: 'watch', snarl: 'watch',
  squawk: 'watch', caw: 'watch', quack: 'watch', moo: 'watch', neigh: 'watch', whinny: 'watch', bleat: 'watch', oink: 'watch',
  hoot: 'watch', cluck: 'watch', bray: 'watch', bellow: 'watch', grunt: 'watch', shout: 'watch', yell: 'watch',
  chirp: 'sway', tweet: 'sway', warble: 'sway', trill: 'sway',
  raise: 'wave', cast: 'wave', hoist: 'wave', battle: 'chase', attack: 'chase', duel: 'chase', wrestle: 'chase', tackle: 'chase', laugh: 'bounce', giggle: 'bounce', cheer: 'bounce', sip: 'drink', lap: 'drink', gulp: 'drink',
  // Digging is nosing and pawing at the ground, head down at the hole: the drinking pose, at what is dug.
  dig: 'drink', burrow: 'drink',
  // Pursuit.
  chase: 'chase', pursue: 'chase', hunt: 'chase', catch: 'chase', follow: 'follow', trail: 'follow', tail: 'follow',
  track: 'follow', accompany: 'follow', lead: 'walk', guide: 'walk', herd: 'chase', stalk: 'follow', flee: 'flee', escape: 'flee',
  evade: 'flee', retreat: 'flee', scatter: 'flee', hide: 'flee', avoid: 'flee',
  // Riding, carrying, driving.
  fetch: 'carry', retrieve: 'carry', grab: 'carry', steal: 'carry', snatch: 'carry', hug: 'carry', cuddle: 'carry', embrace: 'carry', ride: 'ride', mount: 'ride', pedal: 'ride', cycle: 'ride', bike: 'ride', drive: 'drive', carry: 'carry',
  hold: 'carry', bring: 'carry', deliver: 'carry', haul: 'carry', tow: 'carry', pull: 'carry', push: 'carry',
  drag: 'carry', lug: 'carry', balance: 'carry', juggle: 'carry', water: 'idle', pour: 'idle', tend: 'idle',
  // Change.
  pollinate: 'circle', transform: 'grow', morph: 'grow', metamorphose: 'grow', evolve: 'grow', grow: 'grow', swell: 'grow', expand: 'grow', inflate: 'grow', bloom: 'grow', blossom: 'grow', sprout: 'grow',
  enlarge: 'grow', open: 'grow', form: 'grow', build: 'idle', shrink: 'shrink', deflate: 'shrink', wither: 'shrink',
  wilt: 'shrink', fade: 'shrink', vanish: 'shrink', close: 'shrink', melt: 'melt', thaw: 'melt', dissolve: 'melt',
  drip: 'melt', explode: 'explode', burst: 'explode', erupt: 'explode', pop: 'explode', blast: 'explode',
  shatter: 'explode', boom: 'explode',
  launch: 'launch', 'blast off': 'launch', 'take off': 'launch', lift_off: 'launch', shoot: 'launch', land: 'land',
  touch_down: 'land', alight: 'land', arrive: 'land',
  // Seeing.
  watch: 'watch', gaze: 'watch', stare: 'watch', observe: 'watch', see: 'watch', spot: 'watch',
  notice: 'watch', glance: 'watch', peek: 'watch', peer: 'watch', admire: 'watch', guard: 'watch', find: 'watch',
  discover: 'watch', spy: 'watch', listen: 'watch', sniff: 'watch', smell: 'watch',
};

/** Verbs that move their object rather than their subject ("kicks a ball": the ball rolls). */
export const EFFECT_VERBS: Readonly<Record<string, Motion>> = {
  kick: 'roll', hit: 'roll', punt: 'roll', bat: 'roll', bowl: 'roll', nudge: 'roll', throw: 'fly', toss: 'fly', fling: 'fly',
  hurl: 'fly', lob: 'fly', flip: 'spin', knock: 'fall', breathe: 'fly', spit: 'fly', fly: 'fly', spin: 'spin', twirl: 'spin', shake: 'sway', drop: 'fall', release: 'rise', blow: 'drift',
};

/** Verbs whose object is the entity they act on ("chase a cat", "eat a banana"). */
export const TARGETED_MOTIONS: ReadonlySet<Motion> = new Set([
  'chase', 'follow', 'flee', 'ride', 'carry', 'orbit', 'circle', 'eat', 'drink', 'watch', 'drive',
]);

/**
 * Verb + particle pairs that mean something else together ("take off",
 * "wake up", "look for", "give chase").
 */
export const PHRASAL_MOTIONS: Readonly<Record<string, Motion>> = {
  'take off': 'launch', 'blast off': 'launch', 'lift off': 'launch', 'wake up': 'rise', 'get up': 'rise',
  'stand up': 'rise', 'sit down': 'sit', 'lie down': 'sleep', 'fall asleep': 'sleep', 'look for': 'walk',
  'search for': 'walk', 'give chase': 'chase', 'run away': 'flee', 'run from': 'flee', 'get away': 'flee',
  'fly away': 'fly', 'swim away': 'swim', 'look at': 'watch', 'look up': 'watch', 'look around': 'watch',
  'go up': 'rise', 'go down': 'sink', 'come down': 'fall', 'blow up': 'explode', 'touch down': 'land',
  'speed up': 'run', 'slow down': 'walk', 'calm down': 'idle', 'turn around': 'spin', 'spin around': 'spin',
  'float up': 'rise', 'fly up': 'rise', 'drift up': 'rise', 'climb up': 'rise', 'jump up': 'jump',
  'move around': 'walk', 'play with': 'bounce', 'hang out': 'idle', 'pick up': 'carry', 'come out': 'rise', 'curl up': 'sleep',
  'shake hands': 'wave', 'step out': 'walk', 'get out': 'walk', 'climb out': 'walk', 'fly by': 'fly', 'drive by': 'drive', 'walk by': 'walk',
};
