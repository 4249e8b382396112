/**
 * Monuments drawn for Diorama (our own SVG, MIT like the code): the emoji sets
 * have only landmarks (the Statue of Liberty, a moai head), so "a statue in a
 * park" found an artist's palette through WordNet's "art". A statue here is a
 * robed bronze figure with a raised arm, green with patina, on a stone plinth.
 * Art is in a 100 × 100 square standing on its bottom edge.
 */

const linear = (id: string, stops: ReadonlyArray<readonly [number, string]>, x2 = 1, y2 = 0): string =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;

const STATUE = `<defs>${linear('stp', [[0, '#e4e0d8'], [0.55, '#c4bfb4'], [1, '#8f8a80']])}${linear('stb', [[0, '#9cc4b4'], [0.5, '#6f9c8c'], [1, '#40665a']])}</defs>
    <rect x="20" y="90" width="60" height="7" rx="1" fill="url(#stp)"/>
    <rect x="28" y="66" width="44" height="25" fill="url(#stp)"/>
    <rect x="24" y="62" width="52" height="6" rx="1" fill="url(#stp)"/>
    <path d="M32 72 L68 72 M32 86 L68 86" stroke="#8f8a80" stroke-width="0.8" opacity="0.6"/>
    <path d="M40 62 L42 40 Q43 31 50 30 Q57 31 58 40 L60 62 Z" fill="url(#stb)"/>
    <path d="M44 62 L46 44 M53 62 L52 45" stroke="#40665a" stroke-width="0.9" opacity="0.7" fill="none"/>
    <path d="M56.5 33 Q61 26 62 14 L65.5 14.5 Q65 28 59.5 37 Z" fill="url(#stb)"/>
    <path d="M43 34 Q39 42 40.5 52 L43.5 51.5 Q43 43 46 36 Z" fill="url(#stb)"/>
    <rect x="61.5" y="7" width="4.5" height="8" rx="1" fill="#5d8a7a"/>
    <path d="M63.7 2 Q67.5 5 63.7 8 Q60 5 63.7 2 Z" fill="#7fae9c"/>
    <rect x="47.6" y="25" width="4.8" height="6" fill="#5d8a7a"/>
    <circle cx="50" cy="20.5" r="5.6" fill="url(#stb)"/>
    <path d="M44.6 19 Q50 12.5 55.4 19" stroke="#40665a" stroke-width="1.4" fill="none"/>`;

/** The statue's stone plinth on its own, for a statue of an animal to stand on: a capped block on a wider base. */
const PLINTH = `<defs>${linear('plp', [[0, '#e4e0d8'], [0.55, '#c4bfb4'], [1, '#8f8a80']])}</defs>
    <rect x="3" y="91" width="94" height="9" rx="1" fill="url(#plp)"/>
    <rect x="10" y="66" width="80" height="26" fill="url(#plp)"/>
    <rect x="5" y="59" width="90" height="8" rx="1" fill="url(#plp)"/>
    <path d="M10 74 L90 74 M10 85 L90 85" stroke="#8f8a80" stroke-width="0.8" opacity="0.6"/>`;

/** Drawn monuments by name (asset "drawn:<name>"). */
export const MONUMENT_ART: Readonly<Record<string, string>> = { statue: STATUE, plinth: PLINTH };

/** Nouns the monuments show. */
export const MONUMENT_NOUNS: Readonly<Record<string, string>> = {
  statue: 'statue',
  statues: 'statue',
  sculpture: 'statue',
  monument: 'statue',
  memorial: 'statue',
  'bronze statue': 'statue',
  'stone statue': 'statue',
  'marble statue': 'statue',
  plinth: 'plinth',
  plinths: 'plinth',
  pedestal: 'plinth',
  pedestals: 'plinth',
};
