import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../icons/icon.js';
import './states.css';

export interface EmptyStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Default "Chưa có nội dung" / "Nothing here yet". */
  title?: ReactNode;
  description?: ReactNode;
  icon?: IconName;
  /** The title's heading level: 1 when the state is the whole page; default 2. */
  headingLevel?: 1 | 2 | 3;
  /** A way forward, e.g. a Button. */
  action?: ReactNode;
}

/** What a page shows when there is nothing to list. */
export function EmptyState({
  title,
  description,
  icon = 'info',
  action,
  headingLevel = 2,
  className,
  ...rest
}: EmptyStateProps) {
  const { t } = useTranslation('common');
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={['portal-state', className].filter(Boolean).join(' ')} {...rest}>
      <span className="portal-state__icon">
        <Icon name={icon} size={32} />
      </span>
      <Heading className="portal-state__title">{title ?? t('empty.title')}</Heading>
      {description && <p className="portal-state__description">{description}</p>}
      {action}
    </div>
  );
}
