// The loading and failure stories every data element has, made for the one operation it loads:
// an element's story file exports them under its own names (`export const Loading = states.loading`).
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { ResponseOf } from '@vn-portal/schema';
import { exampleProblemUnavailable } from '@vn-portal/schema/examples';
import { answer, answerUnreadable, fail, hang, withMockApi, type PublicOperation } from '../mocks/api.js';
import { noApiConfigured } from './page.js';
import { loaded, part, showsError, storyElement, type KitTag } from './play.js';

export function dataStates<K extends PublicOperation>(tag: KitTag, operation: K, recovered: ResponseOf<K>) {
  const element = ({ canvasElement }: StoryContext) => storyElement(canvasElement, tag);
  const showsErrorWithRetry = async (context: StoryContext) => {
    await showsError(element(context));
  };
  return {
    /** Waiting for the API: a placeholder shaped like the content, and `aria-busy`. */
    loading: {
      parameters: withMockApi({ [operation]: hang(operation) }),
      play: async (context) => {
        const host = element(context);
        await host.updateComplete;
        await expect(part(host, 'base')?.getAttribute('aria-busy')).toBe('true');
        await expect(part(host, 'skeleton')).not.toBeNull();
      },
    },
    /** The API answers 503 (problem+json): a message and a Retry button. */
    serverError: {
      parameters: withMockApi({ [operation]: fail(operation, exampleProblemUnavailable) }),
      play: showsErrorWithRetry,
    },
    /** The network fails (offline, blocked, DNS). */
    networkError: {
      parameters: withMockApi({ [operation]: fail(operation, 'network') }),
      play: showsErrorWithRetry,
    },
    /** The API answers what the contract does not allow. */
    unreadableAnswer: {
      parameters: withMockApi({ [operation]: answerUnreadable(operation) }),
      play: showsErrorWithRetry,
    },
    /** Retry after an error: the content comes, and focus moves from the vanished button to it. */
    retryRecovers: {
      parameters: withMockApi({ [operation]: fail(operation, exampleProblemUnavailable) }),
      play: async (context) => {
        const host = element(context);
        await showsError(host);
        context.msw.use(answer(operation, recovered));
        await userEvent.click(part(host, 'retry-button') as HTMLElement);
        await loaded(host);
        await expect(host.shadowRoot?.activeElement).toBe(part(host, 'base'));
      },
    },
    /** The page forgot to say where the API is: a message, no Retry (retrying cannot help). */
    noApiConfigured: {
      ...noApiConfigured,
      play: async (context) => {
        await showsError(element(context), { retry: false });
      },
    },
  } satisfies Record<string, StoryObj>;
}
