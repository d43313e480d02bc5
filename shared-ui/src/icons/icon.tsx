import { ICON_PATHS, type IconName } from './icon-paths.js';

export type { IconName };
export const ICON_NAMES = Object.keys(ICON_PATHS) as IconName[];

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(ICON_PATHS, name);
}

export interface IconProps {
  /** A name from the set; an unknown name (e.g. from the registry) draws the neutral grid icon. */
  name: IconName | (string & {});
  /** Size in px (square); default 24. */
  size?: number;
  /** Accessible name; without it the icon is decorative and hidden from assistive technology. */
  label?: string;
  className?: string;
}

export function Icon({ name, size = 24, label, className }: IconProps) {
  const paths = ICON_PATHS[isIconName(name) ? name : 'grid'];
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      className={className ? `portal-icon ${className}` : 'portal-icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      data-icon={name}
      {...a11y}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
