import type { HTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from '../icons/icon.js';
import { SmartLink } from './smart-link.js';
import './list.css';

export interface ListProps extends HTMLAttributes<HTMLUListElement> {
  children?: ReactNode;
}

/** A list of rows separated by hairlines, on a card surface. */
export function List({ children, className, ...rest }: ListProps) {
  return (
    <ul className={className ? `portal-list ${className}` : 'portal-list'} {...rest}>
      {children}
    </ul>
  );
}

export interface ListItemProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: IconName;
  /** Makes the whole row a link (a route, or e.g. `tel:113`). */
  href?: string;
  /** Something at the end of the row: a number, a badge, a button. */
  trailing?: ReactNode;
  /** Accessible name of the row's link when the visible text is not enough. */
  linkLabel?: string;
  className?: string;
}

/** One row of a List; with `href` the whole row is one big touch target. */
export function ListItem({ title, description, icon, href, trailing, linkLabel, className }: ListItemProps) {
  const body = (
    <>
      {icon && (
        <span className="portal-list-item__icon">
          <Icon name={icon} />
        </span>
      )}
      <span className="portal-list-item__text">
        <span className="portal-list-item__title">{title}</span>
        {description && <span className="portal-list-item__description">{description}</span>}
      </span>
      {trailing && <span className="portal-list-item__trailing">{trailing}</span>}
      {href && !trailing && <Icon name="chevron-right" size={20} className="portal-list-item__chevron" />}
    </>
  );
  return (
    <li className={className ? `portal-list-item ${className}` : 'portal-list-item'}>
      {href ? (
        <SmartLink href={href} className="portal-list-item__row" aria-label={linkLabel}>
          {body}
        </SmartLink>
      ) : (
        <div className="portal-list-item__row">{body}</div>
      )}
    </li>
  );
}
