import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Video ids: "video_" and 32 lowercase hex digits. Anything else never touches the file system. */
export const VIDEO_ID_PATTERN = /^video_[0-9a-f]{32}$/;
/** Uploaded file ids: "file-" and 32 lowercase hex digits. */
export const FILE_ID_PATTERN = /^file-[0-9a-f]{32}$/;

/** A fresh random video id. */
export function newVideoId(): string {
  return `video_${randomBytes(16).toString('hex')}`;
}

/** A fresh random uploaded-file id. */
export function newFileId(): string {
  return `file-${randomBytes(16).toString('hex')}`;
}

/** True for a well-formed video id. */
export function isVideoId(id: string): boolean {
  return VIDEO_ID_PATTERN.test(id);
}

/** The downloadable assets of a video and their file names. */
export const ASSET_FILES = {
  video: 'video.mp4',
  thumbnail: 'thumbnail.webp',
  spritesheet: 'spritesheet.jpg',
} as const;

export type AssetVariant = keyof typeof ASSET_FILES;

/**
 * The layout of a data folder. Everything a job needs or makes lives in
 * `videos/<id>/`, so deleting a video is one `rm -r`, and paths inside job
 * specs are relative to the root so that workers on other machines can mount
 * the shared folder anywhere.
 *
 *   jobs.sqlite            job records (WAL)
 *   videos/<id>/           video.mp4, thumbnail.webp, spritesheet.jpg, plan.json,
 *                          segment-plan.json, reference.png, source.mp4 (extensions)
 *   uploads/<file-id>      images uploaded through /v1/files
 */
export class DataFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Creates the folders (synchronously: called once at start-up). */
  ensure(): void {
    mkdirSync(path.join(this.root, 'videos'), { recursive: true });
    mkdirSync(path.join(this.root, 'uploads'), { recursive: true });
  }

  get databasePath(): string {
    return path.join(this.root, 'jobs.sqlite');
  }

  /** The folder of one video; throws for a malformed id so no caller can escape the root. */
  videoDir(id: string): string {
    if (!isVideoId(id)) throw new Error(`not a video id: ${JSON.stringify(id)}`);
    return path.join(this.root, 'videos', id);
  }

  /** A named file inside a video's folder. */
  videoFile(id: string, name: string): string {
    if (!/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(name)) throw new Error(`bad file name ${name}`);
    return path.join(this.videoDir(id), name);
  }

  /** A downloadable asset of a video. */
  assetPath(id: string, variant: AssetVariant): string {
    return this.videoFile(id, ASSET_FILES[variant]);
  }

  /** The stored bytes of an uploaded file. */
  uploadPath(fileId: string): string {
    if (!FILE_ID_PATTERN.test(fileId)) throw new Error(`not a file id: ${JSON.stringify(fileId)}`);
    return path.join(this.root, 'uploads', fileId);
  }

  /** Makes the folder of a video. */
  createVideoDir(id: string): string {
    const dir = this.videoDir(id);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Removes a video's folder and everything in it. */
  async removeVideo(id: string): Promise<void> {
    await rm(this.videoDir(id), { recursive: true, force: true });
  }

  /**
   * Removes what an interrupted render left behind: hidden `.partial` files
   * and the intermediate segment of an extension. Finished assets of an
   * unfinished job are removed too, so a rerun starts clean.
   */
  async removeLeftovers(id: string, keep: readonly string[]): Promise<void> {
    const dir = this.videoDir(id);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    await Promise.all(names.filter((n) => !keep.includes(n)).map((n) => rm(path.join(dir, n), { force: true, recursive: true })));
  }
}
