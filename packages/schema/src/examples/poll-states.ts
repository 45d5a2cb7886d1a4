import { largestRemainderPercentages, type Poll, type PollResults, type VoteReceipt } from '../poll.js';
import type { Problem } from '../problem.js';
import { examplePoll, examplePollResults } from './polls.js';

/*
 * Polls in the other states and results-visibility policies a portal shows: multiple choice,
 * upcoming, results hidden until the vote or the close, never published, small and awkward counts,
 * long Vietnamese text; what the API answers a vote; and the problems a vote can meet.
 */

/** Results as the API computes them: a count per option, whole percentages adding up to 100, the voters. */
function resultsOf(poll: Poll, counts: readonly number[], voters: number, seen: { voted: boolean; visible?: boolean }): PollResults {
  const visible = seen.visible ?? true;
  const shown = counts.map((count) => (visible ? count : 0));
  const percents = largestRemainderPercentages(shown);
  return {
    pollId: poll.id,
    visible,
    total: visible ? voters : 0,
    options: poll.options.map((option, index) => ({ id: option.id, count: shown[index] ?? 0, percent: percents[index] ?? 0 })),
    voted: seen.voted,
  };
}

/** This browser voted in the poll earlier: a later visit shows that, with the results. */
export const examplePollResultsVoted: PollResults = { ...examplePollResults, voted: true };

/** The vote for "Đạt yêu cầu", counted: 1181 of 1345 voters. */
export const exampleVoteReceipt: VoteReceipt = { counted: true, results: resultsOf(examplePoll, [1181, 107, 57], 1345, { voted: true }) };

/** This browser had voted already: the earlier vote stands, nothing more is counted. */
export const exampleVoteReceiptRepeat: VoteReceipt = { counted: false, results: examplePollResultsVoted };

/** The poll as it is once closed while a visitor had it open. */
export const examplePollJustClosed: Poll = { ...examplePoll, state: 'closed', closesAt: '2026-12-01T03:00:00.000Z' };

/** Multiple choice, at most two of five; the results are shown once the visitor has voted. */
export const examplePollMultiple: Poll = {
  id: 'kenh-thong-tin',
  agency: 'stttt',
  question: { vi: 'Bạn thường theo dõi thông tin của tỉnh qua những kênh nào?', en: 'Where do you usually follow news of the province?' },
  kind: 'multiple',
  maxChoices: 2,
  options: [
    { id: 'cong-ttdt', label: { vi: 'Cổng Thông tin điện tử tỉnh', en: 'The provincial web portal' } },
    { id: 'bao-dai', label: { vi: 'Báo in, phát thanh, truyền hình', en: 'Newspapers, radio and television' } },
    { id: 'mang-xa-hoi', label: { vi: 'Mạng xã hội (Zalo, Facebook)', en: 'Social networks (Zalo, Facebook)' } },
    { id: 'ung-dung', label: { vi: 'Ứng dụng di động của tỉnh', en: 'The province’s mobile app' } },
    { id: 'khac', label: { vi: 'Kênh khác', en: 'Other' } },
  ],
  opensAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2027-01-31T16:59:59.000Z',
  state: 'open',
  resultsVisibility: 'after-vote',
};

const multipleCounts = [412, 198, 305, 87, 21];

/** Before voting, the policy hides the counts. */
export const examplePollMultipleResultsHidden: PollResults = resultsOf(examplePollMultiple, multipleCounts, 640, { voted: false, visible: false });

/** Two options ticked and counted: 640 voters, more ticks than voters. */
export const exampleVoteReceiptMultiple: VoteReceipt = { counted: true, results: resultsOf(examplePollMultiple, multipleCounts, 640, { voted: true }) };

/** Seven votes: percentages that do not divide evenly, an option with one vote and one with none. */
export const examplePollFewVotes: Poll = {
  id: 'gio-tiep-cong-dan',
  agency: 'ubnd-huyen-an-lac',
  question: { vi: 'Khung giờ tiếp công dân nào thuận tiện nhất với bạn?', en: 'Which hours suit you best for meeting officials in person?' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'sang-som', label: { vi: '7 giờ – 9 giờ', en: '7 – 9 a.m.' } },
    { id: 'sang', label: { vi: '9 giờ – 11 giờ', en: '9 – 11 a.m.' } },
    { id: 'chieu', label: { vi: '14 giờ – 16 giờ', en: '2 – 4 p.m.' } },
    { id: 'chieu-muon', label: { vi: '16 giờ – 17 giờ 30', en: '4 – 5.30 p.m.' } },
    { id: 'thu-bay', label: { vi: 'Sáng thứ Bảy', en: 'Saturday morning' } },
  ],
  opensAt: '2026-11-15T00:00:00.000Z',
  closesAt: '2026-12-15T16:59:59.000Z',
  state: 'open',
  resultsVisibility: 'always',
};

export const examplePollFewVotesResults: PollResults = resultsOf(examplePollFewVotes, [3, 2, 1, 1, 0], 7, { voted: true });

/** Not open yet: its options and dates, no form. */
export const examplePollUpcoming: Poll = {
  id: 'le-hoi-2027',
  agency: 'ubnd-tinh',
  question: { vi: 'Bạn muốn Lễ hội Văn hóa – Du lịch Bình Sơn 2027 tổ chức vào tháng nào?', en: 'In which month should the 2027 Bình Sơn Culture and Tourism Festival be held?' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'thang-3', label: { vi: 'Tháng 3', en: 'March' } },
    { id: 'thang-4', label: { vi: 'Tháng 4', en: 'April' } },
    { id: 'thang-9', label: { vi: 'Tháng 9', en: 'September' } },
  ],
  opensAt: '2027-01-05T00:00:00.000Z',
  closesAt: '2027-02-28T16:59:59.000Z',
  state: 'upcoming',
  resultsVisibility: 'always',
};

export const examplePollUpcomingResults: PollResults = resultsOf(examplePollUpcoming, [0, 0, 0], 0, { voted: false });

/** Open, with results published only once it closes; this browser has voted. */
export const examplePollAfterClose: Poll = {
  id: 'ten-cong-vien',
  agency: 'ubnd-tinh',
  question: { vi: 'Chọn tên cho công viên mới bên sông Bình Sơn', en: 'Choose a name for the new riverside park' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'cong-vien-ben-song', label: { vi: 'Công viên Bến Sông', en: 'Riverside Park' } },
    { id: 'cong-vien-hoa-binh', label: { vi: 'Công viên Hòa Bình', en: 'Peace Park' } },
  ],
  opensAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2026-12-31T16:59:59.000Z',
  state: 'open',
  resultsVisibility: 'after-close',
};

export const examplePollAfterCloseResults: PollResults = resultsOf(examplePollAfterClose, [320, 295], 615, { voted: true, visible: false });

/** Closed, and its results are never published (a survey for the agency's own use). */
export const examplePollNever: Poll = {
  id: 'hai-long-mot-cua',
  agency: 'ubnd-huyen-an-lac',
  question: { vi: 'Bạn có hài lòng với thái độ phục vụ tại Bộ phận Một cửa huyện không?', en: 'Are you satisfied with the service at the district one-stop desk?' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'hai-long', label: { vi: 'Hài lòng', en: 'Satisfied' } },
    { id: 'chua-hai-long', label: { vi: 'Chưa hài lòng', en: 'Not satisfied' } },
  ],
  opensAt: '2026-06-01T00:00:00.000Z',
  closesAt: '2026-08-31T16:59:59.000Z',
  state: 'closed',
  resultsVisibility: 'never',
};

export const examplePollNeverResults: PollResults = resultsOf(examplePollNever, [812, 97], 909, { voted: false, visible: false });

/** A question and options as long as agencies write them, and eight-digit counts. */
export const examplePollLongText: Poll = {
  id: 'uu-tien-chuyen-doi-so',
  agency: 'ubnd-tinh',
  question: {
    vi: 'Theo bạn, tỉnh Bình Sơn cần ưu tiên thực hiện nội dung nào trong Chương trình chuyển đổi số giai đoạn 2026 – 2030 để người dân và doanh nghiệp được hưởng lợi nhiều nhất?',
    en: 'Which part of Bình Sơn’s 2026–2030 digital transformation programme should come first, for citizens and businesses to gain the most?',
  },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'dvc', label: { vi: 'Cung cấp dịch vụ công trực tuyến toàn trình cho tất cả thủ tục hành chính đủ điều kiện', en: 'End-to-end online public services for every eligible administrative procedure' } },
    { id: 'du-lieu', label: { vi: 'Xây dựng cơ sở dữ liệu dùng chung, không yêu cầu người dân cung cấp lại giấy tờ đã có', en: 'Shared databases, so that nobody is asked again for papers the state already holds' } },
    { id: 'ha-tang', label: { vi: 'Phủ sóng Internet băng rộng đến các thôn, bản vùng sâu, vùng xa', en: 'Broadband for remote villages' } },
  ],
  opensAt: '2026-10-01T00:00:00.000Z',
  closesAt: '2027-03-31T16:59:59.000Z',
  state: 'open',
  resultsVisibility: 'always',
};

export const examplePollLongTextResults: PollResults = resultsOf(examplePollLongText, [12_345_678, 9_876_543, 4_567_890], 26_790_111, { voted: false });

/** The vote came after the poll closed (or before it opened). */
export const exampleProblemPollNotOpen: Problem = {
  type: '/api/v1/docs#problem-poll-not-open',
  title: 'The poll is not open',
  status: 409,
  code: 'poll-not-open',
  detail: 'The poll is closed',
};

/** The vote names an option the poll no longer has: its options were edited meanwhile. */
export const exampleProblemUnknownOption: Problem = {
  type: '/api/v1/docs#problem-validation-failed',
  title: 'The request has invalid fields',
  status: 422,
  code: 'validation-failed',
  errors: [{ path: 'optionIds.0', code: 'unknown-option', message: 'The poll has no such option' }],
};
