import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineConsoleElements, setLocale, withPublicReads } from '@vn-portal/console';
import { createSessionClient } from '@vn-portal/sdk/admin';
import { consoleMocks } from './mocks/console.js';
import { consoleWorkflowMocks, questionOnDesk, resetModeration } from './mocks/console-workflow.js';
import { mockApiOrigin } from './mocks/index.js';
import { find, patience, screenReady, shown, textOf } from './support/console.js';
import { english } from './support/page.js';

defineConsoleElements();

interface Args {
  view: 'qa' | 'draft-comments';
}

const meta = {
  title: 'Console/Questions and comments',
  component: 'vnp-console',
  args: { view: 'qa' },
  loaders: [
    async ({ globals }) => {
      resetModeration();
      await setLocale(globals.locale === 'en' ? 'en' : 'vi');
      return {};
    },
  ],
  render: (args, { globals }) =>
    html`<vnp-console .client=${withPublicReads(createSessionClient({ baseUrl: mockApiOrigin, locale: globals.locale === 'en' ? 'en' : 'vi' }))} .view=${args.view}></vnp-console>`,
  parameters: { msw: { handlers: { ...consoleMocks, ...consoleWorkflowMocks } }, layout: 'fullscreen', docs: { story: { iframeHeight: 720 } } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Opens the question on the desk from the inbox, as an officer does; its title takes the focus. */
async function openQuestion(canvasElement: HTMLElement): Promise<void> {
  await screenReady(canvasElement);
  await userEvent.click(await shown(canvasElement, `button[data-question="${questionOnDesk.id}"]`));
  await waitFor(() => expect(find(canvasElement, 'h2')?.textContent.trim()).toBe(questionOnDesk.title), patience);
}

/** Types into a field of the question's forms. */
async function typeInto(canvasElement: HTMLElement, selector: string, text: string): Promise<void> {
  const field = (await shown(canvasElement, selector)) as HTMLInputElement | HTMLTextAreaElement;
  // Emptied directly: user-event's clear looks for the focus in the document, not in shadow roots.
  field.value = '';
  await userEvent.type(field, text);
}

/** Posts a progress notice on the open question: a new deadline, typed as officers write dates, and why. */
async function sendProgressNotice(canvasElement: HTMLElement, dueDate: string, reason: string): Promise<void> {
  await typeInto(canvasElement, 'input[name="new-due-date"]', dueDate);
  await typeInto(canvasElement, 'textarea[name="progress-reason"]', reason);
  await userEvent.click((await shown(canvasElement, 'input[name="new-due-date"]')).closest('form')?.querySelector('button[type="submit"]') as HTMLElement);
}

/** The inbox: the questions to handle, overdue and due soon first, each with its deadline and Open. */
export const Inbox: Story = {
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Hỏi đáp: câu hỏi cần xử lý');
    await waitFor(() => expect(textOf(canvasElement)).toContain(questionOnDesk.trackingCode), patience);
    await expect(find(canvasElement, 'caption')?.textContent).toContain('1 câu hỏi');
  },
};

/** The inbox in English. */
export const InboxInEnglish: Story = { ...english, play: async ({ canvasElement }) => screenReady(canvasElement, 'Q&A: questions to handle') };

/** A question opened: its text, the asker shown only on request (the reading is logged), and its forms. */
export const QuestionAskerRead: Story = {
  play: async ({ canvasElement }) => {
    await openQuestion(canvasElement);
    await userEvent.click(await shown(canvasElement, 'button[name="read-asker"]'));
    await waitFor(() => expect(textOf(canvasElement)).toContain('Đỗ Thị Hạnh'), patience);
    await expect(find(canvasElement, '#asker-heading')).toBe(find(canvasElement, 'vnp-console')?.shadowRoot?.activeElement);
  },
};

/** An answer being written: rich text, a cited document picked by its number, and who answers. */
export const AnswerBeingWritten: Story = {
  play: async ({ canvasElement }) => {
    await openQuestion(canvasElement);
    const editor = await shown(canvasElement, '[contenteditable]');
    // Typed as the browser's own editing does: user-event does not reach an editable region inside a
    // shadow root. Deprecated in name only (see the editor).
    editor.focus();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
    document.execCommand('insertText', false, 'Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận đăng ký doanh nghiệp.');
    await typeInto(canvasElement, 'input[name="citation"]', '42/2022{Enter}');
    await userEvent.click(await shown(canvasElement, 'button[data-choose]'));
    await waitFor(() => expect(find(canvasElement, 'ul.chosen li')).toBeDefined(), patience);
    await typeInto(canvasElement, 'input[name="answered-by-position"]', 'Phó Giám đốc Sở');
    await expect(editor.textContent).toContain('Hồ sơ gồm đơn đề nghị');
  },
};

/** The answer sent: shown with who gave it and the documents it cites. */
export const AnswerSent: Story = {
  play: async (context) => {
    await AnswerBeingWritten.play?.(context);
    const { canvasElement } = context;
    await userEvent.click(await shown(canvasElement, 'button[name="send-answer"]'));
    await waitFor(() => expect(textOf(canvasElement)).toContain('Người trả lời: Nguyễn Văn An, Phó Giám đốc Sở'), patience);
    await expect(textOf(canvasElement)).toContain('Đã trả lời');
  },
};

/** A progress notice (art. 9.4): a later deadline and why; the question keeps its state, with the new due date. */
export const ProgressNotice: Story = {
  play: async ({ canvasElement }) => {
    await openQuestion(canvasElement);
    await sendProgressNotice(canvasElement, '15/12/2026', 'Cần xin ý kiến Sở Tư pháp.');
    await waitFor(() => expect(find(canvasElement, '#progress-heading')).toBeDefined(), patience);
    await expect(textOf(canvasElement)).toContain('Cần xin ý kiến Sở Tư pháp.');
    await expect(textOf(canvasElement)).toContain('Hạn trả lời: 15/12/2026');
  },
};

/** A deadline that is not later than the current one is refused before anything is sent, and said at once. */
export const ProgressNoticeRefused: Story = {
  play: async ({ canvasElement }) => {
    await openQuestion(canvasElement);
    await sendProgressNotice(canvasElement, '31/02/2026', 'Cần thêm thời gian.');
    await waitFor(() => expect(find(canvasElement, 'p.problem')?.textContent).toContain('Hạn mới phải là một ngày'), patience);
  },
};

/** Forwarding to the competent agency: the question names it and says it was forwarded. */
export const Forward: Story = {
  play: async ({ canvasElement }) => {
    await openQuestion(canvasElement);
    const agency = (await shown(canvasElement, 'select[name="agency"]')) as HTMLSelectElement;
    await userEvent.selectOptions(agency, 'ubnd-huyen-an-lac');
    await userEvent.click(agency.closest('form')?.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, '#question-state')?.textContent).toContain('Ủy ban nhân dân huyện An Lạc'), patience);
  },
};

/** Rejected as out of scope, with the reason the asker is told. */
export const Reject: Story = {
  play: async ({ canvasElement }) => {
    await openQuestion(canvasElement);
    await typeInto(canvasElement, 'textarea[name="reason"]', 'Nội dung là khiếu nại, không thuộc phạm vi hỏi đáp.');
    await userEvent.click((await shown(canvasElement, 'textarea[name="reason"]')).closest('form')?.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, '#rejection-heading')).toBeDefined(), patience);
    await expect(textOf(canvasElement)).toContain('không thuộc phạm vi hỏi đáp');
  },
};

/** The drafts open for comment, with their counts; the ones with comments waiting first. */
export const CommentDrafts: Story = {
  args: { view: 'draft-comments' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Góp ý dự thảo: duyệt góp ý');
    await waitFor(() => expect(textOf(canvasElement)).toContain('2 chờ duyệt, 1 đã duyệt, 0 đã từ chối'), patience);
  },
};

/** A draft's queue, the comments waiting first, each with Approve and Reject. */
export const CommentQueue: Story = {
  args: { view: 'draft-comments' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await userEvent.click(await shown(canvasElement, 'button[data-draft]'));
    await waitFor(() => expect(find(canvasElement, 'article.comment.pending button[name="approve"]')).toBeDefined(), patience);
    await expect(find(canvasElement, 'article.comment')?.classList.contains('pending')).toBe(true);
  },
};

/** The queue in English. */
export const CommentQueueInEnglish: Story = { ...english, args: { view: 'draft-comments' }, play: async (context) => CommentQueue.play?.(context) };

/** Rejecting a comment needs its reason; the decision is shown on the comment and counted. */
export const CommentRejectedWithReason: Story = {
  args: { view: 'draft-comments' },
  play: async (context) => {
    await CommentQueue.play?.(context);
    const { canvasElement } = context;
    await userEvent.click(await shown(canvasElement, 'article.comment.pending button[name="reject"]'));
    await typeInto(canvasElement, 'textarea[name="rejection-reason"]', 'Góp ý không liên quan đến dự thảo.');
    await userEvent.click(await shown(canvasElement, 'button[name="confirm-reject"]'));
    await waitFor(() => expect(find(canvasElement, '#comment-counts')?.textContent).toContain('1 chờ duyệt, 1 đã duyệt, 1 đã từ chối'), patience);
    await expect(textOf(canvasElement)).toContain('Lý do từ chối: Góp ý không liên quan đến dự thảo.');
  },
};
