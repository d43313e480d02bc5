import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../icons/icon.js';
import { Button } from './button.js';
import './states.css';

export interface ErrorStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Default "Đã xảy ra lỗi" / "Something went wrong". */
  title?: ReactNode;
  /** Default: a hint to check the connection and retry. */
  description?: ReactNode;
  icon?: IconName;
  /** The title's heading level: 1 when the state is the whole page; default 2. */
  headingLevel?: 1 | 2 | 3;
  /** Shows a "Thử lại" / "Try again" button that calls it. */
  onRetry?: () => void;
  retryLabel?: string;
}

/** A failure the person can act on, announced to screen readers (role="alert"). */
export function ErrorState({
  title,
  description,
  icon = 'alert',
  onRetry,
  retryLabel,
  headingLevel = 2,
  className,
  ...rest
}: ErrorStateProps) {
  const { t } = useTranslation('common');
  const Heading = `h${headingLevel}` as const;
  return (
    <div role="alert" className={['portal-state', 'portal-state--error', className].filter(Boolean).join(' ')} {...rest}>
      <span className="portal-state__icon">
        <Icon name={icon} size={32} />
      </span>
      <Heading className="portal-state__title">{title ?? t('error.title')}</Heading>
      <p className="portal-state__description">{description ?? t('error.description')}</p>
      {onRetry && (
        <Button variant="primary" icon="refresh" onClick={onRetry}>
          {retryLabel ?? t('retry')}
        </Button>
      )}
    </div>
  );
}
