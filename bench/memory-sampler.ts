import { readFileSync } from 'node:fs';

/**
 * Samples the resident memory of this process plus its direct children (ffmpeg)
 * every few milliseconds and keeps the peak: the figure a user's machine feels.
 */
export class MemorySampler {
  private peakBytes = 0;
  private timer: NodeJS.Timeout | null = null;

  start(intervalMs = 20): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peakBytes;
  }

  private sample(): void {
    const total = rssOf(process.pid) + childPids(process.pid).reduce((sum, pid) => sum + rssOf(pid), 0);
    if (total > this.peakBytes) this.peakBytes = total;
  }
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function childPids(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return tasks.split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
