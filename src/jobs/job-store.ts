import Database from 'better-sqlite3';
import type { JobSpec } from './job-spec.ts';
import type { FileRecord, NewVideo, VideoError, VideoRecord, VideoStatus } from './video-record.ts';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS videos (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL,
  kind TEXT NOT NULL,
  model TEXT NOT NULL,
  status TEXT NOT NULL,
  progress INTEGER NOT NULL DEFAULT 0,
  prompt TEXT NOT NULL,
  size TEXT NOT NULL,
  seconds TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  completed_at INTEGER,
  expires_at INTEGER,
  remixed_from_video_id TEXT,
  error_code TEXT,
  error_message TEXT,
  spec TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  assets_deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS videos_by_owner ON videos(owner, seq);
CREATE INDEX IF NOT EXISTS videos_by_status ON videos(status, seq);
CREATE TABLE IF NOT EXISTS files (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  filename TEXT NOT NULL,
  purpose TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
`;

interface VideoRow {
  seq: number;
  id: string;
  owner: string;
  kind: string;
  model: string;
  status: string;
  progress: number;
  prompt: string;
  size: string;
  seconds: string;
  created_at: number;
  started_at: number | null;
  completed_at: number | null;
  expires_at: number | null;
  remixed_from_video_id: string | null;
  error_code: string | null;
  error_message: string | null;
  spec: string;
  attempts: number;
  assets_deleted: number;
}

interface FileRow {
  id: string;
  owner: string;
  filename: string;
  purpose: string;
  bytes: number;
  created_at: number;
}

/** A page of a key's videos. */
export interface VideoPage {
  readonly data: VideoRecord[];
  readonly hasMore: boolean;
}

/** What `list` may be asked for; `after` is the id of the last item of the previous page. */
export interface ListQuery {
  readonly after: string | null;
  readonly limit: number;
  readonly order: 'asc' | 'desc';
}

/** The outcome of start-up recovery. */
export interface Recovery {
  /** Interrupted jobs put back in the queue. */
  readonly requeued: string[];
  /** Jobs that were interrupted too often and are now failed. */
  readonly failed: string[];
}

/** How long progress may stay only in memory before it is written (it is shown live either way). */
const PROGRESS_FLUSH_MS = 1000;

/**
 * The durable record of every job: SQLite in WAL mode with full syncs, so a
 * job acknowledged to a client survives a crash of the process or the
 * machine. Only one process opens the database (the server); remote workers
 * report through the queue. Progress is kept live in memory and written at
 * most once a second per job.
 */
export class JobStore {
  private readonly db: Database;
  private readonly liveProgress = new Map<string, { value: number; writtenAt: number }>();

  constructor(file: string) {
    this.db = new Database(file, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`the job database ${file} was written by a newer Diorama (schema ${version}); upgrade to open it`);
    }
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  /** Adds a queued job. */
  insert(video: NewVideo): VideoRecord {
    this.db
      .prepare(
        `INSERT INTO videos (id, owner, kind, model, status, progress, prompt, size, seconds, created_at, remixed_from_video_id, spec)
         VALUES (?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?, ?)`,
      )
      .run(video.id, video.owner, video.kind, video.model, video.prompt, video.size, video.seconds, video.createdAt, video.remixedFromVideoId, JSON.stringify(video.spec));
    return this.get(video.id)!;
  }

  /** A job by id, whoever owns it. */
  get(id: string): VideoRecord | null {
    const row = this.db.prepare<VideoRow>('SELECT * FROM videos WHERE id = ?').get(id);
    return row ? this.toRecord(row) : null;
  }

  /** A job by id if `owner` owns it (others get null, as if it did not exist). */
  getOwned(id: string, owner: string): VideoRecord | null {
    const record = this.get(id);
    return record && record.owner === owner ? record : null;
  }

  /** One page of an owner's jobs by creation order. Returns null when `after` names no job of theirs. */
  list(owner: string, query: ListQuery): VideoPage | null {
    let cursor: number | null = null;
    if (query.after) {
      const row = this.db.prepare<{ seq: number }>('SELECT seq FROM videos WHERE id = ? AND owner = ?').get(query.after, owner);
      if (!row) return null;
      cursor = row.seq;
    }
    const comparison = query.order === 'asc' ? '>' : '<';
    const where = cursor === null ? 'owner = ?' : `owner = ? AND seq ${comparison} ?`;
    const params: unknown[] = cursor === null ? [owner] : [owner, cursor];
    const rows = this.db
      .prepare<VideoRow>(`SELECT * FROM videos WHERE ${where} ORDER BY seq ${query.order === 'asc' ? 'ASC' : 'DESC'} LIMIT ?`)
      .all(...params, query.limit + 1);
    return { data: rows.slice(0, query.limit).map((r) => this.toRecord(r)), hasMore: rows.length > query.limit };
  }

  /** Jobs of an owner that are waiting or running (for the per-key cap). */
  countPending(owner: string): number {
    const row = this.db.prepare<{ n: number }>("SELECT COUNT(*) AS n FROM videos WHERE owner = ? AND status IN ('queued', 'in_progress')").get(owner);
    return row?.n ?? 0;
  }

  /** Takes the oldest queued job and marks it running, atomically. */
  claimNext(now: number): VideoRecord | null {
    const row = this.db
      .prepare<VideoRow>(
        `UPDATE videos SET status = 'in_progress', started_at = ?, attempts = attempts + 1, progress = 0
         WHERE seq = (SELECT seq FROM videos WHERE status = 'queued' ORDER BY seq LIMIT 1) RETURNING *`,
      )
      .get(now);
    return row ? this.toRecord(row) : null;
  }

  /** Marks a job running (when a remote worker picked it up). */
  markStarted(id: string, now: number, attempts: number): boolean {
    const result = this.db
      .prepare("UPDATE videos SET status = 'in_progress', started_at = COALESCE(started_at, ?), attempts = MAX(attempts, ?) WHERE id = ? AND status IN ('queued', 'in_progress')")
      .run(now, attempts, id);
    return result.changes > 0;
  }

  /** Records progress (0–100); returns false when the job is gone or finished. */
  setProgress(id: string, progress: number): boolean {
    const value = Math.max(0, Math.min(100, Math.floor(progress)));
    const live = this.liveProgress.get(id);
    const now = Date.now();
    if (live && live.value === value) return true;
    if (live && now - live.writtenAt < PROGRESS_FLUSH_MS) {
      live.value = value;
      return true;
    }
    const result = this.db.prepare("UPDATE videos SET progress = ? WHERE id = ? AND status = 'in_progress'").run(value, id);
    if (result.changes === 0) {
      this.liveProgress.delete(id);
      return false;
    }
    this.liveProgress.set(id, { value, writtenAt: now });
    return true;
  }

  /** Marks a job completed; false when it was deleted meanwhile. */
  complete(id: string, done: { seconds: string; completedAt: number; expiresAt: number | null }): boolean {
    this.liveProgress.delete(id);
    const result = this.db
      .prepare(
        `UPDATE videos SET status = 'completed', progress = 100, seconds = ?, completed_at = ?, expires_at = ?, error_code = NULL, error_message = NULL
         WHERE id = ? AND status IN ('queued', 'in_progress')`,
      )
      .run(done.seconds, done.completedAt, done.expiresAt, id);
    return result.changes > 0;
  }

  /** Marks a job failed; false when it was deleted or finished meanwhile. */
  fail(id: string, error: VideoError, now: number): boolean {
    this.liveProgress.delete(id);
    const result = this.db
      .prepare(
        `UPDATE videos SET status = 'failed', completed_at = ?, error_code = ?, error_message = ?
         WHERE id = ? AND status IN ('queued', 'in_progress')`,
      )
      .run(now, error.code, error.message.slice(0, 1000), id);
    return result.changes > 0;
  }

  /** Puts a running job back in the queue (shutdown, lost worker). */
  requeue(id: string): boolean {
    this.liveProgress.delete(id);
    const result = this.db.prepare("UPDATE videos SET status = 'queued', progress = 0 WHERE id = ? AND status = 'in_progress'").run(id);
    return result.changes > 0;
  }

  /** Removes a job's record; false when there was none. */
  delete(id: string): boolean {
    this.liveProgress.delete(id);
    return this.db.prepare('DELETE FROM videos WHERE id = ?').run(id).changes > 0;
  }

  /**
   * After a crash or restart: jobs left "in_progress" were interrupted. They
   * go back to the queue, unless they have started `maxAttempts` times already
   * (a render that kills the process must not loop forever).
   */
  recoverInterrupted(maxAttempts: number, now: number): Recovery {
    return this.db.transaction(() => {
      const rows = this.db.prepare<{ id: string; attempts: number }>("SELECT id, attempts FROM videos WHERE status = 'in_progress' ORDER BY seq").all();
      const requeued: string[] = [];
      const failed: string[] = [];
      for (const row of rows) {
        if (row.attempts >= maxAttempts) {
          this.fail(row.id, { code: 'render_interrupted', message: `the render was interrupted ${row.attempts} times; giving up` }, now);
          failed.push(row.id);
        } else {
          this.requeue(row.id);
          requeued.push(row.id);
        }
      }
      return { requeued, failed };
    })();
  }

  /** Jobs not yet finished, oldest first. */
  unfinished(): VideoRecord[] {
    return this.db
      .prepare<VideoRow>("SELECT * FROM videos WHERE status IN ('queued', 'in_progress') ORDER BY seq")
      .all()
      .map((r) => this.toRecord(r));
  }

  /** Completed jobs whose assets expired and still exist. */
  expired(now: number): VideoRecord[] {
    return this.db
      .prepare<VideoRow>("SELECT * FROM videos WHERE status = 'completed' AND assets_deleted = 0 AND expires_at IS NOT NULL AND expires_at <= ?")
      .all(now)
      .map((r) => this.toRecord(r));
  }

  /** Notes that an expired job's files were removed. */
  markAssetsDeleted(id: string): void {
    this.db.prepare('UPDATE videos SET assets_deleted = 1 WHERE id = ?').run(id);
  }

  /** Records an uploaded file. */
  insertFile(file: FileRecord): void {
    this.db
      .prepare('INSERT INTO files (id, owner, filename, purpose, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(file.id, file.owner, file.filename, file.purpose, file.bytes, file.createdAt);
  }

  /** An uploaded file if `owner` owns it. */
  getFile(id: string, owner: string): FileRecord | null {
    const row = this.db.prepare<FileRow>('SELECT * FROM files WHERE id = ? AND owner = ?').get(id, owner);
    return row ? { id: row.id, owner: row.owner, filename: row.filename, purpose: row.purpose, bytes: row.bytes, createdAt: row.created_at } : null;
  }

  /** Removes an uploaded file's record. */
  deleteFile(id: string, owner: string): boolean {
    return this.db.prepare('DELETE FROM files WHERE id = ? AND owner = ?').run(id, owner).changes > 0;
  }

  /** Closes the database (the WAL is checkpointed). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  private toRecord(row: VideoRow): VideoRecord {
    const live = this.liveProgress.get(row.id);
    return {
      id: row.id,
      owner: row.owner,
      kind: row.kind as VideoRecord['kind'],
      model: row.model,
      status: row.status as VideoStatus,
      progress: row.status === 'in_progress' && live ? live.value : row.progress,
      prompt: row.prompt,
      size: row.size,
      seconds: row.seconds,
      createdAt: row.created_at,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      expiresAt: row.expires_at,
      remixedFromVideoId: row.remixed_from_video_id,
      error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
      spec: JSON.parse(row.spec) as JobSpec,
      attempts: row.attempts,
      assetsDeleted: row.assets_deleted === 1,
    };
  }
}
