import { copyFile, link, readFile } from 'node:fs/promises';
import type { DataFolder } from '../jobs/data-folder.ts';
import { isVideoId, newVideoId } from '../jobs/data-folder.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { formatSeconds, type JobLifecycle } from '../jobs/job-lifecycle.ts';
import type { JobSpec } from '../jobs/job-spec.ts';
import type { JobStore } from '../jobs/job-store.ts';
import { unixNow, type NewVideo, type VideoKind, type VideoRecord } from '../jobs/video-record.ts';
import { LIMITS } from '../plan/limits.ts';
import { ApiError, badRequest, videoNotFound } from './api-error.ts';
import { bytesFromImageUrl, checkReferenceImage, writeReferencePlate, type CheckedImage } from './reference-image.ts';
import type { RequestBody } from './request-body.ts';
import { parseStoryboard, type StoryboardParams } from './storyboard-params.ts';
import { modelFamily, parsePrompt, parseSeconds, parseVideoParams } from './video-params.ts';

/** How long a create waits for the queue to take a job before answering anyway (the job is already durable). */
const QUEUE_SUBMIT_TIMEOUT_MS = 5_000;

/** What the submitter needs. */
export interface SubmitterDeps {
  readonly store: JobStore;
  readonly data: DataFolder;
  readonly lifecycle: JobLifecycle;
  readonly queue: JobQueue;
  /** Most queued or running jobs one key may have. */
  readonly maxPendingPerKey: number;
  readonly isDraining: () => boolean;
  readonly log: (line: string) => void;
}

/**
 * Turns validated requests into durable jobs: everything a job will read is
 * copied into its folder (the reference plate; for remixes and extensions the
 * source's plan, reference and video), the record is written, then the
 * queue is told. A crash at any point leaves either no job or a complete one.
 */
export class JobSubmitter {
  constructor(private readonly deps: SubmitterDeps) {}

  /** POST /v1/videos (with `shots`: a storyboard). */
  async create(owner: string, body: RequestBody): Promise<VideoRecord> {
    const storyboard = parseStoryboard(body.fields);
    if (storyboard) return this.createStoryboard(owner, body, storyboard);
    const prompt = parsePrompt(body.fields);
    const params = parseVideoParams(body.fields);
    const image = await this.referenceImage(owner, body);
    this.checkCapacity(owner);
    return this.inNewFolder(async (id) => {
      if (image) await writeReferencePlate(image, params.width, params.height, this.deps.data.videoFile(id, 'reference.png'));
      const spec: JobSpec = {
        kind: 'create',
        prompt,
        output: { width: params.width, height: params.height, fps: params.fps, seconds: params.seconds },
        seed: params.seed,
        style: params.style,
        reference: image !== null,
      };
      return { id, owner, kind: 'create', model: params.model, prompt, size: params.size, seconds: formatSeconds(params.seconds), remixedFromVideoId: null, spec };
    });
  }

  /** A create request with `shots`: one video of several shots, each planned from its own prompt. */
  private async createStoryboard(owner: string, body: RequestBody, storyboard: StoryboardParams): Promise<VideoRecord> {
    const params = parseVideoParams({ ...body.fields, seconds: storyboard.seconds });
    const image = await this.referenceImage(owner, body);
    this.checkCapacity(owner);
    return this.inNewFolder(async (id) => {
      if (image) await writeReferencePlate(image, params.width, params.height, this.deps.data.videoFile(id, 'reference.png'));
      const spec: JobSpec = {
        kind: 'storyboard',
        prompt: storyboard.prompt,
        shots: storyboard.shots,
        output: { width: params.width, height: params.height, fps: params.fps, seconds: params.seconds },
        seed: params.seed,
        style: params.style,
        reference: image !== null,
      };
      const { prompt } = storyboard;
      return { id, owner, kind: 'storyboard', model: params.model, prompt, size: params.size, seconds: formatSeconds(params.seconds), remixedFromVideoId: null, spec };
    });
  }

  /** POST /v1/videos/{id}/remix and POST /v1/videos/edits with a video id. */
  async remix(owner: string, sourceId: string, body: RequestBody, kind: Extract<VideoKind, 'remix' | 'edit'>): Promise<VideoRecord> {
    const prompt = parsePrompt(body.fields);
    const source = this.finishedSource(owner, sourceId, kind === 'edit' ? 'video' : 'video_id');
    this.checkCapacity(owner);
    const plans = await this.sourcePlans(source.id);
    return this.inNewFolder(async (id) => {
      const reference = await this.linkInput(source.id, id, 'reference.png', 'reference.png');
      const spec: JobSpec = { kind: 'remix', prompt, sourcePlan: plans.whole, reference };
      return { id, owner, kind, model: source.model, prompt, size: source.size, seconds: source.seconds, remixedFromVideoId: source.id, spec };
    });
  }

  /** POST /v1/videos/extensions. */
  async extend(owner: string, sourceId: string, body: RequestBody): Promise<VideoRecord> {
    const prompt = parsePrompt(body.fields);
    const source = this.finishedSource(owner, sourceId, 'video');
    const given = body.fields.seconds;
    if (given === undefined || given === null || given === '') {
      throw badRequest("Missing required parameter: 'seconds'.", 'seconds', 'missing_required_parameter');
    }
    const family = modelFamily(source.model) ?? 'diorama';
    const seconds = parseSeconds(typeof given === 'number' ? given : Number(String(given).trim()), family, 'seconds');
    if (Number.isNaN(seconds)) throw badRequest(`Invalid 'seconds': ${JSON.stringify(given)}.`, 'seconds');
    const total = Number(source.seconds) + seconds;
    if (total > LIMITS.maxSeconds + 1e-9) {
      throw badRequest(`The extended video would last ${formatSeconds(total)} s; a video may last at most ${LIMITS.maxSeconds} s.`, 'seconds', 'video_too_long');
    }
    this.checkCapacity(owner);
    const plans = await this.sourcePlans(source.id);
    return this.inNewFolder(async (id) => {
      await this.linkInput(source.id, id, 'video.mp4', 'source.mp4', true);
      const reference = await this.linkInput(source.id, id, 'reference.png', 'reference.png');
      const spec: JobSpec = { kind: 'extend', prompt, seconds, sourcePlan: plans.whole, sourceSegmentPlan: plans.segment, reference };
      return { id, owner, kind: 'extend', model: source.model, prompt, size: source.size, seconds: formatSeconds(total), remixedFromVideoId: null, spec };
    });
  }

  /** Prepares a new job's folder and accepts the job; the folder is removed again if preparing fails. */
  private async inNewFolder(prepare: (id: string) => Promise<Omit<NewVideo, 'createdAt'>>): Promise<VideoRecord> {
    const id = newVideoId();
    this.deps.data.createVideoDir(id);
    let video: Omit<NewVideo, 'createdAt'>;
    try {
      video = await prepare(id);
    } catch (error) {
      await this.deps.data.removeVideo(id);
      throw error;
    }
    return this.accept(video);
  }

  private async accept(video: Omit<NewVideo, 'createdAt'>): Promise<VideoRecord> {
    const record = this.deps.store.insert({ ...video, createdAt: unixNow() });
    this.deps.lifecycle.accepted(record);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.deps.queue.submit(record),
      new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error('the queue did not answer in time')), QUEUE_SUBMIT_TIMEOUT_MS))),
    ])
      .catch((error: unknown) => this.deps.log(`queued ${record.id} in the store only (the queue will pick it up later): ${(error as Error).message}`))
      .finally(() => clearTimeout(timer));
    return record;
  }

  private checkCapacity(owner: string): void {
    if (this.deps.isDraining()) {
      throw new ApiError(503, 'The server is shutting down and takes no new jobs; retry shortly.', 'server_shutting_down', null, 'server_error');
    }
    const pending = this.deps.store.countPending(owner);
    if (pending >= this.deps.maxPendingPerKey) {
      throw new ApiError(
        429,
        `You have ${pending} videos queued or in progress; the limit is ${this.deps.maxPendingPerKey}. Wait for some to finish.`,
        'too_many_pending_jobs',
        null,
        'requests',
        { 'retry-after': '10' },
      );
    }
  }

  /** A completed, unexpired video of `owner`, or the error saying why not. */
  private finishedSource(owner: string, id: string, param: string): VideoRecord {
    const source = isVideoId(id) ? this.deps.store.getOwned(id, owner) : null;
    if (!source) throw videoNotFound(id);
    if (source.status === 'failed') throw badRequest(`Video '${id}' failed; only a completed video can be used here.`, param, 'video_failed');
    if (source.status !== 'completed') {
      throw badRequest(`Video '${id}' is ${source.status.replace('_', ' ')}; wait until it is completed.`, param, 'video_not_ready');
    }
    if (source.assetsDeleted) throw new ApiError(404, `The content of video '${id}' has expired.`, 'video_expired', param);
    return source;
  }

  /** The source's whole plan and the plan of its last segment, their reference removed (the job links its own). */
  private async sourcePlans(sourceId: string): Promise<{ whole: unknown; segment: unknown }> {
    const read = async (name: string): Promise<Record<string, unknown> | null> => {
      try {
        const plan = JSON.parse(await readFile(this.deps.data.videoFile(sourceId, name), 'utf8')) as Record<string, unknown>;
        return { ...plan, reference: null };
      } catch {
        return null;
      }
    };
    const whole = await read('plan.json');
    if (!whole) throw new ApiError(404, `The plan of video '${sourceId}' is missing; it cannot be remixed or extended.`, 'video_expired', 'video_id');
    return { whole, segment: (await read('segment-plan.json')) ?? whole };
  }

  /** Hard-links (or copies) a file of the source into the new job's folder; false when the source has none. */
  private async linkInput(sourceId: string, id: string, from: string, to: string, required = false): Promise<boolean> {
    const source = this.deps.data.videoFile(sourceId, from);
    const target = this.deps.data.videoFile(id, to);
    try {
      await link(source, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (required) throw new ApiError(404, `The content of video '${sourceId}' is missing.`, 'video_expired', 'video');
        return false;
      }
      await copyFile(source, target);
      return true;
    }
  }

  /** The reference image of a create request: a file part, a data URL, or an uploaded file's id. */
  private async referenceImage(owner: string, body: RequestBody): Promise<CheckedImage | null> {
    const param = 'input_reference';
    const file = body.files[param];
    if (file) return checkReferenceImage(new Uint8Array(await file.arrayBuffer()), param);
    const value = body.fields[param];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value === 'string') return checkReferenceImage(bytesFromImageUrl(value, param), param);
    if (typeof value !== 'object' || Array.isArray(value)) throw badRequest(`Invalid '${param}': expected a file or an object.`, param, 'invalid_type');
    const { image_url: imageUrl, file_id: fileId } = value as Record<string, unknown>;
    const given = [imageUrl, fileId].filter((v) => v !== undefined && v !== null && v !== '');
    if (given.length !== 1) throw badRequest(`Invalid '${param}': give exactly one of image_url and file_id.`, param);
    if (typeof imageUrl === 'string' && imageUrl) return checkReferenceImage(bytesFromImageUrl(imageUrl, `${param}.image_url`), `${param}.image_url`);
    if (typeof fileId === 'string' && fileId) {
      const record = this.deps.store.getFile(fileId, owner);
      if (!record) throw new ApiError(404, `No file found with id '${fileId.slice(0, 80)}'.`, 'file_not_found', `${param}.file_id`);
      return checkReferenceImage(new Uint8Array(await readFile(this.deps.data.uploadPath(fileId))), `${param}.file_id`);
    }
    throw badRequest(`Invalid '${param}': image_url and file_id must be strings.`, param, 'invalid_type');
  }
}
