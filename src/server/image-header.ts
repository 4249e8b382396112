/** The format and pixel size an image file states in its header. */
export interface ImageHeader {
  readonly format: 'png' | 'jpeg' | 'webp';
  readonly width: number;
  readonly height: number;
}

/**
 * Reads the format and dimensions from the first bytes of a PNG, JPEG or
 * WebP file without decoding it, so a decompression bomb (a small file that
 * claims a huge canvas) is refused before any pixel memory is allocated.
 * Returns null for anything else or a header that makes no sense.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number): string =>
    start + length <= bytes.length ? String.fromCharCode(...bytes.subarray(start, start + length)) : '';
  // PNG: signature, then the IHDR chunk with big-endian width and height.
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a && ascii(12, 4) === 'IHDR') {
    return sane('png', view.getUint32(16), view.getUint32(20));
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegHeader(bytes, view);
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return webpHeader(bytes, view, ascii);
  return null;
}

function jpegHeader(bytes: Uint8Array, view: DataView): ImageHeader | null {
  // Walk the marker segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC).
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sane('jpeg', view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + length;
  }
  return null;
}

function webpHeader(bytes: Uint8Array, view: DataView, ascii: (s: number, l: number) => string): ImageHeader | null {
  const chunk = ascii(12, 4);
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return sane('webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return sane('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return sane('webp', width, height);
  }
  return null;
}

function sane(format: ImageHeader['format'], width: number, height: number): ImageHeader | null {
  return width > 0 && height > 0 ? { format, width, height } : null;
}
