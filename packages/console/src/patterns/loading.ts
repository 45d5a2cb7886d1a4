import { msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { problemOf, type Problem } from './problem.js';
import { reportSessionEnd } from './writes.js';

type Host = ReactiveControllerHost & HTMLElement;

class LoadFailed extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/**
 * What a screen reads, as a lit Task re-run when `args` change: a failure becomes a Problem (and an
 * ended session is reported to the shell as it happens, not when rendered).
 */
export function load<const A extends readonly unknown[], T>(host: Host, args: () => A, read: (args: A) => Promise<T>): Task<A, T> {
  return new Task(host, {
    args,
    task: async (values) => {
      try {
        return await read(values);
      } catch (error) {
        const problem = problemOf(error);
        reportSessionEnd(host, problem);
        throw new LoadFailed(problem);
      }
    },
  });
}

/**
 * A loaded value's three other states, the same on every screen: loading (the last value stays
 * while it reloads, so focus is not lost), empty, and failed with a way to try again.
 */
export function renderLoaded<T>(task: Task<readonly unknown[], T>, view: { complete: (value: T) => TemplateResult; isEmpty?: (value: T) => boolean; empty?: string }) {
  const loading = () => (task.value === undefined ? html`<p role="status" class="loading">${msg('Đang tải…', { id: 'loading' })}</p>` : view.complete(task.value));
  return task.render({
    initial: loading,
    pending: loading,
    complete: (value) => (view.isEmpty?.(value) === true ? html`<p class="empty">${view.empty}</p>` : view.complete(value)),
    error: (error) =>
      html`<p role="alert" class="problem">
        ${error instanceof LoadFailed ? error.problem.message : String(error)}
        <button type="button" class="secondary" @click=${() => void task.run()}>${msg('Thử lại', { id: 'retry' })}</button>
      </p>`,
  });
}
