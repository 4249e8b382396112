/** The frame shapes the studio offers. */
export const ASPECTS = [
  { id: '16:9', label: 'Landscape', across: 16, down: 9 },
  { id: '9:16', label: 'Portrait', across: 9, down: 16 },
  { id: '1:1', label: 'Square', across: 1, down: 1 },
] as const;

export type AspectId = (typeof ASPECTS)[number]['id'];

/** Resolutions by the length of the short side, from a quick draft to full HD. */
export const RESOLUTIONS = [
  { short: 240, label: '240p draft' },
  { short: 360, label: '360p' },
  { short: 480, label: '480p' },
  { short: 720, label: '720p HD' },
  { short: 1080, label: '1080p Full HD' },
] as const;

/**
 * The frame size for an aspect and a short side: the long side in
 * proportion, rounded to an even number (video encoders need even sizes).
 */
export function frameSize(aspect: AspectId, short: number): { width: number; height: number } {
  const shape = ASPECTS.find((a) => a.id === aspect) ?? ASPECTS[0];
  const long = Math.round((short * Math.max(shape.across, shape.down)) / Math.min(shape.across, shape.down) / 2) * 2;
  return shape.across >= shape.down ? { width: long, height: short } : { width: short, height: long };
}

/** "1280x720", as the API writes sizes. */
export function sizeText(size: { width: number; height: number }): string {
  return `${size.width}x${size.height}`;
}

/** "1280 × 720" for people. */
export function sizeLabel(size: string): string {
  return size.replace(/x/i, ' × ');
}
