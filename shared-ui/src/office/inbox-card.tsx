import { SmartLink } from '@portal/shared-ui';
import type { ReactNode } from 'react';

export interface InboxCardProps {
  /** Where the row leads: the item's page. */
  href: string;
  /** The item's code, first thing an officer scans for. */
  code: string;
  /** What stands beside the code: a due label, status badges. */
  aside?: ReactNode;
  /** What the item is about (category, procedure). */
  title: string;
  /** The module's further lines (place, applicant, handler…). */
  children?: ReactNode;
}

/** One row of an officer inbox, one link as a whole: the code and what stands out, the title, then the details. */
export function InboxCard({ href, code, aside, title, children }: InboxCardProps) {
  return (
    <li>
      <SmartLink href={href} className="portal-inbox-card">
        <span className="portal-inbox-card__top">
          <span className="portal-inbox-card__code">{code}</span>
          {aside}
        </span>
        <span className="portal-inbox-card__title">{title}</span>
        {children}
      </SmartLink>
    </li>
  );
}
