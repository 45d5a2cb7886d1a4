import type { Poll, PollResults } from '../poll.js';

/** The poll and results as portals show them (seed 000): "1180 phiếu (88 %)", "Tổng số phiếu: 1344". */
export const examplePoll: Poll = {
  id: 'danh-gia-cong-ttdt',
  agency: 'stttt',
  question: { vi: 'Ý kiến về Cổng Thông tin điện tử tỉnh?', en: 'What do you think of the provincial web portal?' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'dat', label: { vi: 'Đạt yêu cầu', en: 'Meets my needs' } },
    { id: 'chua-dat', label: { vi: 'Chưa đạt yêu cầu', en: 'Does not meet my needs' } },
    { id: 'them-chu-de', label: { vi: 'Cần thêm chủ đề', en: 'Needs more topics' } },
  ],
  opensAt: '2026-01-05T00:00:00.000Z',
  closesAt: '2026-12-31T16:59:59.000Z',
  state: 'open',
  resultsVisibility: 'always',
};

export const examplePollResults: PollResults = {
  pollId: 'danh-gia-cong-ttdt',
  visible: true,
  total: 1344,
  options: [
    { id: 'dat', count: 1180, percent: 88 },
    { id: 'chua-dat', count: 107, percent: 8 },
    { id: 'them-chu-de', count: 57, percent: 4 },
  ],
  voted: false,
};

/** Multiple choice, closed, Vietnamese only. */
export const examplePollClosed: Poll = {
  id: 'dich-vu-cong-truc-tuyen',
  agency: 'ubnd-tinh',
  question: { vi: 'Bạn đã sử dụng những dịch vụ công trực tuyến nào của tỉnh?' },
  kind: 'multiple',
  maxChoices: 3,
  options: [
    { id: 'ho-tich', label: { vi: 'Đăng ký hộ tịch' } },
    { id: 'dat-dai', label: { vi: 'Đất đai' } },
    { id: 'kinh-doanh', label: { vi: 'Đăng ký kinh doanh' } },
    { id: 'chua-dung', label: { vi: 'Chưa sử dụng dịch vụ nào' } },
  ],
  opensAt: '2025-09-01T00:00:00.000Z',
  closesAt: '2025-12-31T16:59:59.000Z',
  state: 'closed',
  resultsVisibility: 'after-close',
};

export const examplePollClosedResults: PollResults = {
  pollId: 'dich-vu-cong-truc-tuyen',
  visible: true,
  total: 3,
  options: [
    { id: 'ho-tich', count: 1, percent: 34 },
    { id: 'dat-dai', count: 1, percent: 33 },
    { id: 'kinh-doanh', count: 1, percent: 33 },
    { id: 'chua-dung', count: 0, percent: 0 },
  ],
  voted: true,
};
