import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

/** Props of a modal dialog. */
export interface ModalProps {
  readonly title: string;
  /** Called once the dialog has closed (Escape, a Close button, or `close()`). */
  readonly onClose: () => void;
  readonly children: ComponentChildren;
  readonly wide?: boolean;
}

/**
 * A modal built on the native `<dialog>`: the browser keeps focus inside it,
 * closes it on Escape, makes the page behind it inert and gives focus back to
 * the button that opened it. Buttons inside close it with
 * `closeDialog(event)`.
 */
export function Modal({ title, onClose, children, wide = false }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} class={wide ? 'modal modal-wide' : 'modal'} aria-labelledby={titleId} onClose={onClose}>
      <div class="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="icon-button" aria-label="Close" onClick={closeDialog}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** Closes the dialog an event happened in. */
export function closeDialog(event: Event): void {
  (event.currentTarget as HTMLElement | null)?.closest('dialog')?.close();
}
