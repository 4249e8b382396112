import type { Relation } from '../vocabulary.ts';

/** Size words and the scale they give an entity (1 = natural size). */
export const SIZE_WORDS: Readonly<Record<string, number>> = {
  tiny: 0.4, teeny: 0.4, minuscule: 0.35, miniature: 0.45, mini: 0.5, wee: 0.5, small: 0.7, little: 0.7, smaller: 0.75,
  petite: 0.7, short: 0.8, medium: 1, 'medium-sized': 1, average: 1, big: 1.5, bigger: 1.4, large: 1.5, larger: 1.4,
  tall: 1.4, huge: 2, giant: 2.5, gigantic: 2.5, enormous: 2.5, massive: 2.5, colossal: 3, immense: 2.5, vast: 2.5,
  towering: 2.2, mighty: 1.6, great: 1.5, jumbo: 2, oversized: 2, monstrous: 2.5, titanic: 3, mammoth: 2.5, baby: 0.55,
  young: 0.7, fat: 1.2, chubby: 1.1, plump: 1.1, long: 1.2, thin: 0.9, skinny: 0.9, wide: 1.2, grand: 1.4,
};

/**
 * Age words that show as size for things that grow all their lives: "an old
 * oak" is a big, spreading tree. Keyed by adjective: the words it applies to
 * (the next word) and the scale it gives.
 */
export const AGE_SIZES: Readonly<Record<string, { readonly things: RegExp; readonly scale: number }>> = {
  old: { things: /^(tree|trees|oak|oaks|oak tree|pine|pines|willow|willows|elm|elms|yew|cedar|baobab|redwood|sequoia|beech|chestnut|maple|olive)$/, scale: 1.35 },
  ancient: { things: /^(tree|trees|oak|oaks|pine|pines|willow|willows|elm|elms|yew|cedar|baobab|redwood|redwoods|sequoia|sequoias|beech|olive)$/, scale: 1.6 },
};

/** Words that strengthen the size word after them ("very small", "really big"). */
export const INTENSIFIERS: Readonly<Record<string, number>> = {
  very: 1.35, really: 1.3, extremely: 1.6, super: 1.4, incredibly: 1.6, so: 1.2, quite: 1.1, too: 1.2, absolutely: 1.4,
  truly: 1.2, rather: 1.05, pretty: 1.1,
};

/**
 * Adjective + noun pairs that pick a different picture of the same thing
 * ("a full moon", "a wilted flower", "autumn leaves"), as hexcodes.
 */
export const STATE_VARIANTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  moon: { full: '1f315', new: '1f311', crescent: '1f319', half: '1f313', quarter: '1f313', waxing: '1f312', waning: '1f318', smiling: '1f31d', gibbous: '1f314' },
  sun: { smiling: '1f31e', happy: '1f31e', cloudy: '26c5' },
  flower: { wilted: '1f940', withered: '1f940', dead: '1f940', dying: '1f940', white: '1f4ae', pink: '1f338', blooming: '1f33c' },
  rose: { wilted: '1f940', withered: '1f940', dead: '1f940' },
  leaf: { autumn: '1f342', fall: '1f342', fallen: '1f342', dry: '1f342', dead: '1f342', maple: '1f341', falling: '1f342', orange: '1f342', red: '1f341' },
  tree: { evergreen: '1f332', pine: '1f332', christmas: '1f384', palm: '1f334', fir: '1f332', spruce: '1f332' },
  book: { open: '1f4d6', closed: '1f4d5', red: '1f4d5', green: '1f4d7', blue: '1f4d8', orange: '1f4d9' },
  heart: { broken: '1f494', red: '2764', beating: '1f493', sparkling: '1f496', growing: '1f497', anatomical: '1fac0', human: '1fac0' },
  cat: { black: '1f408-200d-2b1b' },
  bird: { black: '1f426-200d-2b1b' },
  house: { abandoned: '1f3da', derelict: '1f3da', haunted: '1f3da', old: '1f3da', ruined: '1f3da' },
  umbrella: { closed: '1f302', open: '2602', wet: '2614' },
  star: { glowing: '1f31f', shining: '1f31f', shooting: '2604', falling: '2604', bright: '1f31f', twinkling: '1f31f', sparkling: '1f31f' },
  car: { police: '1f693', racing: '1f3ce', race: '1f3ce', sports: '1f3ce' },
  chick: { hatching: '1f423' },
  egg: { fried: '1f373', cracked: '1f423', hatching: '1f423' },
  snowman: { melting: '26c4' },
  face: { smiling: '1f60a', happy: '1f60a', sad: '1f622', angry: '1f620', sleeping: '1f634' },
  cloud: { rain: '1f327', rainy: '1f327', storm: '26c8', stormy: '26c8', snow: '1f328', thunder: '1f329' },
  hourglass: { empty: '231b', running: '23f3', flowing: '23f3' },
  globe: { spinning: '1f30d' },
  nest: { empty: '1fab9' },
  bell: { ringing: '1f514', silent: '1f515' },
  battery: { low: '1faab', dead: '1faab', empty: '1faab' },
};

/**
 * Adjectives that say how a thing already looks ("a bright sun", "fluffy
 * clouds", "a tropical fish"): the art shows them, so they are resolved.
 * Keyed by adjective, matched against the art's label.
 */
export const INHERENT_LOOKS: Readonly<Record<string, RegExp>> = {
  bright: /\b(sun|star|moon|lamp|light|bulb|candle|fire|lantern|firework|sparkler|comet|flashlight)\b/,
  shining: /\b(sun|star|moon|lamp|light|bulb|lantern|glowing star)\b/,
  glowing: /\b(star|moon|sun|lamp|light|bulb|candle|lantern|firefly|bug|mushroom|crystal|gem)\b/,
  fluffy: /\b(cloud|sheep|ewe|ram|cat|dog|rabbit|bunny|chick|teddy|poodle|llama|hamster)\b/,
  furry: /\b(cat|dog|rabbit|bear|fox|hamster|mouse|llama|monkey)\b/,
  tropical: /\b(fish|tropical fish|palm|parrot|flower|hibiscus|island|coconut|pineapple|mango|banana)\b/,
  spiky: /\b(cactus|hedgehog|blowfish|chestnut)\b/, prickly: /\b(cactus|hedgehog)\b/,
  wooden: /\b(hut|house|log|wood|chair|boat|canoe|cabin|barn)\b/, leafy: /\b(tree|herb|plant)\b/,
  ripe: /\b(apple|banana|pear|peach|fruit|strawberry|cherries|grapes|tomato|mango)\b/, juicy: /\b(apple|orange|tangerine|fruit|watermelon|peach|steak|burger)\b/,
  fat: /\b(cat|pig|panda|bear|hamster|whale|seal)\b/, stripy: /\b(tiger|zebra|bee|honeybee)\b/,
  striped: /\b(tiger|zebra|bee|honeybee|tropical fish)\b/, spotted: /\b(leopard|lady beetle|giraffe|cow|dalmatian)\b/,
  feathered: /\b(bird|parrot|peacock|owl|eagle|chicken|rooster|turkey|swan|duck|dove)\b/, hairy: /\b(monkey|gorilla|orangutan|spider|mammoth)\b/,
  scaly: /\b(snake|lizard|dragon|crocodile|fish|dinosaur|sauropod|t-rex)\b/, slimy: /\b(snail|worm|frog|slug)\b/,
};

/** Spatial phrases and the relation each names; longest first. "X on top of Y" → on. */
export const RELATION_WORDS: Readonly<Record<string, Relation>> = {
  on: 'on', 'on top of': 'on', onto: 'on', atop: 'on', upon: 'on', under: 'under', underneath: 'under', beneath: 'under', 'underneath of': 'under',
  above: 'above', 'high above': 'above', 'up above': 'above', below: 'below', 'down below': 'below',
  beside: 'beside', 'next to': 'beside', alongside: 'beside', 'by the side of': 'beside', by: 'beside',
  'side by side with': 'beside', with: 'beside', near: 'near', 'close to': 'near', nearby: 'near', 'near to': 'near',
  'not far from': 'near', 'left of': 'left-of', 'to the left of': 'left-of', 'on the left of': 'left-of',
  'on the left side of': 'left-of', 'right of': 'right-of', 'to the right of': 'right-of', 'on the right of': 'right-of',
  'on the right side of': 'right-of', 'in front of': 'in-front-of', 'before': 'in-front-of', 'ahead of': 'in-front-of',
  behind: 'behind', 'in back of': 'behind', 'at the back of': 'behind', 'behind of': 'behind', between: 'between',
  'in between': 'between', amid: 'between', among: 'between', amongst: 'between', around: 'around', 'all around': 'around',
  round: 'around', 'circling around': 'around', inside: 'inside', in: 'inside', into: 'inside', within: 'inside',
  'inside of': 'inside', 'in the middle of': 'inside', across: 'across', through: 'through', throughout: 'through',
  past: 'across', toward: 'near', towards: 'near', along: 'beside', against: 'beside', at: 'near', from: 'near', to: 'near',
  'covered in': 'on', 'covered with': 'on', 'full of': 'inside', 'filled with': 'inside', 'dotted with': 'on',
  'made of': 'near', 'made from': 'near', 'made out of': 'near', 'built from': 'near', 'carved from': 'near', 'carved out of': 'near',
  'lined with': 'beside', 'carpeted with': 'on', 'carpeted in': 'on', 'littered with': 'on',
  beyond: 'behind', 'out of': 'near', outside: 'near', 'away from': 'near', up: 'on', down: 'on', off: 'near', over: 'over',
};
