import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import { spawn, type ChildProcess } from 'node:child_process';

/** The ffmpeg binary: DIORAMA_FFMPEG if set, else the static build bundled by @ffmpeg-installer. */
export function ffmpegPath(): string {
  return process.env.DIORAMA_FFMPEG || ffmpegInstaller.path;
}

const STDERR_TAIL = 4096;

/**
 * A running ffmpeg that reads raw frames on stdin. Writes honour backpressure
 * (wait for 'drain'), and a crashed ffmpeg surfaces as an error carrying the
 * tail of its log rather than as a hang or an EPIPE.
 */
export class FfmpegPipe {
  private readonly child: ChildProcess;
  private stderr = '';
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private failure: Error | null = null;

  constructor(args: readonly string[]) {
    this.child = spawn(ffmpegPath(), ['-hide_banner', '-nostdin', '-loglevel', 'error', ...args], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    });
    // EPIPE and friends: remembered and reported on the next write or finish.
    this.child.stdin!.on('error', (error) => {
      this.failure ??= error;
    });
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.failure ??= error;
        this.exitCode = null;
        resolve(null);
      });
      this.child.on('close', (code) => {
        this.exitCode = code;
        resolve(code);
      });
    });
  }

  /** Writes one chunk, waiting while the pipe is full. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.exitCode !== undefined || this.failure) throw this.error('ffmpeg stopped reading frames');
    const stdin = this.child.stdin!;
    if (!stdin.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stdin.off('drain', done);
          stdin.off('close', done);
          resolve();
        };
        stdin.on('drain', done);
        stdin.on('close', done);
        void this.exited.then(done);
      });
      if (this.exitCode !== undefined && this.exitCode !== 0) throw this.error('ffmpeg stopped reading frames');
    }
  }

  /** Closes stdin and waits for ffmpeg to finish writing its output. */
  async finish(): Promise<void> {
    this.child.stdin!.end();
    const code = await this.exited;
    if (code !== 0) throw this.error(`ffmpeg exited with code ${code}`);
  }

  /** Stops ffmpeg at once. */
  async abort(): Promise<void> {
    if (this.exitCode === undefined) this.child.kill('SIGKILL');
    await this.exited;
  }

  private error(message: string): Error {
    const log = this.stderr.trim().split('\n').slice(-3).join(' | ');
    const cause = this.failure ? ` (${this.failure.message})` : '';
    return new Error(`${message}${cause}${log ? `: ${log}` : ''}`);
  }
}

/** Runs ffmpeg to completion with the given arguments; resolves with its stderr. */
export function runFfmpeg(args: readonly string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => {
      stderr = (stderr + c).slice(-65536);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stderr);
      else reject(new Error(`ffmpeg exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}
