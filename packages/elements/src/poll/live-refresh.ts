import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `refresh` every `period()` milliseconds while the tab is visible, and once when it becomes
 * visible again; nothing while it is hidden. `period()` is asked again after every render, so the
 * host starts and stops the refresh by what it shows (`undefined`: no refresh).
 */
export class LiveRefresh implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private runningEvery: number | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly period: () => number | undefined,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  private readonly onVisibilityChange = () => {
    // What was shown may have changed while nobody looked.
    if (document.visibilityState === 'visible' && this.period() !== undefined) this.refresh();
    this.schedule();
  };

  private schedule(): void {
    const every = document.visibilityState === 'visible' ? this.period() : undefined;
    if (every === this.runningEvery) return;
    this.stop();
    this.runningEvery = every;
    if (every !== undefined) this.timer = setInterval(this.refresh, every);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.runningEvery = undefined;
  }
}
