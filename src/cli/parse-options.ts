import { InvalidRequestError } from '../util/errors.ts';

/** Parses "1280x720" into even-checked numbers (range checks happen in the request). */
export function parseSize(text: string): { width: number; height: number } {
  const m = /^\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*$/.exec(text);
  if (!m) throw new InvalidRequestError(`--size must look like 1280x720 (got "${text}")`, 'size');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Parses a whole number option strictly ("30", not "30fps" or "3e1"). */
export function parseWhole(name: string, text: string): number {
  if (!/^\s*\d{1,10}\s*$/.test(text)) throw new InvalidRequestError(`--${name} must be a whole number (got "${text}")`, name);
  return Number(text);
}

/** Parses a decimal number option ("5", "2.5"). */
export function parseDecimal(name: string, text: string): number {
  if (!/^\s*\d{1,6}(\.\d{1,6})?\s*$/.test(text)) throw new InvalidRequestError(`--${name} must be a number (got "${text}")`, name);
  return Number(text);
}

/** A file name made from a prompt: "a-red-fox-trotting.mp4". */
export function outputNameFor(prompt: string, format: string): string {
  const slug = prompt
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  return `${slug || 'diorama'}.${format}`;
}
