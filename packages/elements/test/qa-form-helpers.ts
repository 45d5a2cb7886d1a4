// Shared by the <vn-qa-form> browser tests: the element, typing into its fields from the keyboard,
// and a watch on the questions the page sends.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { QuestionReceipt } from '@vn-portal/schema';
import { part, setPageLang, settledFixture, textOf } from './browser-helpers.js';
export { individual, organization } from './qa-fixtures.js';
export { expectAccessibleInBothLanguages } from './browser-helpers.js';
import type { VnQaForm } from '../src/qa-form/qa-form.js';
import '../src/qa-form/vn-qa-form.js';

export const qaForm = (template: TemplateResult) => settledFixture<VnQaForm>(template);

/** Each test of the form starts with no draft or tracking code kept by an earlier one, and leaves the page in Vietnamese. */
export function eachTestAfresh(): void {
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => setPageLang('vi'));
}

/** The control of a field, by its name (its id is `qa-<name>`). */
export const control = (element: VnQaForm, name: string) => element.shadowRoot?.querySelector<HTMLInputElement>(`#qa-${name}`) ?? null;

/**
 * What has the focus inside the element: its id, else its part. A string, not the element: a
 * failed comparison of two elements makes chai describe both, which can take minutes.
 */
export function focusedIn(element: VnQaForm): string {
  const active = element.shadowRoot?.activeElement;
  return active ? active.id || (active.getAttribute('part') ?? active.tagName) : 'nothing';
}

/** Focuses a field and types into it, key by key. */
export async function typeInto(element: VnQaForm, name: string, text: string): Promise<void> {
  control(element, name)?.focus();
  await sendKeys({ type: text });
}

/** Picks the nth option of a select (0 is the placeholder) with the arrow keys. */
export async function chooseOption(element: VnQaForm, name: string, index: number): Promise<void> {
  control(element, name)?.focus();
  for (let step = 0; step < index; step += 1) await sendKeys({ press: 'ArrowDown' });
}

export const question = {
  title: 'Hỏi về hồ sơ cấp giấy phép xây dựng nhà ở',
  content: 'Xin hỏi hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại đô thị gồm những giấy tờ gì?',
};

/** Fills the whole form from the keyboard: identity fields, the first topic, title, content, consent. */
export async function fillQuestion(element: VnQaForm, identity: Record<string, string>, text = question): Promise<void> {
  for (const [name, value] of Object.entries(identity)) await typeInto(element, name, value);
  await chooseOption(element, 'topic', 1);
  await typeInto(element, 'title', text.title);
  await typeInto(element, 'content', text.content);
  control(element, 'consent')?.focus();
  await sendKeys({ press: 'Space' });
}

/** Sends the form from the keyboard, with Enter on the submit button. */
export async function pressSubmit(element: VnQaForm): Promise<void> {
  part(element, 'submit-button')?.focus();
  await sendKeys({ press: 'Enter' });
}

export async function receiptOf(element: VnQaForm): Promise<string> {
  await waitUntil(() => part(element, 'tracking-code'), 'no receipt was shown', { timeout: 5000 });
  return textOf(part(element, 'tracking-code'));
}

export interface Submission {
  key: string | null;
  body: Record<string, unknown>;
  /** The server's answer, when the request reached it. */
  answer?: { status: number; receipt: QuestionReceipt };
}

/**
 * Watches the questions the page sends (`POST /qa/questions`), with their idempotency keys and
 * the server's answers. `loseNextAnswer()` lets the next one reach the server and then fails it as
 * a dropped connection would: the server has the question, the page never hears back.
 */
export function watchSubmissions() {
  const realFetch = window.fetch.bind(window);
  const submissions: Submission[] = [];
  let loseAnswer = false;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/qa/questions')) return realFetch(request);
    const submission: Submission = { key: request.headers.get('Idempotency-Key'), body: (await request.clone().json()) as Record<string, unknown> };
    submissions.push(submission);
    const response = await realFetch(request);
    submission.answer = { status: response.status, receipt: (await response.clone().json()) as QuestionReceipt };
    if (loseAnswer) {
      loseAnswer = false;
      throw new TypeError('Failed to fetch (connection reset, simulated)');
    }
    return response;
  };
  return {
    submissions,
    loseNextAnswer: () => {
      loseAnswer = true;
    },
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
