// What the mocked API answers the console: a signed-in officer and the admin operations' data, so
// each screen's story shows it on realistic records without a server.
import { delay, HttpResponse, type HttpHandler } from 'msw';
import { adminRoutes, sessionRoutes, type AdminPoll, type ApiKey, type Problem, type ResponseOf, type SessionUser } from '@vn-portal/schema';
import { examplePoll, examplePollClosed, exampleQuestionForwarded } from '@vn-portal/schema/examples';
import { handleRoute, problemResponse } from './api.js';

const consoleRoutes = { ...adminRoutes, ...sessionRoutes };
export type ConsoleOperation = keyof typeof consoleRoutes;

/** The API answers a console operation with `body`, typed by the contract. */
export function answerConsole<K extends ConsoleOperation>(operation: K, body: ResponseOf<K>): HttpHandler {
  const { status } = consoleRoutes[operation];
  return handleRoute(consoleRoutes[operation], () => (body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status })));
}

/** The API refuses a console operation with a problem (RFC 9457). */
export const failConsole = (operation: ConsoleOperation, problem: Problem): HttpHandler => handleRoute(consoleRoutes[operation], () => problemResponse(problem));

/** The API never answers: the screen stays in its loading state. */
export const hangConsole = (operation: ConsoleOperation): HttpHandler =>
  handleRoute(consoleRoutes[operation], async () => {
    await delay('infinite');
    return HttpResponse.error();
  });

export const exampleAdmin: SessionUser = {
  id: 'nguyen-van-an',
  username: 'an.quantri',
  name: 'Nguyễn Văn An',
  role: 'admin',
  agencies: [],
  expiresAt: '2026-11-25T11:00:00.000Z',
};

/** A moderator of one department: the console offers only the screens and agencies that account may use. */
export const exampleScopedModerator: SessionUser = { ...exampleAdmin, id: 'tran-thi-lan', username: 'lan.so', name: 'Trần Thị Lan', role: 'moderator', agencies: ['stttt'] };

const keys: ApiKey[] = [
  { id: 'cms-so-tttt-0001', name: 'CMS của Sở Thông tin và Truyền thông', role: 'editor', agencies: ['stttt'], createdAt: '2026-03-02T02:00:00.000Z', lastUsedAt: '2026-11-24T08:15:00.000Z' },
  { id: 'giam-sat-000001', name: 'Giám sát của Trung tâm CNTT', role: 'admin', agencies: [], createdAt: '2026-01-10T02:00:00.000Z' },
];

const adminPoll: AdminPoll = { ...examplePoll, refusedByCap: 37 };

/** The console's operations as the stories' server answers them by default. */
export const consoleMocks: Partial<Record<ConsoleOperation, HttpHandler>> = {
  getSession: answerConsole('getSession', exampleAdmin),
  signOut: answerConsole('signOut', undefined),
  listQuestions: answerConsole('listQuestions', {
    items: [{ ...exampleQuestionForwarded, askerHeld: true, id: 'q-0001', content: 'Tôi muốn hỏi về thủ tục cấp giấy phép hoạt động in.' }],
    total: 1,
    page: 1,
    pageSize: 100,
  }),
  getPollForAdmin: answerConsole('getPollForAdmin', adminPoll),
  listPollsForAdmin: answerConsole('listPollsForAdmin', { items: [examplePoll, examplePollClosed], total: 2, page: 1, pageSize: 100 }),
  updatePoll: answerConsole('updatePoll', { ...examplePoll, state: 'closed' }),
  updateLeader: handleRoute(adminRoutes.updateLeader, async ({ request, params }) => HttpResponse.json({ ...((await request.json()) as object), id: String(params.id) })),
  setAllowedOrigins: handleRoute(adminRoutes.setAllowedOrigins, async ({ request }) => HttpResponse.json(await request.json())),
  getAllowedOrigins: answerConsole('getAllowedOrigins', { origins: ['https://stttt.binhson.example', 'https://dichvucong.binhson.example'] }),
  listCalendarDays: answerConsole('listCalendarDays', {
    items: [
      { date: '2026-04-25', kind: 'working-day', name: { vi: 'Làm bù cho ngày 30/4', en: 'Make-up day for 30 April' } },
      { date: '2026-05-01', kind: 'day-off', name: { vi: 'Nghỉ bù Quốc tế Lao động', en: 'Labour Day make-up holiday' } },
    ],
  }),
  listDataSubjectRequests: answerConsole('listDataSubjectRequests', {
    items: [
      { id: 'dsr-0001', kind: 'deletion', state: 'received', contact: 'phan.thu@example.com', receivedAt: '2026-11-20T02:00:00.000Z', acknowledgeBy: '2026-11-24', dueBy: '2026-12-05', overdue: true },
      { id: 'dsr-0002', kind: 'access', state: 'completed', receivedAt: '2026-10-01T02:00:00.000Z', acknowledgeBy: '2026-10-03', dueBy: '2026-10-16', closedAt: '2026-10-10T02:00:00.000Z', overdue: false, outcome: 'Đã gửi bản sao dữ liệu.' },
    ],
    total: 2,
    page: 1,
    pageSize: 100,
  }),
  listApiKeys: answerConsole('listApiKeys', { items: keys }),
  createApiKey: answerConsole('createApiKey', {
    id: 'cong-dvc-000001',
    name: 'Cổng dịch vụ công',
    role: 'editor',
    agencies: ['stttt'],
    createdAt: '2026-11-25T02:00:00.000Z',
    secret: 'vnp_cong-dvc-000001_3nVx0cXfRk2kq8ZpI1tA5oYw7bEjL4uGsHdMe9yQvC6',
  }),
  listBackups: answerConsole('listBackups', {
    items: [
      { id: 'backup-2026-11-23.sqlite', createdAt: '2026-11-23T17:00:00.000Z', size: 48_213_504, sha256: 'a'.repeat(64), copied: true },
      { id: 'backup-2026-11-16.sqlite', createdAt: '2026-11-16T17:00:00.000Z', size: 47_800_320, sha256: 'b'.repeat(64), copied: true },
    ],
    schedule: { lastTakenAt: '2026-11-23T17:00:00.000Z', intervalHours: 168, overdue: false },
  }),
};

