// The inbox page tells the app bar's bell that it marked something read, so the badge does not
// wait for the next 30 s poll. Both live in the same lazy chunk, so this module is shared.
const listeners = new Set<() => void>();

export function onUnreadChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function unreadChanged(): void {
  for (const listener of listeners) listener();
}
