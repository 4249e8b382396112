/**
 * Colour words and the hex colour each one tints art with. The CSS named
 * colours (one-word names only, as people write them) plus everyday names
 * ("golden", "navy", "ginger") and materials that imply a colour ("wooden",
 * "paper"). Modifiers ("light", "dark", "pale", "bright") adjust a colour.
 */
export const COLOR_WORDS: Readonly<Record<string, string>> = {
  red: '#d7263d', orange: '#f28c28', yellow: '#f6d32d', green: '#3fa34d', blue: '#2b6cd8', purple: '#8e44ad',
  violet: '#8f5bd6', pink: '#f48fb1', brown: '#8b5a2b', black: '#222222', white: '#f5f5f5', gray: '#8a8a8a',
  grey: '#8a8a8a', gold: '#e6b422', golden: '#e6b422', silver: '#c0c0c8', silvery: '#c0c0c8', teal: '#1a9e9e',
  turquoise: '#30c5c0', cyan: '#2ec4e6', magenta: '#d63fa8', crimson: '#b0102f', scarlet: '#e0241b',
  maroon: '#7a1f2b', burgundy: '#7c1c2e', navy: '#1f2f6b', indigo: '#3f3a9e', lavender: '#b9a6e6',
  lilac: '#c8a2c8', mauve: '#c797b8', beige: '#e3d3b0', tan: '#d2b48c', ivory: '#f8f3e3', cream: '#f6ecd0',
  khaki: '#c3b091', olive: '#7f8f2e', lime: '#9bd434', mint: '#98e0b8', emerald: '#1f9d63', jade: '#3aa878',
  azure: '#3b8ff0', cobalt: '#1f4fbf', sapphire: '#1f45a8', aqua: '#3fd0d4', aquamarine: '#6fe0c0',
  coral: '#ff7f61', salmon: '#f58f7a', peach: '#ffbf94', apricot: '#f7b17a', amber: '#f0a020', copper: '#b8703a',
  bronze: '#a87a3a', rust: '#b7410e', ginger: '#c96a28', chocolate: '#6b3e1f', coffee: '#6f4e37', caramel: '#c68e3f',
  honey: '#e8a93a', lemon: '#f7e14a', mustard: '#d8b01c', ruby: '#c0133a', rose: '#e8748f', fuchsia: '#e040a0',
  plum: '#8e4585', orchid: '#c86fc9', charcoal: '#36393e', ebony: '#2a2622', jet: '#1b1b1b',
  pearl: '#efeae0', platinum: '#dcdcd6', cerulean: '#2a7fc0', periwinkle: '#9aa7ee',
  tangerine: '#f48a1e', sandy: '#dcc49a', blond: '#eed58a', blonde: '#eed58a', auburn: '#8f3b1b',
  chestnut: '#8b4a2b', ash: '#b2b2ae', slate: '#5a6878', steel: '#7d8a96', wooden: '#9a6a3a', paper: '#f4f1e8',
  metal: '#a5acb4', metallic: '#a5acb4', glass: '#bfe6f2', stone: '#9a958c', brass: '#c9a23a',
};

/** Colours of things a thing may be made of ("a robot made of cheese"). */
export const MATERIAL_COLORS: Readonly<Record<string, string>> = {
  cheese: '#f5c542', ice: '#cfefff', candy: '#ff7fbf', wood: '#9a6a3a', glass: '#bfe6f2', stone: '#9a958c', paper: '#f4f1e8',
  metal: '#a5acb4', gold: '#e6b422', silver: '#c0c0c8', chocolate: '#6b3e1f', clay: '#b5651d', marble: '#e8e6e1', crystal: '#cfefff',
  snow: '#f7f9fc', sand: '#dcc49a', lego: '#d7263d', jelly: '#e0407a', steel: '#7d8a96', iron: '#5f5f5f', copper: '#b8703a',
  plastic: '#5ab0f0', cardboard: '#c8a06a', leaves: '#3fa34d', flowers: '#f48fb1', water: '#4aa3df', fire: '#ff6a00', light: '#fff2a8',
  straw: '#e4c46a', velvet: '#7b1e3a', silk: '#f3e6f0', wool: '#efe6d6', leather: '#7a4a2a', denim: '#3b5b8c',
  bread: '#d9a25f', cake: '#f3d1a0', pasta: '#f2d27a', rubber: '#333333', bone: '#efe8d8', diamond: '#d8f4ff', brick: '#b4523a',
};

/** Colour words that are materials: a colour before a noun ("a paper boat"), a noun on their own ("the metal"). */
export const MATERIAL_WORDS: ReadonlySet<string> = new Set(['wooden', 'paper', 'metal', 'metallic', 'glass', 'stone', 'brass', 'steel', 'copper', 'bronze', 'gold', 'silver', 'platinum', 'pearl', 'ivory', 'ebony', 'jade', 'amber', 'coral', 'cream', 'chocolate', 'coffee', 'honey', 'caramel', 'ash', 'rust', 'slate', 'charcoal']);

/** Words asking for the art's own colours ("a colourful parrot"): resolved, with no tint. */
export const NATURAL_COLOR_WORDS: ReadonlySet<string> = new Set([
  'colorful', 'colourful', 'multicolored', 'multicoloured', 'rainbow', 'bright-colored', 'vibrant', 'vivid',
]);

/** "-ish" colour forms: "reddish" → red. */
export const COLOR_SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(red|pink|yellow|green|blue|purpl|orang|brown|black|whit|gr[ae]y)d?ish$/, '$1'],
];

/** Modifiers that lighten, darken or saturate the colour that follows. */
export const COLOR_MODIFIERS: Readonly<Record<string, { readonly lighten: number; readonly saturate?: number }>> = {
  light: { lighten: 0.35 }, pale: { lighten: 0.5, saturate: -0.3 }, pastel: { lighten: 0.45, saturate: -0.2 },
  soft: { lighten: 0.25 }, dark: { lighten: -0.4 }, deep: { lighten: -0.3, saturate: 0.1 }, bright: { lighten: 0.1, saturate: 0.3 },
  vivid: { lighten: 0, saturate: 0.35 }, vibrant: { lighten: 0, saturate: 0.35 }, dull: { lighten: -0.1, saturate: -0.4 },
  muted: { lighten: 0, saturate: -0.35 }, rich: { lighten: -0.1, saturate: 0.2 }, electric: { lighten: 0.05, saturate: 0.4 },
  hot: { lighten: 0.05, saturate: 0.3 }, neon: { lighten: 0.15, saturate: 0.5 }, baby: { lighten: 0.45 }, royal: { lighten: -0.15, saturate: 0.2 },
  midnight: { lighten: -0.55 }, sky: { lighten: 0.3 }, ice: { lighten: 0.5 }, forest: { lighten: -0.35 },
  blood: { lighten: -0.2, saturate: 0.2 }, lime: { lighten: 0.15, saturate: 0.2 }, sea: { lighten: -0.05 },
};

/** Natural colours of settings: a colour word that matches one is shown by the setting itself. */
export const SETTING_COLORS: Readonly<Record<string, readonly string[]>> = {
  sky: ['blue', 'azure', 'cerulean', 'grey', 'gray', 'orange', 'pink', 'red', 'purple', 'golden', 'dark', 'black'],
  ocean: ['blue', 'azure', 'turquoise', 'teal', 'green', 'dark', 'deep', 'aqua', 'cerulean', 'sapphire'],
  lake: ['blue', 'azure', 'turquoise', 'teal', 'green', 'dark', 'still', 'aqua'],
  river: ['blue', 'green', 'brown', 'dark'],
  grass: ['green', 'lush', 'golden', 'yellow'],
  hills: ['green', 'rolling', 'golden', 'brown', 'lush'],
  meadow: ['green', 'golden', 'lush', 'yellow'],
  forest: ['green', 'dark', 'lush', 'golden', 'orange', 'red'],
  desert: ['golden', 'yellow', 'orange', 'red', 'sandy', 'tan', 'beige'],
  beach: ['golden', 'white', 'sandy', 'yellow'],
  snow: ['white', 'snowy'],
  night: ['dark', 'black', 'blue'],
};
