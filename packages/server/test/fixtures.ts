import type { Agency, PollInput } from '@vn-portal/schema';
import type { TestApp } from './test-app.js';

export const provinceAgency: Agency = { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh Thử Nghiệm' }, kind: 'province', order: 0 };
export const departmentAgency: Agency = { code: 'stttt', name: { vi: 'Sở Thông tin và Truyền thông' }, kind: 'department', order: 1, parent: 'ubnd-tinh' };

/** Sends an admin request and fails the test on anything but the expected status. */
export async function adminRequest<T>(t: TestApp, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, expected = 200): Promise<T> {
  const response = await t.app.inject({ method, url, headers: t.admin, ...(payload === undefined ? {} : { payload: payload as object }) });
  if (response.statusCode !== expected) throw new Error(`${method} ${url}: expected ${expected}, got ${response.statusCode} ${response.body}`);
  return (response.body === '' ? undefined : response.json()) as T;
}

/** Two agencies through the admin API. */
export async function seedAgencies(t: TestApp): Promise<void> {
  await adminRequest(t, 'POST', '/api/v1/admin/agencies', provinceAgency, 201);
  await adminRequest(t, 'POST', '/api/v1/admin/agencies', departmentAgency, 201);
}

export function pollInput(overrides: Partial<PollInput> = {}): PollInput {
  return {
    agency: 'ubnd-tinh',
    question: { vi: 'Bạn thấy Cổng thông tin thế nào?' },
    kind: 'single',
    maxChoices: 1,
    options: [
      { id: 'tot', label: { vi: 'Tốt' } },
      { id: 'binh-thuong', label: { vi: 'Bình thường' } },
      { id: 'chua-tot', label: { vi: 'Chưa tốt' } },
    ],
    resultsVisibility: 'always',
    ...overrides,
  };
}

export async function createPoll(t: TestApp, overrides: Partial<PollInput> = {}): Promise<string> {
  const poll = await adminRequest<{ id: string }>(t, 'POST', '/api/v1/admin/polls', pollInput(overrides), 201);
  return poll.id;
}

/** A voter token as a browser would make it. */
export const voterToken = (n: number) => `voter-${String(n).padStart(12, '0')}`;
