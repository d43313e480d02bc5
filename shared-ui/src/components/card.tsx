import type { HTMLAttributes, ReactNode } from 'react';
import './card.css';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** A heading for the card (rendered as h2). */
  title?: ReactNode;
  children?: ReactNode;
}

/** A surface that groups related content. */
export function Card({ title, children, className, ...rest }: CardProps) {
  return (
    <section className={className ? `portal-card ${className}` : 'portal-card'} {...rest}>
      {title && <h2 className="portal-card__title">{title}</h2>}
      {children}
    </section>
  );
}
