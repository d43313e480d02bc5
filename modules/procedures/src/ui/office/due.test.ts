import { describe, expect, it } from 'vitest';
import { dueState } from './due.js';

describe('how a dossier stands against its appointment (Vietnam calendar days)', () => {
  // 30/11/2026 09:00 in Vietnam.
  const now = new Date('2026-11-30T02:00:00.000Z');
  // The end of a Vietnamese day: 23:59:59 local.
  const endOf = (day: string) => new Date(`${day}T16:59:59.999Z`).toISOString();

  it('counts days left to the appointment, and today', () => {
    expect(dueState('processing', endOf('2026-12-02'), now)).toEqual({ kind: 'left', days: 2 });
    expect(dueState('submitted', endOf('2026-11-30'), now)).toEqual({ kind: 'today' });
  });

  it('counts days overdue from the appointment day', () => {
    expect(dueState('approved', endOf('2026-11-27'), now)).toEqual({ kind: 'overdue', days: 3 });
    // Due last evening, checked early this morning: one day late, not zero.
    expect(dueState('processing', endOf('2026-11-29'), new Date('2026-11-29T17:30:00.000Z'))).toEqual({ kind: 'overdue', days: 1 });
  });

  it('pauses while waiting for documents and stops once finished', () => {
    expect(dueState('awaiting_supplement', endOf('2026-11-27'), now)).toEqual({ kind: 'paused' });
    expect(dueState('returned', endOf('2026-11-27'), now)).toEqual({ kind: 'none' });
    expect(dueState('processing', null, now)).toEqual({ kind: 'none' });
  });
});
