import { OfficersOnlyNotice } from '@portal/shared-ui/office';
import { useOfficeTexts } from './use-texts.js';

/** What a citizen, a business or a visitor sees on the desk screens: a polite statement, and sign-in when anonymous. */
export function OnlyOfficers() {
  const { t } = useOfficeTexts();
  return <OfficersOnlyNotice title={t('onlyOfficers.title')} hint={t('onlyOfficers.hint')} />;
}
