/**
 * The body of a render thread: runs one job at a time for the pool in
 * render-pool.ts, posting progress and the outcome back. Rendering is
 * CPU-bound and synchronous per frame, so it must not run on the thread that
 * answers HTTP.
 */
import { parentPort } from 'node:worker_threads';
import { CancelledError, InvalidRequestError } from '../util/errors.ts';
import type { ThreadReply, ThreadRequest } from './render-protocol.ts';
import { runRenderJob } from './render-job.ts';

const port = parentPort;
if (!port) throw new Error('render-thread.ts must run in a worker thread');

let current: { taskId: number; controller: AbortController } | null = null;

function send(reply: ThreadReply): void {
  port!.postMessage(reply);
}

port.on('message', (message: ThreadRequest) => {
  if (message.type === 'abort') {
    if (current?.taskId === message.taskId) current.controller.abort(new CancelledError(message.reason));
    return;
  }
  void run(message);
});

async function run(message: Extract<ThreadRequest, { type: 'run' }>): Promise<void> {
  const controller = new AbortController();
  current = { taskId: message.taskId, controller };
  let lastPercent = -1;
  try {
    const result = await runRenderJob(message.jobId, message.spec, message.dataRoot, {
      signal: controller.signal,
      onProgress: (fraction) => {
        const percent = Math.floor(fraction * 100);
        if (percent === lastPercent) return;
        lastPercent = percent;
        send({ type: 'progress', taskId: message.taskId, fraction });
      },
    });
    send({ type: 'done', taskId: message.taskId, result });
  } catch (error) {
    const name = error instanceof CancelledError ? 'CancelledError' : error instanceof InvalidRequestError ? 'InvalidRequestError' : 'Error';
    const param = error instanceof InvalidRequestError ? error.param : null;
    send({ type: 'failed', taskId: message.taskId, error: { name, message: (error as Error)?.message ?? String(error), param } });
  } finally {
    current = null;
  }
}

send({ type: 'ready' });
