import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from '../components/error-panel.tsx';
import { messagesOf } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';

export type RouteErrorBoundaryProps = {
  children: ReactNode;
  /** A new key (the page's path) clears the error, so moving to another page recovers. */
  resetKey: string;
  /** The outermost boundary stands in for the whole page, so it brings its own landmark. */
  landmark?: boolean;
};

type State = { error: unknown; key: string };

/** Last line of defence: a render error or a chunk that failed to load shows a message and a reload, never a blank page. */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error(messagesOf(shell).pageError) };
  }

  static getDerivedStateFromProps(props: RouteErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const panel = (
      <ErrorPanel
        title={messagesOf(shell).pageError}
        error={this.state.error}
        onRetry={() => window.location.reload()}
      />
    );
    return this.props.landmark ? <main className="mx-auto max-w-3xl p-6">{panel}</main> : panel;
  }
}
