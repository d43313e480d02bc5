import { describe, expect, it } from 'vitest';
import { INBOX_BUCKETS, OFFICER_ACTIONS } from '../../contract/domain.js';
import { officeEn } from './office-texts-en.js';
import { officeVi } from './office-texts.js';

describe('desk texts', () => {
  it('name every action, its dialog and every inbox bucket in both languages', () => {
    for (const texts of [officeVi, officeEn]) {
      for (const action of OFFICER_ACTIONS) {
        expect(texts.actions[action], action).toBeTruthy();
        expect(texts.dialogs[action].title, action).toBeTruthy();
        expect(texts.dialogs[action].hint, action).toBeTruthy();
      }
      for (const bucket of INBOX_BUCKETS) expect(texts.inbox.buckets[bucket], bucket).toBeTruthy();
    }
  });
});
