import type { Answer, Asker, CalendarDay } from '@vn-portal/schema';
import type { PollData } from '../polls/poll-repository.js';

const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

/** Polls as portals run them (seeds 000, 002): one running, one closed with its results shown. */
export function demoPolls(agency: string, now: Date): { data: PollData; votes: number[][] }[] {
  const daysFromNow = (days: number) => daysFrom(now, days);
  return [
    {
      data: {
        agency,
        question: { vi: 'Bạn đánh giá thế nào về giao diện mới của Cổng Thông tin điện tử tỉnh?', en: 'How do you rate the new design of the provincial portal?' },
        kind: 'single',
        maxChoices: 1,
        options: [
          { id: 'rat-tot', label: { vi: 'Rất tốt', en: 'Very good' } },
          { id: 'tot', label: { vi: 'Tốt', en: 'Good' } },
          { id: 'binh-thuong', label: { vi: 'Bình thường', en: 'Average' } },
          { id: 'chua-tot', label: { vi: 'Chưa tốt', en: 'Poor' } },
        ],
        opensAt: daysFromNow(-30),
        closesAt: daysFromNow(60),
        resultsVisibility: 'always',
      },
      votes: [...Array<number>(118).fill(0), ...Array<number>(64).fill(1), ...Array<number>(21).fill(2), ...Array<number>(9).fill(3)].map((option) => [option]),
    },
    {
      data: {
        agency,
        question: { vi: 'Bạn thường tra cứu thông tin gì trên Cổng? (chọn tối đa 2)', en: 'What do you look up on the portal most? (up to 2)' },
        kind: 'multiple',
        maxChoices: 2,
        options: [
          { id: 'van-ban', label: { vi: 'Văn bản quy phạm pháp luật', en: 'Legal documents' } },
          { id: 'thu-tuc', label: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
          { id: 'tin-tuc', label: { vi: 'Tin tức, sự kiện', en: 'News and events' } },
        ],
        opensAt: daysFromNow(-120),
        closesAt: daysFromNow(-10),
        resultsVisibility: 'after-close',
      },
      votes: [...Array<number[]>(40).fill([0, 1]), ...Array<number[]>(25).fill([1]), ...Array<number[]>(18).fill([2]), ...Array<number[]>(7).fill([0, 2])],
    },
  ];
}

/** The district's own poll, running, its results shown once the visitor has voted. */
export function districtPoll(agency: string, now: Date): { data: PollData; votes: number[][] } {
  const daysFromNow = (days: number) => daysFrom(now, days);
  return {
    data: {
      agency,
      question: { vi: 'Bạn muốn huyện ưu tiên cải thiện dịch vụ công nào trong năm tới?', en: 'Which public service should the district improve first next year?' },
      kind: 'single',
      maxChoices: 1,
      options: [
        { id: 'dat-dai', label: { vi: 'Đất đai, xây dựng', en: 'Land and construction' } },
        { id: 'ho-tich', label: { vi: 'Hộ tịch, chứng thực', en: 'Civil status and certification' } },
        { id: 'kinh-doanh', label: { vi: 'Đăng ký kinh doanh hộ cá thể', en: 'Household business registration' } },
      ],
      opensAt: daysFromNow(-14),
      closesAt: daysFromNow(45),
      resultsVisibility: 'after-vote',
    },
    votes: [...Array<number>(57).fill(0), ...Array<number>(31).fill(1), ...Array<number>(12).fill(2)].map((option) => [option]),
  };
}

/** Extra days off and make-up working days the government declared for civil servants in 2025. */
export const demoCalendarDays: CalendarDay[] = [
  { date: '2025-05-02', kind: 'day-off', name: { vi: 'Nghỉ bù dịp 30/4 – 1/5', en: 'Extra day off around 30 April – 1 May' } },
  { date: '2025-04-26', kind: 'working-day', name: { vi: 'Làm bù cho ngày 2/5', en: 'Make-up working day for 2 May' } },
];

export interface DemoQuestion {
  asker: Asker;
  topic: string;
  title: string;
  content: string;
  daysAgo: number;
  answer: Omit<Answer, 'answeredAt' | 'agency'>;
  agency: string;
}

/** Published questions and answers, asked by invented people, citing real documents. */
export const demoQuestions: DemoQuestion[] = [
  {
    asker: { kind: 'individual', fullName: 'Nguyễn Thị Hoa', nationality: 'Việt Nam', occupation: 'Giáo viên', idNumber: '001190000001', address: 'Xã An Phú, huyện An Lạc', phone: '0912 000 001', email: 'hoa.nguyen@example.com' },
    topic: 'thu-tuc-hanh-chinh',
    title: 'Thời hạn công khai văn bản trên Cổng thông tin điện tử',
    content: 'Xin hỏi văn bản quy phạm pháp luật của tỉnh phải được đăng tải trên Cổng thông tin điện tử trong thời hạn bao lâu kể từ ngày ban hành?',
    daysAgo: 40,
    agency: 'stttt',
    answer: {
      content: {
        vi: '<p>Theo quy chế hoạt động của Cổng thông tin điện tử, văn bản quy phạm pháp luật phải được đăng tải chậm nhất 02 ngày làm việc kể từ ngày ban hành.</p>',
        en: '<p>Under the portal’s operating rules, legal normative documents are published within 2 working days of issue.</p>',
      },
      citedDocuments: [
        {
          number: '42/2022/NĐ-CP',
          summary: { vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng' },
          issuedDate: '2022-06-24',
          issuer: { vi: 'Chính phủ', en: 'The Government' },
        },
      ],
    },
  },
  {
    asker: { kind: 'organization', representativeName: 'Lê Văn Nam', representativePosition: 'Giám đốc', organizationName: 'Công ty TNHH Minh Họa', address: 'Phường Trung Tâm, tỉnh Bình Sơn', phone: '0263 3900 123', email: 'lienhe@minhhoa.example' },
    topic: 'dau-tu',
    title: 'Thủ tục đăng ký dự án đầu tư trực tuyến',
    content: 'Doanh nghiệp chúng tôi muốn nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư trực tuyến. Xin hướng dẫn nộp hồ sơ qua Cổng dịch vụ công của tỉnh.',
    daysAgo: 25,
    agency: 'skhdt',
    answer: {
      content: {
        vi: '<p>Doanh nghiệp nộp hồ sơ trực tuyến tại Cổng dịch vụ công của tỉnh, mục “Đầu tư tại Việt Nam”, và theo dõi kết quả bằng mã hồ sơ được cấp.</p>',
      },
      citedDocuments: [
        {
          number: '42/2022/NĐ-CP',
          summary: { vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng' },
          issuedDate: '2022-06-24',
          issuer: { vi: 'Chính phủ', en: 'The Government' },
        },
      ],
    },
  },
];
