import path from 'node:path';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { newVideoId } from './data-folder.ts';
import { JobStore } from './job-store.ts';
import type { NewVideo } from './video-record.ts';

function openStore(): { store: JobStore; file: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'diorama-store-')), 'jobs.sqlite');
  return { store: new JobStore(file), file };
}

function video(owner: string, createdAt = 1000): NewVideo {
  return {
    id: newVideoId(),
    owner,
    kind: 'create',
    model: 'sora-2',
    prompt: 'a cat',
    size: '720x1280',
    seconds: '4',
    createdAt,
    remixedFromVideoId: null,
    spec: { kind: 'create', prompt: 'a cat', output: { width: 720, height: 1280, fps: 30, seconds: 4 }, seed: null, style: null, reference: false },
  };
}

describe('JobStore', () => {
  it('stores jobs queued and survives reopening (the spec round-trips)', () => {
    const { store, file } = openStore();
    const v = video('a');
    expect(store.insert(v)).toMatchObject({ id: v.id, status: 'queued', progress: 0, attempts: 0, error: null });
    store.close();
    const again = new JobStore(file);
    expect(again.get(v.id)?.spec).toEqual(v.spec);
    again.close();
  });

  it('pages an owner’s jobs in both orders, with has_more, and only theirs', () => {
    const { store } = openStore();
    const mine = Array.from({ length: 5 }, () => store.insert(video('me')).id);
    store.insert(video('someone else'));
    const first = store.list('me', { after: null, limit: 2, order: 'desc' })!;
    expect(first.data.map((r) => r.id)).toEqual([mine[4], mine[3]]);
    expect(first.hasMore).toBe(true);
    const second = store.list('me', { after: mine[3]!, limit: 2, order: 'desc' })!;
    expect(second.data.map((r) => r.id)).toEqual([mine[2], mine[1]]);
    const last = store.list('me', { after: mine[1]!, limit: 2, order: 'desc' })!;
    expect(last).toMatchObject({ hasMore: false });
    expect(last.data.map((r) => r.id)).toEqual([mine[0]]);
    expect(store.list('me', { after: null, limit: 10, order: 'asc' })!.data.map((r) => r.id)).toEqual(mine);
    expect(store.list('someone else', { after: mine[0]!, limit: 2, order: 'asc' })).toBeNull();
  });

  it('claims the oldest queued job, once', () => {
    const { store } = openStore();
    const a = store.insert(video('me'));
    const b = store.insert(video('me'));
    expect(store.claimNext(5)).toMatchObject({ id: a.id, status: 'in_progress', attempts: 1, startedAt: 5 });
    expect(store.claimNext(5)?.id).toBe(b.id);
    expect(store.claimNext(5)).toBeNull();
  });

  it('keeps progress live and completes or fails only unfinished jobs', () => {
    const { store } = openStore();
    const a = store.insert(video('me'));
    store.claimNext(1);
    store.setProgress(a.id, 42.7);
    expect(store.get(a.id)?.progress).toBe(42);
    expect(store.complete(a.id, { seconds: '4', completedAt: 9, expiresAt: 99 })).toBe(true);
    expect(store.get(a.id)).toMatchObject({ status: 'completed', progress: 100, completedAt: 9, expiresAt: 99 });
    expect(store.fail(a.id, { code: 'x', message: 'y' }, 10)).toBe(false);
    expect(store.setProgress(a.id, 10)).toBe(false);
  });

  it('after a crash re-queues interrupted jobs, and fails ones that keep being interrupted', () => {
    const { store } = openStore();
    const a = store.insert(video('me'));
    const b = store.insert(video('me'));
    store.claimNext(1);
    store.claimNext(1);
    for (let i = 0; i < 2; i++) {
      store.recoverInterrupted(3, 2);
      store.claimNext(3);
      store.claimNext(3);
    }
    // b has now started three times; a once more after recovery would be its fourth.
    expect(store.get(a.id)?.attempts).toBe(3);
    const recovery = store.recoverInterrupted(3, 4);
    expect(recovery.failed.sort()).toEqual([a.id, b.id].sort());
    expect(store.get(a.id)).toMatchObject({ status: 'failed', error: { code: 'render_interrupted' } });
    const c = store.insert(video('me'));
    store.claimNext(5);
    expect(store.recoverInterrupted(3, 6)).toEqual({ requeued: [c.id], failed: [] });
    expect(store.get(c.id)?.status).toBe('queued');
  });

  it('finds expired assets and counts pending jobs per owner', () => {
    const { store } = openStore();
    const a = store.insert(video('me'));
    store.insert(video('me'));
    expect(store.countPending('me')).toBe(2);
    store.claimNext(1);
    store.complete(a.id, { seconds: '4', completedAt: 10, expiresAt: 20 });
    expect(store.countPending('me')).toBe(1);
    expect(store.expired(19)).toEqual([]);
    expect(store.expired(20).map((r) => r.id)).toEqual([a.id]);
    store.markAssetsDeleted(a.id);
    expect(store.expired(30)).toEqual([]);
    expect(store.get(a.id)?.assetsDeleted).toBe(true);
  });

  it('runs in WAL mode', () => {
    const { store, file } = openStore();
    store.insert(video('me'));
    expect(existsSync(`${file}-wal`)).toBe(true);
    store.close();
  });
});
