import { describe, expect, it } from 'vitest';
import { applicantActions, isOverdue, officerActions, resultReleasedToApplicant, statusAfterOfficer } from './workflow.js';

const now = new Date('2026-11-30T03:00:00Z');
const row = (status: Parameters<typeof officerActions>[0]['status'], extra: Partial<Parameters<typeof officerActions>[0]> = {}) => ({
  status,
  feeStatus: 'none' as const,
  appointmentAt: new Date('2026-12-10T16:59:59.999Z'),
  ...extra,
});

describe('the dossier state machine', () => {
  it('lets the desk receive or refuse a new dossier, and the applicant withdraw it', () => {
    expect(officerActions(row('submitted'), now)).toEqual(['receive', 'refuse']);
    expect(applicantActions(row('submitted'))).toEqual(['withdraw']);
    expect(statusAfterOfficer('submitted', 'receive')).toBe('processing');
  });

  it('holds the result back until a due fee is paid', () => {
    const unpaid = row('result_issued', { feeStatus: 'due' });
    expect(officerActions(unpaid, now)).toEqual(['confirm_payment']);
    expect(resultReleasedToApplicant(unpaid)).toBe(false);
    const paid = row('result_issued', { feeStatus: 'paid' });
    expect(officerActions(paid, now)).toEqual(['return_result']);
    expect(resultReleasedToApplicant(paid)).toBe(true);
  });

  it('offers an apology letter only once the appointment has passed', () => {
    const late = row('processing', { appointmentAt: new Date('2026-11-27T16:59:59.999Z') });
    expect(isOverdue(late, now)).toBe(true);
    expect(officerActions(late, now)).toContain('apologize');
    expect(officerActions(row('processing'), now)).not.toContain('apologize');
  });

  it('leaves finished dossiers alone', () => {
    for (const status of ['returned', 'withdrawn', 'refused', 'denied'] as const) {
      expect(officerActions(row(status), now)).toEqual([]);
      expect(applicantActions(row(status))).toEqual([]);
    }
  });
});
