import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";

/**
 * A view that throws while rendering shows a note instead of a blank window; the error goes
 * to the host's log through `onError`. Keyed by the route, so another view starts afresh.
 */
export class ViewErrorBoundary extends Component<
  {
    children: ReactNode;
    onError: (error: unknown, info: ErrorInfo) => void;
    fallback: (retry: () => void) => ReactNode;
  },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError(error, info);
  }

  override render(): ReactNode {
    if (this.state.failed) return this.props.fallback(() => this.setState({ failed: false }));
    return this.props.children;
  }
}
