import { Button, useTranslation } from '@portal/shared-ui';
import { ActionDialog } from '@portal/shared-ui/forms';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { parsePath, useLocation, UNSAFE_NavigationContext, type Navigator } from 'react-router';
import { NAMESPACE } from '../../i18n/index.js';

/** A held navigation, shaped like React Router's data-router blocker so the dialog reads the same. */
export interface LeaveBlocker {
  state: 'blocked' | 'unblocked';
  proceed: () => void;
  reset: () => void;
}

type Move = Navigator['push'];

/**
 * Holds a navigation to another page (app bar back, bottom navigation, another module, the browser's
 * back/forward) while `unsaved()` says the draft has edits; closing or reloading the page is the unload
 * guard's job. `release()` lets every later navigation through, e.g. once the draft is deleted.
 *
 * The shell keeps a plain BrowserRouter (a data router, which has useBlocker, costs 17 KB gzip of first
 * load), so in-app moves are held by wrapping the router's navigator, which every Link and navigate() calls.
 */
export function useLeaveGuard(unsaved: () => boolean) {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const { pathname } = useLocation();
  const released = useRef(false);
  const [held, setHeld] = useState<(() => void) | null>(null);
  const holds = useCallback((to: Parameters<Move>[0]) => {
    const next = typeof to === 'string' ? parsePath(to).pathname : to.pathname;
    return !released.current && unsaved() && next !== undefined && next !== pathname;
  }, [unsaved, pathname]);

  useEffect(() => {
    const { push, replace } = navigator;
    const guarded = (move: Move): Move => (to, state, options) => {
      if (holds(to)) setHeld(() => () => move.call(navigator, to, state, options));
      else move.call(navigator, to, state, options);
    };
    navigator.push = guarded(push);
    navigator.replace = guarded(replace);
    return () => {
      navigator.push = push;
      navigator.replace = replace;
    };
  }, [navigator, holds]);

  const passing = useRef(false);
  useEffect(() => watchBrowserMoves({ holds, passing, hold: (move) => setHeld(() => move) }), [holds]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  const blocker: LeaveBlocker = {
    state: held ? 'blocked' : 'unblocked',
    proceed: () => {
      setHeld(null);
      held?.();
    },
    reset: () => setHeld(null),
  };
  return { blocker, release };
}

/** The parts of the Navigation API used here (not in TypeScript's DOM library yet). */
interface TraverseEvent extends Event {
  navigationType: string;
  cancelable: boolean;
  destination: { url: string; key: string };
}
type Navigation = EventTarget & { traverseTo: (key: string) => unknown };

/**
 * Back/forward: popstate comes too late (the URL has changed, and the router's listener, which runs first,
 * has already rendered the other page). The Navigation API's `navigate` event comes before, and a page may
 * cancel a back/forward within itself once per interaction (typing the edits counts), so the move is held
 * and "leave" replays it. Without the Navigation API (and in happy-dom), or when the browser does not let
 * it be cancelled (a second back without touching the page), back/forward leaves without asking.
 */
function watchBrowserMoves({ holds, passing, hold }: {
  holds: (to: { pathname: string }) => boolean;
  passing: { current: boolean };
  hold: (move: () => void) => void;
}) {
  const navigation = (window as { navigation?: Navigation }).navigation;
  if (!navigation) return undefined;
  const onNavigate = (event: Event) => {
    const traverse = event as TraverseEvent;
    if (traverse.navigationType !== 'traverse') return;
    if (passing.current || !traverse.cancelable || !holds(new URL(traverse.destination.url))) {
      passing.current = false;
      return;
    }
    traverse.preventDefault();
    const { key } = traverse.destination;
    hold(() => {
      passing.current = true;
      navigation.traverseTo(key);
    });
  };
  navigation.addEventListener('navigate', onNavigate);
  return () => navigation.removeEventListener('navigate', onNavigate);
}

/**
 * "Bạn có thay đổi chưa lưu": stay, save and leave, or leave without saving. A failed save keeps the user
 * on the draft, where the editor shows why.
 */
export function LeaveDialog({ blocker, save }: { blocker: LeaveBlocker; save: () => Promise<boolean> }) {
  const { t } = useTranslation(NAMESPACE);
  const [saving, setSaving] = useState(false);
  if (blocker.state !== 'blocked') return null;

  const stay = () => blocker.reset();
  const saveAndLeave = async () => {
    setSaving(true);
    const saved = await save();
    setSaving(false);
    if (saved) blocker.proceed();
    else blocker.reset();
  };

  return (
    <ActionDialog title={t('leaveDraft.title')} hint={t('leaveDraft.hint')} onClose={() => !saving && stay()}>
      <div className="dossier-leave__buttons">
        <Button variant="secondary" block disabled={saving} onClick={stay}>
          {t('leaveDraft.stay')}
        </Button>
        <Button block disabled={saving} onClick={() => void saveAndLeave()}>
          {saving ? t('editor.saving') : t('leaveDraft.save')}
        </Button>
        <Button variant="danger" block disabled={saving} onClick={() => blocker.proceed()}>
          {t('leaveDraft.discard')}
        </Button>
      </div>
    </ActionDialog>
  );
}
