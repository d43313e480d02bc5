import { describe, expect, it } from 'vitest';
import { ProblemError } from '@portal/module-kit';
import { testCaller } from '@portal/module-kit/testing';
import { REPORT_STATUSES, type ReportStatus } from '../../contract/domain.js';
import { allowedActions, assertTransition, canRate, statusAfter, statusAfterRating } from './workflow.js';

const officer = testCaller({ roles: ['officer'], units: ['phong-qldt-tp-dbp'] });
const lead = testCaller({ roles: ['unit_lead'], units: ['phong-qldt-tp-dbp'] });
const otherUnit = testCaller({ roles: ['officer'], units: ['dien-luc-tp-dbp'] });
const admin = testCaller({ roles: ['admin'], units: ['phong-qldt-tp-dbp'] });
const citizen = testCaller({ sub: 'citizen-1', roles: ['citizen'], units: ['phong-qldt-tp-dbp'] });
const report = (status: ReportStatus) => ({ status, unitId: 'phong-qldt-tp-dbp', reporterSub: 'citizen-1' });

const illegal = (status: ReportStatus, action: Parameters<typeof assertTransition>[1]) => {
  try {
    assertTransition({ status }, action, 'en');
    return null;
  } catch (error) {
    return (error as ProblemError).problem as ProblemError['problem'] & { allowed: string[] };
  }
};

describe('report workflow', () => {
  it('lets officers and leads of the current unit act on open reports only', () => {
    expect(allowedActions(report('submitted'), officer)).toEqual(['accept', 'reject', 'forward', 'assign', 'note', 'extend', 'answer']);
    expect(allowedActions(report('in_progress'), lead)).toEqual(['answer', 'forward', 'reject', 'assign', 'note', 'extend']);
    for (const status of ['answered', 'closed', 'rejected'] as const) expect(allowedActions(report(status), officer)).toEqual([]);
    for (const caller of [otherUnit, admin, citizen, null, undefined]) expect(allowedActions(report('submitted'), caller)).toEqual([]);
  });

  it('moves statuses as the brief says', () => {
    expect(statusAfter('submitted', 'accept')).toBe('in_progress');
    expect(statusAfter('in_progress', 'forward')).toBe('submitted');
    expect(statusAfter('submitted', 'answer')).toBe('answered');
    expect(statusAfter('in_progress', 'reject')).toBe('rejected');
    for (const action of ['note', 'assign', 'extend'] as const) expect(statusAfter('in_progress', action)).toBe('in_progress');
    expect(statusAfterRating('satisfied')).toBe('closed');
    expect(statusAfterRating('not_satisfied')).toBe('in_progress');
  });

  it('answers an illegal action with 409 and the actions allowed now', () => {
    expect(illegal('submitted', 'accept')).toBeNull();
    expect(illegal('in_progress', 'accept')).toMatchObject({ status: 409, type: '/problems/illegal-transition', allowed: ['answer', 'forward', 'reject', 'assign', 'note', 'extend'] });
    expect(illegal('answered', 'note')).toMatchObject({ allowed: [] });
    expect(illegal('answered', 'rate')).toBeNull();
    for (const status of REPORT_STATUSES.filter((s) => s !== 'answered')) expect(illegal(status, 'rate')).toMatchObject({ allowed: [] });
  });

  it('lets only the reporter rate, and only an answered report', () => {
    expect(canRate(report('answered'), citizen)).toBe(true);
    expect(canRate(report('in_progress'), citizen)).toBe(false);
    expect(canRate(report('answered'), officer)).toBe(false);
    expect(canRate(report('answered'), null)).toBe(false);
  });
});
