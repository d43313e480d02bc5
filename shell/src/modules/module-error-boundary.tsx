import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the module once it failed. */
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Keeps a failing module inside its own box: a module that cannot load or throws while
 * rendering shows the fallback, while the app bar and other routes keep working. Give it a new
 * `key` to try again from scratch.
 */
export class ModuleErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[shell] a module failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
