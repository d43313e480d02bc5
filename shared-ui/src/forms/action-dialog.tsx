import { useEffect, useId, useRef, type ReactNode } from 'react';
import './action-dialog.css';

export interface ActionDialogProps {
  title: string;
  hint?: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog (role="dialog", aria-modal) that takes focus, keeps Tab inside, closes on Escape
 * and gives focus back to the button that opened it.
 */
export function ActionDialog({ title, hint, onClose, children }: ActionDialogProps) {
  const ids = { title: useId(), hint: useId() };
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button');
    (first ?? box.current)?.focus();
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close.current();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')].filter(
      (element) => !element.hasAttribute('disabled'),
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="portal-dialog-backdrop" onClick={(event) => event.target === event.currentTarget && close.current()}>
      <div
        ref={box}
        className="portal-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={ids.title}
        aria-describedby={hint ? ids.hint : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={ids.title}>{title}</h2>
        {hint && (
          <p id={ids.hint} className="portal-dialog__hint">
            {hint}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}
