import { useEffect, useState } from 'preact/hooks';
import type { StudioApi } from '../api/studio-api.ts';
import type { ContentVariant } from '../api/types.ts';

/**
 * A URL a `<video>` or `<img>` can load a video's file from. Without an API
 * key that is the server's own URL (streamed, seekable); with one, the file
 * is fetched with the key and shown from a blob URL, because media elements
 * cannot send headers. Null while it loads or when it failed.
 */
export function useMediaUrl(api: StudioApi, id: string, variant: ContentVariant, enabled = true): string | null {
  const usesKey = api.usesKey;
  const direct = enabled && !usesKey ? api.contentUrl(id, variant) : null;
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  useEffect(() => {
    setBlobUrl(null);
    if (!enabled || !usesKey) return;
    const controller = new AbortController();
    let url: string | null = null;
    api
      .blob(id, variant, controller.signal)
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setBlobUrl(url);
      })
      .catch(() => undefined);
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, id, variant, enabled, usesKey]);
  return direct ?? blobUrl;
}

/** Saves a video's file to the downloads folder (through fetch when a key is needed). */
export async function downloadVideo(api: StudioApi, id: string): Promise<void> {
  const name = `${id}.mp4`;
  if (!api.usesKey) {
    clickDownload(api.contentUrl(id, 'video'), name);
    return;
  }
  const url = URL.createObjectURL(await api.blob(id, 'video'));
  clickDownload(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text as a file. */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  clickDownload(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function clickDownload(href: string, name: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
