import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, StudioApi } from './api/studio-api.ts';
import type { CreateRequest, Video } from './api/types.ts';
import { CreatePanel } from './components/create-panel.tsx';
import { Gallery } from './components/gallery.tsx';
import { KeyPanel } from './components/key-panel.tsx';
import { Stage } from './components/stage.tsx';
import { shortName, type VideoHandlers } from './components/video-actions.tsx';
import { DeleteDialog, ExtendDialog, PlanDialog, RemixDialog } from './components/video-dialogs.tsx';
import { loadApiKey, saveApiKey } from './lib/api-key-store.ts';
import { downloadVideo } from './lib/use-media-url.ts';
import { asApiError, useVideos } from './lib/use-videos.ts';

type OpenDialog = { kind: 'remix' | 'extend' | 'plan' | 'delete'; video: Video } | null;

/**
 * The studio: create (a prompt or a storyboard), watch it render and play,
 * and manage what was made. State lives here; components only show it and
 * report what the person did.
 */
export function App() {
  const [apiKey, setApiKey] = useState<string | null>(loadApiKey);
  // A new key gives a new client, so everything that loads through it loads again with the key.
  const keyedApi = useMemo(() => new StudioApi(() => apiKey), [apiKey]);
  const videos = useVideos(keyedApi, apiKey);
  const [playingId, setPlayingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const announced = useRef(new Map<string, string>());
  const stage = useRef<HTMLDivElement>(null);

  // Each refusal of the key opens the key field again.
  const [keyAsks, setKeyAsks] = useState(0);
  useEffect(() => {
    if (videos.error?.needsKey) setKeyAsks((n) => n + 1);
  }, [videos.error]);
  const listAlert = videos.error
    ? videos.error.needsKey
      ? `${videos.error.message} Enter the key under “API key” at the top.`
      : `Your videos could not be loaded: ${videos.error.message}`
    : null;

  /** Tells screen readers about a video's progress: each status, and every quarter while rendering. */
  const announceProgress = useCallback((video: Video) => {
    const step = video.status === 'in_progress' ? `${video.status}:${Math.floor(video.progress / 25)}` : video.status;
    if (announced.current.get(video.id) === step) return;
    announced.current.set(video.id, step);
    const name = shortName(video);
    if (video.status === 'queued') setAnnouncement(`Queued: ${name}.`);
    else if (video.status === 'in_progress') setAnnouncement(`Rendering ${name}: ${video.progress}%.`);
    else if (video.status === 'completed') setAnnouncement(`Ready: ${name}. It is playing in the player.`);
    else setAnnouncement(`Failed: ${name}. ${video.error?.message ?? ''}`);
  }, []);

  /** Starts a job: it goes to the top of the gallery and onto the stage, followed live. */
  const launch = useCallback(
    async (make: () => Promise<Video>) => {
      const video = await make();
      videos.put(video);
      setPlayingId(video.id);
      announceProgress(video);
      videos.follow(video.id, announceProgress);
      stage.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    },
    [videos, announceProgress],
  );

  const showError = (error: unknown): void => {
    const e = asApiError(error);
    setAlert(e.needsKey ? `${e.message} Enter the key under “API key” at the top.` : e.message);
    if (e.needsKey) setKeyAsks((n) => n + 1);
  };

  const create = async (request: CreateRequest): Promise<void> => {
    setBusy(true);
    setAlert(null);
    try {
      await launch(() => keyedApi.create(request));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const handlers: VideoHandlers = {
    onPlay(video) {
      setPlayingId(video.id);
      stage.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      requestAnimationFrame(() => stage.current?.querySelector<HTMLElement>('video')?.focus());
    },
    onDownload(video) {
      downloadVideo(keyedApi, video.id).catch(showError);
    },
    onRemix: (video) => setDialog({ kind: 'remix', video }),
    onExtend: (video) => setDialog({ kind: 'extend', video }),
    onPlan: (video) => setDialog({ kind: 'plan', video }),
    onDelete: (video) => setDialog({ kind: 'delete', video }),
  };

  const remove = async (video: Video): Promise<void> => {
    try {
      await keyedApi.remove(video.id);
    } catch (error) {
      // Already gone is what was asked for.
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    videos.drop(video.id);
    if (playingId === video.id) setPlayingId(null);
    setAnnouncement(`Deleted: ${shortName(video)}.`);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.gallery-title')?.focus());
  };

  const saveKey = (key: string | null): void => {
    if (!saveApiKey(key)) setAlert('This browser did not let the studio store the key; it is used until the page is closed.');
    else setAlert(null);
    setApiKey(key);
    setPlayingId(null);
    setAnnouncement(key ? 'API key saved.' : 'API key forgotten.');
  };

  const onStage = videos.list.find((v) => v.id === playingId) ?? null;
  const shownAlert = alert ?? listAlert;
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to the studio
      </a>
      <header class="top">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ▶
          </span>
          <h1>Diorama Studio</h1>
        </div>
        <KeyPanel apiKey={apiKey} onSave={saveKey} askCount={keyAsks} />
      </header>
      <main id="main" tabIndex={-1}>
        {shownAlert && (
          <div class="alert" role="alert">
            <p>{shownAlert}</p>
            {alert && (
              <button type="button" class="icon-button" aria-label="Dismiss the message" onClick={() => setAlert(null)}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
        )}
        <div class="workspace">
          <CreatePanel busy={busy} onCreate={(request) => void create(request)} />
          <div ref={stage} class="stage-wrap">
            <Stage api={keyedApi} video={onStage} {...handlers} />
          </div>
        </div>
        <Gallery api={keyedApi} videos={videos} playingId={playingId} {...handlers} />
      </main>
      <footer class="foot">
        <p>
          Diorama renders every video on this server, offline. Programs can use the same server through the OpenAI Videos API at <code>/v1</code>.
        </p>
      </footer>
      <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {dialog?.kind === 'remix' && (
        <RemixDialog video={dialog.video} onClose={() => setDialog(null)} onRemix={(prompt) => launch(() => keyedApi.remix(dialog.video.id, prompt))} />
      )}
      {dialog?.kind === 'extend' && (
        <ExtendDialog
          video={dialog.video}
          onClose={() => setDialog(null)}
          onExtend={(prompt, seconds) => launch(() => keyedApi.extend(dialog.video.id, prompt, seconds))}
        />
      )}
      {dialog?.kind === 'plan' && <PlanDialog api={keyedApi} video={dialog.video} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteDialog video={dialog.video} onClose={() => setDialog(null)} onDelete={() => remove(dialog.video)} />}
    </>
  );
}
