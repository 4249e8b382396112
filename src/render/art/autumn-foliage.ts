/**
 * Autumn colours for broadleaf trees. Each tree turns its own shade (orange,
 * red, gold, rust) so a row of them reads as a fall wood, not one dyed block;
 * evergreens and palms stay as drawn.
 */
export const AUTUMN_LEAVES: readonly string[] = ['#e07a22', '#c8372d', '#e3a91f', '#b8562a', '#ee9a2c', '#a83a24'];

/** Art whose leaves turn in autumn (the broadleaf tree, not pines or palms). */
export function isDeciduous(asset: string): boolean {
  return asset === 'emoji:1f333';
}

/** A tree's autumn colour, fixed by its name so every frame and render agrees. */
export function autumnLeafColor(key: string): string {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return AUTUMN_LEAVES[(h >>> 0) % AUTUMN_LEAVES.length]!;
}
