/**
 * Kinds drawn with a shared stand-in art whose own colour is wrong for them:
 * the emoji set has one bird (red), so a gull, a canary or a crow is that bird
 * in the kind's colour. The colour is a plan colour (entity.color), tinted
 * over the art's shading; a colour the prompt says ("a white pigeon") wins.
 * `art` is the stand-in the colour is for, so a kind that later gets art of
 * its own is drawn as drawn.
 */
export interface NaturalColor {
  readonly hex: string;
  readonly name: string;
  readonly art: string;
}

const BIRD = 'emoji:1f426';

const bird = (hex: string, name: string, ...kinds: string[]): Array<[string, NaturalColor]> => kinds.map((k) => [k, { hex, name, art: BIRD }]);

export const NATURAL_COLORS: Readonly<Record<string, NaturalColor>> = Object.fromEntries([
  ...bird('#dde1e5', 'white', 'gull', 'gulls', 'seagull', 'seagulls', 'sea gull', 'sea gulls'),
  ...bird('#f5d02c', 'yellow', 'canary', 'canaries', 'goldfinch', 'goldfinches'),
  ...bird('#9ba1ab', 'grey', 'pigeon', 'pigeons', 'rock dove', 'rock doves'),
  ...bird('#34373d', 'black', 'crow', 'crows', 'raven', 'ravens', 'blackbird', 'blackbirds', 'rook', 'rooks', 'jackdaw', 'jackdaws', 'starling', 'starlings'),
  ...bird('#94683f', 'brown', 'sparrow', 'sparrows', 'wren', 'wrens'),
  ...bird('#3b7bd8', 'blue', 'bluebird', 'bluebirds', 'blue jay', 'blue jays', 'jay', 'jays'),
  ...bird('#d21f2a', 'red', 'cardinal', 'cardinals'),
]);

/** The natural colour of a kind drawn as `asset`, or null when its art already shows it. */
export function naturalColor(noun: string, asset: string): NaturalColor | null {
  const found = Object.hasOwn(NATURAL_COLORS, noun) ? NATURAL_COLORS[noun]! : null;
  return found && found.art === asset ? found : null;
}
