import { createCanvas, loadImage } from '@napi-rs/canvas';
import { writeFileAtomic } from '../util/atomic-file.ts';
import { ApiError, badRequest } from './api-error.ts';
import { readImageHeader, type ImageHeader } from './image-header.ts';

/** Bounds on reference images: bytes, and pixels checked from the header before decoding (64 MiB of pixels at most). */
export const REFERENCE_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxSide: 8192,
  maxPixels: 4096 * 4096,
  /** Decodes at once: each may hold up to 64 MiB of pixels. */
  concurrentDecodes: 2,
} as const;

/** Waits for a decode slot, so a burst of uploads cannot decode dozens of large images at once. */
const decodes = { running: 0, waiting: [] as Array<() => void> };

async function withDecodeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (decodes.running >= REFERENCE_LIMITS.concurrentDecodes) await new Promise<void>((resolve) => decodes.waiting.push(resolve));
  decodes.running++;
  try {
    return await work();
  } finally {
    decodes.running--;
    decodes.waiting.shift()?.();
  }
}

/** A reference image that passed every check and decoded. */
export interface CheckedImage {
  readonly header: ImageHeader;
  readonly bytes: Uint8Array;
}

/**
 * Checks an uploaded reference image: a JPEG, PNG or WebP by its bytes (not
 * its name or declared type), within the byte limit, with a header stating a
 * size within the pixel limits, and decoding to exactly that size.
 */
export async function checkReferenceImage(bytes: Uint8Array, param = 'input_reference'): Promise<CheckedImage> {
  if (bytes.length === 0) throw badRequest(`Invalid '${param}': the file is empty.`, param, 'invalid_image');
  if (bytes.length > REFERENCE_LIMITS.maxBytes) {
    throw new ApiError(413, `'${param}' is ${bytes.length} bytes; the limit is ${REFERENCE_LIMITS.maxBytes}.`, 'image_too_large', param);
  }
  const header = readImageHeader(bytes);
  if (!header) throw badRequest(`Invalid '${param}': expected a JPEG, PNG or WebP image.`, param, 'invalid_image_format');
  const { width, height } = header;
  if (width > REFERENCE_LIMITS.maxSide || height > REFERENCE_LIMITS.maxSide || width * height > REFERENCE_LIMITS.maxPixels) {
    throw badRequest(
      `Invalid '${param}': ${width}x${height} pixels is too large (at most ${REFERENCE_LIMITS.maxSide} per side and ${(REFERENCE_LIMITS.maxPixels / 1e6).toFixed(1)} megapixels).`,
      param,
      'image_too_large',
    );
  }
  const decoded = await withDecodeSlot(async () => {
    try {
      const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: image.width, height: image.height };
    } catch (error) {
      throw badRequest(`Invalid '${param}': the image could not be decoded (${(error as Error).message}).`, param, 'invalid_image');
    }
  });
  if (decoded.width !== width || decoded.height !== height) {
    throw badRequest(`Invalid '${param}': the image decodes to ${decoded.width}x${decoded.height} but its header says ${width}x${height}.`, param, 'invalid_image');
  }
  return { header, bytes };
}

/**
 * Writes a checked image as the background plate of a video: scaled to
 * cover the frame and centred (the reference "should match the target
 * size"), as PNG, atomically.
 */
export async function writeReferencePlate(image: CheckedImage, width: number, height: number, target: string): Promise<void> {
  const png = await withDecodeSlot(async () => {
    const decoded = await loadImage(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    const scale = Math.max(width / decoded.width, height / decoded.height);
    const w = decoded.width * scale;
    const h = decoded.height * scale;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(decoded, (width - w) / 2, (height - h) / 2, w, h);
    return canvas.encode('png');
  });
  await writeFileAtomic(target, png);
}

/** Decodes a `data:image/…;base64,…` URL into bytes; other URLs are refused (the server fetches nothing). */
export function bytesFromImageUrl(url: string, param: string): Uint8Array {
  const match = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*);base64,([\s\S]*)$/i.exec(url.trim());
  if (!match) {
    if (/^https?:\/\//i.test(url.trim())) {
      throw badRequest(
        `Invalid '${param}': this server does not download images from URLs. Send the image as a base64 data URL, a file upload, or a file_id from /v1/files.`,
        param,
        'unsupported_image_url',
      );
    }
    throw badRequest(`Invalid '${param}': expected a base64 data URL (data:image/png;base64,…).`, param, 'invalid_image_url');
  }
  const base64 = match[3]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(base64)) throw badRequest(`Invalid '${param}': the data URL is not valid base64.`, param, 'invalid_image_url');
  return new Uint8Array(Buffer.from(base64, base64.includes('-') || base64.includes('_') ? 'base64url' : 'base64'));
}
