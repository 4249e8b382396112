import type { JobSpec, RenderResult } from './job-spec.ts';

/** Messages the pool sends a render thread. */
export type ThreadRequest =
  | { readonly type: 'run'; readonly taskId: number; readonly jobId: string; readonly spec: JobSpec; readonly dataRoot: string }
  | { readonly type: 'abort'; readonly taskId: number; readonly reason: string };

/** An error crossing the thread boundary (classes do not survive structured cloning). */
export interface ThreadError {
  readonly name: 'CancelledError' | 'InvalidRequestError' | 'Error';
  readonly message: string;
  readonly param: string | null;
}

/** Messages a render thread sends back. */
export type ThreadReply =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly taskId: number; readonly fraction: number }
  | { readonly type: 'done'; readonly taskId: number; readonly result: RenderResult }
  | { readonly type: 'failed'; readonly taskId: number; readonly error: ThreadError };
