import type { ReactNode } from 'react';
import './app-bar.css';

export interface AppBarProps {
  title: ReactNode;
  /** Before the title, e.g. a back link. */
  leading?: ReactNode;
  /** After the title, e.g. the language switch. */
  actions?: ReactNode;
  /** Render the title as the page's h1 (on the home page). */
  titleAsHeading?: boolean;
}

/** The top bar of the app: sticky, in the primary colour, content width capped on desktop. */
export function AppBar({ title, leading, actions, titleAsHeading = false }: AppBarProps) {
  const Title = titleAsHeading ? 'h1' : 'div';
  return (
    <header className="portal-app-bar">
      <div className="portal-app-bar__inner">
        {leading}
        <Title className="portal-app-bar__title">{title}</Title>
        {actions && <div className="portal-app-bar__actions">{actions}</div>}
      </div>
    </header>
  );
}
