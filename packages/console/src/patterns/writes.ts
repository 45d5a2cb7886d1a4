import type { AnySchema } from '@vn-portal/schema';
import { ApiProblemError } from '@vn-portal/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { problemOf, schemaProblem, type Problem } from './problem.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** Tells the console shell the session ended, from any screen (the event crosses shadow roots). */
export const sessionEndedEvent = 'vnp-session-ended';

export function reportSessionEnd(host: HTMLElement, problem: Problem): void {
  if (problem.sessionEnded === true) host.dispatchEvent(new CustomEvent(sessionEndedEvent, { bubbles: true, composed: true }));
}

/**
 * Every write of a screen goes through here: the value is checked against its schema first (the
 * same rules the server applies), then sent; a refusal becomes a Problem whose field errors sit
 * beside their fields, and focus moves to the first field at fault or to the message.
 */
export class Writes implements ReactiveController {
  problem: Problem | undefined;
  busy = false;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * `conflict` says why the server may refuse this write as a conflict (409), where the general
   * message ("changed or duplicate") would mislead: an agency still holding content, say.
   */
  async run<T>(work: () => Promise<T>, check?: { schema: AnySchema; value: unknown }, conflict?: string): Promise<T | undefined> {
    if (check !== undefined && !(await this.valid(check.schema, check.value))) return undefined;
    this.busy = true;
    this.problem = undefined;
    this.#host.requestUpdate();
    try {
      return await work();
    } catch (error) {
      const problem = problemOf(error);
      await this.fail(conflict !== undefined && error instanceof ApiProblemError && error.status === 409 ? { ...problem, message: conflict } : problem);
      return undefined;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Whether `value` passes its schema; when not, its fields are marked as `run` marks them (to check before asking for confirmation). */
  async valid(schema: AnySchema, value: unknown): Promise<boolean> {
    const invalid = schemaProblem(schema, value);
    if (invalid !== undefined) await this.fail(invalid);
    return invalid === undefined;
  }

  clear(): void {
    this.problem = undefined;
    this.#host.requestUpdate();
  }

  /** The message of the field at `path` (or of an item of it, `origins.3`), if it is at fault. */
  fieldError(path: string): string | undefined {
    const fields = this.problem?.fields ?? {};
    return fields[path] ?? Object.entries(fields).find(([at]) => at.startsWith(`${path}.`))?.[1];
  }

  /** The region announcing the last refusal; always rendered so screen readers hear it change. */
  renderProblem() {
    return html`<p class="problem" role="alert" data-problem>${this.problem?.message ?? nothing}</p>`;
  }

  /** Shows a refusal the screen found itself (a file too large, none chosen) as the server's are shown. */
  async fail(problem: Problem): Promise<void> {
    this.problem = problem;
    reportSessionEnd(this.#host, problem);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const first = this.#host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.#host.renderRoot.querySelector<HTMLElement>('[data-problem]');
    first?.focus();
  }
}
