import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createAtomicFile } from '../util/atomic-file.ts';
import { runFfmpeg } from './ffmpeg.ts';

/**
 * Joins videos end to end without re-encoding (ffmpeg's concat demuxer with
 * stream copy). The inputs must share codec, size, frame rate and pixel
 * format, as segments rendered by the same encoder with the same output
 * settings do. The result appears atomically at `output`.
 */
export async function concatVideos(inputs: readonly string[], output: string): Promise<void> {
  if (inputs.length === 0) throw new Error('nothing to join');
  const target = createAtomicFile(output);
  const list = path.join(path.dirname(target.finalPath), `.concat-${path.basename(target.tempPath)}.txt`);
  // The list format quotes with single quotes; a quote inside a path is written as '\''.
  const lines = inputs.map((file) => `file '${path.resolve(file).replace(/'/g, "'\\''")}'`);
  try {
    await writeFile(list, `ffconcat version 1.0\n${lines.join('\n')}\n`);
    await runFfmpeg(['-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', target.tempPath]);
    await target.commit();
  } catch (error) {
    await target.abort();
    throw error;
  } finally {
    await rm(list, { force: true });
  }
}
