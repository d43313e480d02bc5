import { describe, expect, it } from 'vitest';
import { dueState } from './due.js';

// Deadlines fall at 23:59:59 Vietnam time (16:59:59 UTC).
const now = new Date('2026-11-30T03:00:00Z'); // 10:00 on 30 Nov in Vietnam

describe('due state in Vietnamese calendar days', () => {
  it('counts the days left to the deadline date', () => {
    expect(dueState('2026-12-02T16:59:59Z', now)).toEqual({ kind: 'left', days: 2 });
    expect(dueState('2026-12-01T16:59:59Z', now)).toEqual({ kind: 'left', days: 1 });
  });

  it('says "today" on the deadline day until its last second', () => {
    expect(dueState('2026-11-30T16:59:59Z', now)).toEqual({ kind: 'today' });
  });

  it('counts the days overdue since the deadline date', () => {
    expect(dueState('2026-11-27T16:59:59Z', now)).toEqual({ kind: 'overdue', days: 3 });
    expect(dueState('2026-11-29T16:59:59Z', now)).toEqual({ kind: 'overdue', days: 1 });
  });

  it('uses the Vietnamese date even when UTC is still on the previous day', () => {
    const lateEvening = new Date('2026-11-30T18:00:00Z'); // 01:00 on 1 Dec in Vietnam
    expect(dueState('2026-11-30T16:59:59Z', lateEvening)).toEqual({ kind: 'overdue', days: 1 });
    expect(dueState('2026-12-01T16:59:59Z', lateEvening)).toEqual({ kind: 'today' });
  });
});
