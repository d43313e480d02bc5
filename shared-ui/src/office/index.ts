/*
 * `@portal/shared-ui/office`: the pieces every officer screen shares (inbox bucket strip and rows, paged list,
 * due labels, officers-only guard, audit trail, statistics table and cards). Not in the shared
 * singleton (the shell's first load has no room and does not use them): each module that imports
 * this bundles it. It reaches the singleton (session, i18n, components) through `@portal/shared-ui`
 * itself, never by relative paths, so a module keeps the shell's one copy.
 */
import { addTranslations } from '@portal/shared-ui';
import { OFFICE_KIT_NAMESPACE, officeKitStrings } from './strings.js';
import './office.css';

addTranslations(OFFICE_KIT_NAMESPACE, officeKitStrings);

export { OFFICE_KIT_NAMESPACE } from './strings.js';
export { dueState, type DueState } from './due.js';
export { DueLabel, type DueLabelProps } from './due-label.js';
export { InboxTabs, type InboxTabsProps } from './inbox-tabs.js';
export { InboxCard, type InboxCardProps } from './inbox-card.js';
export { PagedList, type PagedListProps } from './paged-list.js';
export { OfficersOnly, OfficersOnlyNotice, hasRole, isOfficer, type OfficersOnlyNoticeProps, type OfficersOnlyProps } from './officers-only.js';
export { AuditTrail, type AuditEntry, type AuditTrailProps } from './audit-trail.js';
export { StatsCards, StatsTable, type StatsRow, type StatsViewProps } from './stats-views.js';
export { useColleagues, type Colleague, type ColleaguesState } from './use-colleagues.js';
export { ColleagueSelect, type ColleagueSelectProps, type ColleagueSelectTexts } from './colleague-select.js';
