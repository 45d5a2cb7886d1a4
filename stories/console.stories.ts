import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineConsoleElements, setLocale, viewIds, withPublicReads, type ViewId } from '@vn-portal/console';
import { exampleProblemUnavailable } from '@vn-portal/schema/examples';
import { createSessionClient } from '@vn-portal/sdk/admin';
import { answerConsole, consoleMocks, exampleScopedModerator, failConsole, hangConsole } from './mocks/console.js';
import { registerMocks } from './mocks/console-register.js';
import { mockApiOrigin } from './mocks/index.js';
import { consoleNodes, find, patience, screenReady, textOf } from './support/console.js';
import { english } from './support/page.js';

defineConsoleElements();

interface Args {
  view: ViewId;
}

const meta = {
  title: 'Console/Screens',
  component: 'vnp-console',
  args: { view: 'qa' },
  argTypes: { view: { control: 'select', options: viewIds, description: 'The screen shown (the URL fragment `#view` in the console)' } },
  loaders: [
    async ({ globals }) => {
      await setLocale(globals.locale === 'en' ? 'en' : 'vi');
      return {};
    },
  ],
  render: (args, { globals }) =>
    html`<vnp-console .client=${withPublicReads(createSessionClient({ baseUrl: mockApiOrigin, locale: globals.locale === 'en' ? 'en' : 'vi' }))} .view=${args.view}></vnp-console>`,
  parameters: { msw: { handlers: consoleMocks }, layout: 'fullscreen', docs: { story: { iframeHeight: 640 } } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The Q&A inbox: overdue and due soon first. */
export const QaInbox: Story = {};

/** Leaders of the chosen agency, with their contacts; Edit and Remove on each. */
export const Leaders: Story = {
  args: { view: 'leaders' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Lãnh đạo');
    await waitFor(() => expect(textOf(canvasElement)).toContain('Hoàng Minh Tuấn'), patience);
  },
};

/** The same screen in English. */
export const LeadersInEnglish: Story = { ...english, args: { view: 'leaders' }, play: async ({ canvasElement }) => screenReady(canvasElement, 'Leaders') };

/** A phone the schema refuses is marked on its field, the message tied to it, and focus goes there. */
export const LeaderPhoneRefused: Story = {
  args: { view: 'leaders' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await waitFor(() => expect(find(canvasElement, '[data-edit]')).toBeDefined(), patience);
    await userEvent.click(find(canvasElement, '[data-edit]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, 'input[name="phone"]')).toBeDefined(), patience);
    const phone = find(canvasElement, 'input[name="phone"]') as HTMLInputElement;
    phone.value = '';
    await userEvent.type(phone, '12345{Enter}');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'), patience);
    await expect(textOf(canvasElement)).toContain('Không đúng định dạng.');
  },
};

/** The agency tree, editable by an administrator covering the whole portal. */
export const Agencies: Story = { args: { view: 'agencies' } };

/** The agency's polls, newest first; the newest's counts, the votes the per-address cap refused, and Close. */
export const Polls: Story = {
  args: { view: 'polls' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Bình chọn');
    await waitFor(() => expect(textOf(canvasElement)).toContain('vượt giới hạn mỗi địa chỉ mỗi ngày: 37'), patience);
  },
};

/** Closing a poll asks first, in a modal dialog. */
export const ClosePollAsksFirst: Story = {
  args: { view: 'polls' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await waitFor(() => expect(find(canvasElement, '[data-close]')).toBeDefined(), patience);
    await userEvent.click(find(canvasElement, '[data-close]') as HTMLElement);
    await waitFor(() => expect((find(canvasElement, 'dialog') as HTMLDialogElement | undefined)?.open).toBe(true), patience);
  },
};

/** Extra days off and make-up working Saturdays. */
export const Calendar: Story = { args: { view: 'calendar' } };

/** No day added yet: said so, with the form to add one. */
export const CalendarEmpty: Story = {
  args: { view: 'calendar' },
  parameters: { msw: { handlers: { listCalendarDays: answerConsole('listCalendarDays', { items: [] }) } } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await waitFor(() => expect(find(canvasElement, '.empty')).toBeDefined(), patience);
  },
};

/** The sites allowed to send visitors' writes for an agency. */
export const AllowedOrigins: Story = { args: { view: 'origins' } };

/** People's requests about their data, the overdue marked. */
export const PersonalDataRequests: Story = { args: { view: 'personal-data' } };

/** API keys with their role and agencies; Revoke on each, and the form for a new one. */
export const ApiKeys: Story = { args: { view: 'api-keys' } };

/** A new key's secret, shown once. */
export const ApiKeySecretShownOnce: Story = {
  args: { view: 'api-keys' },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await userEvent.type(find(canvasElement, 'input[name="name"]') as HTMLInputElement, 'Cổng dịch vụ công');
    await waitFor(() => expect(find(canvasElement, 'input[name="agencies"]')).toBeDefined(), patience);
    await userEvent.click(find(canvasElement, 'input[name="agencies"][value="stttt"]') as HTMLElement);
    await userEvent.click(find(canvasElement, 'form button[type="submit"]') as HTMLElement);
    await waitFor(() => expect((find(canvasElement, '#secret') as HTMLInputElement | undefined)?.value).toMatch(/^vnp_/), patience);
  },
};

/** The same screen in English. */
export const ApiKeysInEnglish: Story = { ...english, args: { view: 'api-keys' }, play: async ({ canvasElement }) => screenReady(canvasElement, 'API keys') };

/** Backups, newest first, with the schedule's status and Back up now. */
export const Backups: Story = { args: { view: 'backups' } };

/** Still loading: said in a status line. */
export const BackupsLoading: Story = {
  args: { view: 'backups' },
  parameters: { msw: { handlers: { listBackups: hangConsole('listBackups') } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(find(canvasElement, '.loading')?.getAttribute('role')).toBe('status'), patience);
  },
};

/** The server failed: an alert, and Try again. */
export const BackupsFailed: Story = {
  args: { view: 'backups' },
  parameters: { msw: { handlers: { listBackups: failConsole('listBackups', exampleProblemUnavailable) } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(find(canvasElement, 'p.problem[role="alert"] button')).toBeDefined(), patience);
  },
};

/** A moderator of one department: only the screens, and the agency, their account may use. */
export const ScopedModerator: Story = {
  args: { view: 'leaders' },
  parameters: { msw: { handlers: { getSession: answerConsole('getSession', exampleScopedModerator) } } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Lãnh đạo');
    const links = consoleNodes(canvasElement).filter((element) => element.matches('nav a'));
    await expect(links.map((link) => link.getAttribute('href'))).toEqual(['#qa', '#draft-comments', '#leaders', '#agencies', '#polls', '#register', '#register-import', '#activity-report']);
    await waitFor(() => expect(find(canvasElement, '#agency-choice option')).toBeDefined(), patience);
    const agencies = consoleNodes(canvasElement).filter((element) => element.matches('#agency-choice option'));
    await expect(agencies.map((option) => option.getAttribute('value'))).toEqual(['stttt']);
  },
};

/** Before sign-in: the account's name and password. */
export const SignIn: Story = {
  parameters: { msw: { handlers: { getSession: failConsole('getSession', { type: 'about:blank', title: 'Sign in first', status: 401, code: 'unauthorized' }) } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(find(canvasElement, 'input[name="username"]')).toBeDefined(), patience);
  },
};

/** The register: each document's publication deadline, the late ones and outdated English marked, a withdrawn one with its reason. */
export const Register: Story = {
  args: { view: 'register' },
  parameters: { msw: { handlers: registerMocks } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Văn bản');
    await waitFor(() => expect(textOf(canvasElement)).toContain('Cũ hơn bản tiếng Việt'), patience);
    await expect(textOf(canvasElement)).toContain('Muộn');
    await expect(textOf(canvasElement)).toContain('Ban hành sai thẩm quyền');
  },
};

/** The same screen in English. */
export const RegisterInEnglish: Story = { ...english, ...Register, play: async ({ canvasElement }) => screenReady(canvasElement, 'Legal documents') };

/** Withdrawing asks for a reason, then asks to confirm in a modal dialog. */
export const RegisterWithdrawAsksFirst: Story = {
  ...Register,
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await waitFor(() => expect(find(canvasElement, '[data-withdraw]')).toBeDefined(), patience);
    await userEvent.click(find(canvasElement, '[data-withdraw]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, 'input[name="reason.vi"]')).toBeDefined(), patience);
    await userEvent.type(find(canvasElement, 'input[name="reason.vi"]') as HTMLInputElement, 'Ban hành sai thẩm quyền{Enter}');
    await waitFor(() => expect((find(canvasElement, 'dialog') as HTMLDialogElement | undefined)?.open).toBe(true), patience);
  },
};

/** A document published meanwhile cannot be deleted: the refusal says to withdraw it, in an alert. */
export const RegisterDiscardRefused: Story = {
  args: { view: 'register' },
  parameters: {
    msw: {
      handlers: {
        ...registerMocks,
        deleteLegalDocument: failConsole('deleteLegalDocument', { type: 'about:blank', title: 'Kept permanently', status: 409, code: 'kept-permanently' }),
      },
    },
  },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await waitFor(() => expect(find(canvasElement, '[data-discard]')).toBeDefined(), patience);
    await userEvent.click(find(canvasElement, '[data-discard]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, 'dialog [data-confirm]')).toBeDefined(), patience);
    await userEvent.click(find(canvasElement, 'dialog [data-confirm]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, '[data-problem]')?.textContent).toContain('lưu trữ vĩnh viễn'), patience);
  },
};

/** No document matches the filters: said so. */
export const RegisterEmpty: Story = {
  args: { view: 'register' },
  parameters: { msw: { handlers: { listLegalDocumentsForAdmin: answerConsole('listLegalDocumentsForAdmin', { items: [], total: 0, page: 1, pageSize: 50 }) } } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement);
    await waitFor(() => expect(find(canvasElement, '.empty')).toBeDefined(), patience);
  },
};

/** An import's dry run: every problem at its line and column, nothing written, then Import for the valid rows. */
export const RegisterImportDryRun: Story = {
  args: { view: 'register-import' },
  parameters: { msw: { handlers: registerMocks } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Nhập sổ văn bản');
    const input = find(canvasElement, 'input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['number,type\n'], 'so-van-ban.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await userEvent.click(find(canvasElement, 'form button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(find(canvasElement, '[data-import]')).toBeDefined(), patience);
    await expect(textOf(canvasElement)).toContain('issued_date');
  },
};

/** A year's activity of the province: the totals and each agency's figures, with the CSV and the printable report. */
export const ActivityReport: Story = {
  args: { view: 'activity-report' },
  parameters: { msw: { handlers: registerMocks } },
  play: async ({ canvasElement }) => {
    await screenReady(canvasElement, 'Báo cáo hoạt động');
    await waitFor(() => expect(textOf(canvasElement)).toContain('1.344'), patience);
  },
};

/** The same screen in English. */
export const ActivityReportInEnglish: Story = { ...english, ...ActivityReport, play: async ({ canvasElement }) => screenReady(canvasElement, 'Activity report') };
