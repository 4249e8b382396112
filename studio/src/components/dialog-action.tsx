import { useState } from 'preact/hooks';
import { asApiError } from '../lib/use-videos.ts';

/** A dialog's one action: busy while it runs, the dialog closed when it succeeds, the server's message when it fails. */
export function useDialogAction(): { readonly busy: boolean; readonly error: string | null; run: (event: Event, action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (event: Event, action: () => Promise<void>): Promise<void> => {
    // Found before awaiting: the event's target is gone from it afterwards.
    const dialog = (event.currentTarget as HTMLElement).closest('dialog');
    setBusy(true);
    try {
      await action();
      dialog?.close();
    } catch (e) {
      setError(asApiError(e).message);
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** A failure read out to screen readers as it appears. */
export function ErrorText({ error }: { readonly error: string | null }) {
  return error ? (
    <p class="error-text" role="alert">
      {error}
    </p>
  ) : null;
}
