import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from '../icons/icon.js';
import { SmartLink } from './smart-link.js';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

interface CommonProps {
  variant?: ButtonVariant;
  /** An icon before the text. */
  icon?: IconName;
  /** Full width of its container (good for the main action on a phone). */
  block?: boolean;
  children?: ReactNode;
}

export type ButtonAsLinkProps = CommonProps & AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };
export type ButtonAsButtonProps = CommonProps & ButtonHTMLAttributes<HTMLButtonElement> & { href?: undefined };
export type ButtonProps = ButtonAsLinkProps | ButtonAsButtonProps;

function classNames(variant: ButtonVariant, block: boolean | undefined, extra: string | undefined): string {
  return ['portal-button', `portal-button--${variant}`, block && 'portal-button--block', extra]
    .filter(Boolean)
    .join(' ');
}

/** A button, or a link styled as one when given `href` (e.g. `href="tel:113"`). */
export function Button(props: ButtonProps) {
  if (props.href !== undefined) {
    const { variant = 'primary', icon, block, children, className, ...rest } = props;
    return (
      <SmartLink className={classNames(variant, block, className)} {...rest}>
        {icon && <Icon name={icon} size={20} />}
        {children}
      </SmartLink>
    );
  }
  const { variant = 'primary', icon, block, children, className, type = 'button', ...rest } = props;
  return (
    <button type={type} className={classNames(variant, block, className)} {...rest}>
      {icon && <Icon name={icon} size={20} />}
      {children}
    </button>
  );
}
