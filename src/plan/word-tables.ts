import type { CameraMove, Motion, SettingKind, ShotSize, StyleName, TimeOfDay, Weather, Season } from './vocabulary.ts';

/**
 * Small hand-written word tables for the first planner: settings, time,
 * weather, colours, numbers, sizes, verbs, camera and style words.
 */

export const SETTING_WORDS: Record<string, SettingKind> = {
  beach: 'beach', shore: 'beach', seaside: 'beach', coast: 'beach', sand: 'beach',
  forest: 'forest', woods: 'forest', woodland: 'forest',
  jungle: 'jungle', rainforest: 'jungle',
  desert: 'desert', dunes: 'desert',
  mountain: 'mountains', mountains: 'mountains', peaks: 'mountains', valley: 'mountains',
  meadow: 'meadow', grassland: 'meadow', prairie: 'meadow',
  hill: 'hills', hills: 'hills',
  farm: 'farm', barnyard: 'farm', ranch: 'farm',
  street: 'city-street', city: 'city-street', downtown: 'city-street', town: 'city-street',
  skyline: 'skyline', skyscrapers: 'skyline',
  village: 'village',
  park: 'park',
  garden: 'garden', backyard: 'garden',
  lake: 'lake', pond: 'lake',
  river: 'river', stream: 'river', creek: 'river',
  ocean: 'ocean', sea: 'ocean', waves: 'ocean',
  harbor: 'harbor', harbour: 'harbor', port: 'harbor', dock: 'harbor',
  underwater: 'underwater', reef: 'underwater', seabed: 'underwater',
  space: 'space', galaxy: 'space', orbit: 'space', cosmos: 'space',
  sky: 'sky', clouds: 'sky',
  'living room': 'living-room', lounge: 'living-room', room: 'living-room', home: 'living-room',
  kitchen: 'kitchen',
  classroom: 'classroom', school: 'classroom',
  cafe: 'cafe', café: 'cafe', coffeeshop: 'cafe', restaurant: 'cafe',
  stage: 'stage', theater: 'stage', theatre: 'stage', concert: 'stage',
  road: 'road', highway: 'road', path: 'road',
  field: 'field', fields: 'field', farmland: 'field',
  volcano: 'volcano',
  cave: 'cave', cavern: 'cave',
  arctic: 'arctic', tundra: 'arctic', glacier: 'arctic', antarctica: 'arctic',
  junkyard: 'junkyard', scrapyard: 'junkyard',
};

export const TIME_WORDS: Record<string, TimeOfDay> = {
  dawn: 'dawn', daybreak: 'dawn',
  sunrise: 'sunrise',
  morning: 'morning',
  noon: 'noon', midday: 'noon', day: 'noon', daytime: 'noon',
  afternoon: 'afternoon',
  sunset: 'sunset',
  dusk: 'dusk', twilight: 'dusk',
  evening: 'evening',
  night: 'night', nighttime: 'night', moonlight: 'night', starry: 'night',
  midnight: 'midnight',
};

export const WEATHER_WORDS: Record<string, Weather> = {
  sunny: 'clear', clear: 'clear',
  cloudy: 'cloudy', overcast: 'cloudy',
  fog: 'fog', foggy: 'fog', mist: 'fog', misty: 'fog',
  rain: 'rain', rainy: 'rain', raining: 'rain', drizzle: 'rain',
  storm: 'storm', stormy: 'storm', thunderstorm: 'storm', lightning: 'storm',
  snow: 'snow', snowy: 'snow', snowing: 'snow', blizzard: 'snow', snowfall: 'snow',
  wind: 'wind', windy: 'wind', breeze: 'wind', breezy: 'wind',
};

export const SEASON_WORDS: Record<string, Season> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};

export const COLOR_WORDS: Record<string, string> = {
  red: '#d7263d', orange: '#f28c28', yellow: '#f6d32d', gold: '#e6b422', golden: '#e6b422',
  green: '#3fa34d', blue: '#2b6cd8', purple: '#8e44ad', violet: '#8e44ad', pink: '#f48fb1',
  brown: '#8b5a2b', black: '#222222', white: '#f5f5f5', gray: '#8a8a8a', grey: '#8a8a8a',
  silver: '#c0c0c8', teal: '#1a9e9e', turquoise: '#30c5c0', cyan: '#2ec4e6', magenta: '#d63fa8',
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, pair: 2, couple: 2, few: 3, several: 4, many: 8, flock: 7, herd: 6,
  school: 6, crowd: 10, swarm: 10, group: 5,
};

export const SIZE_WORDS: Record<string, number> = {
  tiny: 0.45, little: 0.7, small: 0.7, big: 1.5, large: 1.5, huge: 2, giant: 2.4, enormous: 2.4,
};

export const VERB_MOTIONS: Record<string, Motion> = {
  walk: 'walk', stroll: 'walk', wander: 'walk', trot: 'trot', run: 'run', race: 'run', dash: 'run',
  gallop: 'gallop', fly: 'fly', soar: 'soar', glide: 'glide', buzz: 'fly', flutter: 'fly',
  swim: 'swim', jump: 'jump', leap: 'jump', hop: 'hop', bounce: 'bounce', roll: 'roll', fall: 'fall',
  float: 'float', drift: 'drift', spin: 'spin', dance: 'dance', sit: 'sit', sleep: 'sleep', rest: 'sleep',
  eat: 'eat', drink: 'drink', chase: 'chase', follow: 'follow', flee: 'flee', ride: 'ride',
  carry: 'carry', orbit: 'orbit', circle: 'circle', grow: 'grow', shrink: 'shrink', melt: 'melt',
  explode: 'explode', erupt: 'explode', launch: 'launch', land: 'land', wave: 'wave', sway: 'sway',
  rise: 'rise', sink: 'sink', watch: 'watch', drive: 'drive', sail: 'sail', perch: 'sit',
};

export const STYLE_WORDS: Record<string, StyleName> = {
  watercolor: 'watercolor', watercolour: 'watercolor', 'oil painting': 'oil-paint', 'van gogh': 'oil-paint',
  'pencil sketch': 'pencil-sketch', sketch: 'pencil-sketch', pencil: 'pencil-sketch', 'pixel art': 'pixel-art',
  pixel: 'pixel-art', neon: 'neon', cyberpunk: 'neon', 'black and white': 'film-noir', noir: 'film-noir',
  'film noir': 'film-noir', vintage: 'vintage-film', comic: 'comic', cartoon: 'comic',
};

export const CAMERA_WORDS: Record<string, { move?: CameraMove; shot?: ShotSize }> = {
  'close-up': { shot: 'close-up' }, closeup: { shot: 'close-up' }, 'close up': { shot: 'close-up' },
  aerial: { shot: 'aerial' }, "bird's-eye": { shot: 'aerial' }, overhead: { shot: 'aerial' },
  wide: { shot: 'wide' }, 'zoom in': { move: 'zoom-in' }, 'zoom out': { move: 'zoom-out' },
  zoom: { move: 'zoom-in' }, pan: { move: 'pan-right' }, panning: { move: 'pan-right' },
  tracking: { move: 'track' }, dolly: { move: 'dolly-in' }, orbiting: { move: 'orbit' },
  handheld: { move: 'shake' }, tilt: { move: 'tilt-up' },
};

/** Words that carry no content of their own. */
export const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to into onto from by with without for over under above below near ' +
    'through across along around between behind beside next its it his her their they them he she this that ' +
    'these those is are was were be been being as while then there here very so up down out off some any ' +
    'each other another one after before during like same side top style shot view camera scene video ' +
    'slowly quickly slow fast gently high low far away toward towards against among upon within who which ' +
    'what when where how says said words titled called named card title text sign'
  ).split(' '),
);
