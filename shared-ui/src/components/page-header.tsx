import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icons/icon.js';
import { SmartLink } from './smart-link.js';
import './page-header.css';

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Where the back link goes; no back link without it. */
  backHref?: string;
  /** Accessible name of the back link; default "Quay lại" / "Back". */
  backLabel?: string;
  actions?: ReactNode;
}

/** The page's h1, with an optional back link and actions. */
export function PageHeader({ title, subtitle, backHref, backLabel, actions }: PageHeaderProps) {
  const { t } = useTranslation('common');
  return (
    <div className="portal-page-header">
      {backHref && (
        <SmartLink href={backHref} className="portal-page-header__back" aria-label={backLabel ?? t('back')}>
          <Icon name="arrow-left" />
        </SmartLink>
      )}
      <div className="portal-page-header__text">
        <h1 className="portal-page-header__title">{title}</h1>
        {subtitle && <p className="portal-page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="portal-page-header__actions">{actions}</div>}
    </div>
  );
}
