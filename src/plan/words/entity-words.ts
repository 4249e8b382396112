import { ANIMATE_CATEGORIES, type Motion } from '../vocabulary.ts';

/** Word lists that decide how a shot's entities act on and stand by each other. */

/** What a rider sits on ("a horse and rider"). */
export const RIDEABLE = /\b(horse|camel|two-hump camel|elephant|donkey|unicorn|zebra|ox|water buffalo|llama|bicycle|motorcycle|motor scooter|kick scooter|skateboard)\b/;
/** Motions that are standing still. */
export const STILL = new Set<Motion>(['sit', 'sleep', 'idle']);
/** Verbs that turn one thing into another ("a caterpillar turning into a butterfly"). */
export const TRANSFORM_VERBS = new Set(['turn', 'transform', 'change', 'become', 'morph', 'evolve', 'metamorphose', 'grow']);
/** Things something can go into. */
export const HOLDERS = /\b(box|basket|bowl|bag|bucket|jar|bottle|cup|glass|vase|pot|tank|cage|nest|crate|barrel|house|hut|building|castle|cave|hole|tent|car|bus|train|ship|boat|oven|drawer|pocket|mailbox|aquarium|tumbler|package|shopping cart)\b/;
/** Verbs whose subject has a picture for that state: [verbs, subject art, hexcode]. */
export const VERB_STATE_ART: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/^(spray|spout|blow|breach)$/, /whale/, '1f433'], [/^hatch$/, /egg/, '1f423'], [/^(bloom|blossom)$/, /rose|tulip|flower|blossom/, '1f33a'],
  [/^(sleep|snore|nap)$/, /face/, '1f634'], [/^(smile|grin)$/, /sun/, '1f31e'], [/^(ring|chime)$/, /bell/, '1f514'],
];
/** Verbs of giving light, shown by the art of things that shine. */
export const LIGHT_VERBS = new Set(['glow', 'shine', 'twinkle', 'sparkle', 'gleam', 'glimmer', 'glitter', 'shimmer', 'flash', 'blink', 'burn', 'light', 'illuminate', 'radiate', 'heat']);
export const SHINING = /\b(star|stars|sun|moon|lamp|lamps|light|lights|bulb|candle|candles|lantern|lanterns|firefly|fireflies|fire|flame|crystal|gem|firework|fireworks|sparkler|comet|glowing|neon|torch|lighthouse|sparkles|diya)\b/;
/** Things whose light is a burst: "fireworks light up the sky" is fireworks bursting. */
export const BURSTS_OF_LIGHT = /\bfireworks?\b/;
/** Verbs of wearing: the worn thing sits on the wearer. */
export const WEAR_VERBS = new Set(['wear', 'don', 'sport']);
/** Kinds of thing that move by themselves. */
export const ANIMATE: ReadonlySet<string> = ANIMATE_CATEGORIES;
/** Motions that go somewhere. */
export const TRAVELLING = new Set<Motion>(['walk', 'run', 'trot', 'gallop', 'fly', 'soar', 'glide', 'swim', 'hop', 'drift', 'float']);
