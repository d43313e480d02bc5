import { Icon } from '../icons/icon.js';
import { SmartLink } from './smart-link.js';
import './tile.css';

export interface TileProps {
  href: string;
  /** Icon name from the set (unknown names draw a neutral icon). */
  icon: string;
  label: string;
  /** Optional accent for the icon badge, e.g. 'danger' for emergency services. */
  tone?: 'primary' | 'danger';
  className?: string;
}

/** A home-screen shortcut: an icon badge above a short label, the whole tile one link. */
export function Tile({ href, icon, label, tone = 'primary', className }: TileProps) {
  return (
    <SmartLink href={href} className={className ? `portal-tile ${className}` : 'portal-tile'}>
      <span className={`portal-tile__badge portal-tile__badge--${tone}`}>
        <Icon name={icon} size={28} />
      </span>
      <span className="portal-tile__label">{label}</span>
    </SmartLink>
  );
}
