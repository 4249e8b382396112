import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Every frame read back from Skia is a fresh 3.7 MB buffer (at 720p) living
 * outside the V8 heap, behind a small JS object. V8 collects those objects
 * lazily, so dozens of dead frames pile up (100 MB and more) and each new
 * frame lands in freshly mapped pages, which are slow to touch on this kind
 * of machine. A young-generation collection every few frames frees them
 * while they are still few and lets the allocator reuse their pages: it
 * costs a fraction of a millisecond and keeps a 720p render within budget.
 */
type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect === undefined) {
    try {
      // The flag only exposes gc() to contexts created after it is set.
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Frames between collections. */
const EVERY = 2;

/**
 * Call before rendering each frame: every few frames, collects the dead frame
 * buffers and returns a promise that resolves after one turn of the event
 * loop. Wait for it: the buffers' memory is only given back by finalizers
 * that run on such a turn, and a caller whose writes never block (a fast
 * encoder, or none) would otherwise never take one and pile up hundreds of
 * megabytes.
 */
export function releaseFrames(count: number): Promise<void> | null {
  if (count % EVERY !== 0) return null;
  collector()?.({ type: 'minor' });
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Call after restyling a static bitmap: a style's per-pixel pass leaves tens
 * of megabytes of scratch buffers and canvases that V8 would keep until some
 * later collection; freeing them at once keeps preparation's peak low.
 */
export function releaseScratch(): void {
  collector()?.({ type: 'minor' });
}
