import type { Agency, AgencyKind, LeaderInput, Output, Portal } from '@vn-portal/schema';
import { foldVietnamese } from '@vn-portal/sdk/vietnamese';

/*
 * A believable but fictional province, "Bình Sơn": its agencies follow the real structure of a
 * provincial government; every person named here is invented, and every address uses the
 * reserved `.example` domain.
 */

export const provinceAgency = 'ubnd-tinh';
/** The district whose site shows only its own data, from the same provincial API. */
export const districtAgency = 'ubnd-huyen-an-lac';

export const demoPortal: Portal = {
  name: { vi: 'Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Bình Sơn Province Web Portal' },
  shortName: { vi: 'Cổng TTĐT tỉnh Bình Sơn', en: 'Bình Sơn Portal' },
  province: { vi: 'tỉnh Bình Sơn', en: 'Bình Sơn Province' },
  url: 'https://portal.binhson.example',
  credit: {
    line: { vi: 'Theo Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Source: Bình Sơn Province Web Portal' },
    short: { vi: 'Theo portal.binhson.example', en: 'Source: portal.binhson.example' },
  },
  owner: { vi: 'Ủy ban nhân dân tỉnh Bình Sơn', en: "Bình Sơn Provincial People's Committee" },
  editorInChief: 'Trần Minh Khang',
  license: { vi: 'Ghi rõ nguồn khi phát hành lại thông tin từ Cổng.', en: 'Credit the portal when reusing its content.' },
  contacts: [
    {
      label: { vi: 'Ban biên tập', en: 'Editorial board' },
      phone: '0263 3822 000',
      email: 'bbt@binhson.example',
      address: { vi: 'Số 1 đường Hùng Vương, phường Trung Tâm, tỉnh Bình Sơn', en: '1 Hùng Vương Street, Trung Tâm Ward, Bình Sơn Province' },
    },
    { label: { vi: 'Hỗ trợ kỹ thuật', en: 'Technical support' }, phone: '0263 3822 111', email: 'hotro@binhson.example' },
  ],
  languages: ['vi', 'en'],
};

const agency = (code: string, kind: AgencyKind, order: number, vi: string, en: string, parent?: string): Agency => ({
  code,
  name: { vi, en },
  kind,
  order,
  ...(parent === undefined ? {} : { parent }),
  url: `https://${code}.binhson.example`,
  email: `${code}@binhson.example`,
});

export const demoAgencies: Agency[] = [
  { ...agency(provinceAgency, 'province', 0, 'Ủy ban nhân dân tỉnh Bình Sơn', "Bình Sơn Provincial People's Committee"), url: 'https://portal.binhson.example' },
  agency('vp-ubnd', 'department', 1, 'Văn phòng Ủy ban nhân dân tỉnh', "Office of the Provincial People's Committee", provinceAgency),
  agency('stttt', 'department', 2, 'Sở Thông tin và Truyền thông', 'Department of Information and Communications', provinceAgency),
  agency('stp', 'department', 3, 'Sở Tư pháp', 'Department of Justice', provinceAgency),
  agency('skhdt', 'department', 4, 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment', provinceAgency),
  agency('sgddt', 'department', 5, 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', provinceAgency),
  agency('ubnd-huyen-an-lac', 'district', 10, 'Ủy ban nhân dân huyện An Lạc', "An Lạc District People's Committee", provinceAgency),
  agency('ubnd-xa-an-phu', 'commune', 0, 'Ủy ban nhân dân xã An Phú', "An Phú Commune People's Committee", 'ubnd-huyen-an-lac'),
];

/** Origins whose pages may write: the portal itself and one department's own site. */
export const demoAllowedOrigins: Record<string, string[]> = {
  [provinceAgency]: ['https://portal.binhson.example'],
  stttt: ['https://stttt.binhson.example'],
  'ubnd-huyen-an-lac': ['https://ubnd-huyen-an-lac.binhson.example'],
};

type LeaderData = Output<typeof LeaderInput>;

const leader = (agencyCode: string, order: number, fullName: string, vi: string, en: string, extra: Partial<LeaderData> = {}): LeaderData => ({
  agency: agencyCode,
  order,
  fullName,
  position: { vi, en },
  email: `${foldVietnamese(fullName).split(' ').slice(-2).join('.')}@binhson.example`,
  ...extra,
});

export const demoLeaders: LeaderData[] = [
  leader(provinceAgency, 0, 'Hoàng Minh Tuấn', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Chairman of the Provincial People’s Committee', {
    phone: '0263 3822 001',
    term: { from: '2021-06-15' },
    duties: {
      vi: 'Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh; trực tiếp phụ trách lĩnh vực nội chính, tổ chức bộ máy, quy hoạch.',
      en: 'Leads the work of the Provincial People’s Committee; in charge of internal affairs, organization and planning.',
    },
    biography: {
      vi: '<p>Sinh năm 1970. Thạc sĩ Quản lý công. Nguyên Giám đốc Sở Kế hoạch và Đầu tư.</p>',
      en: '<p>Born 1970. Master of Public Administration. Former Director of the Department of Planning and Investment.</p>',
    },
  }),
  leader(provinceAgency, 1, 'Lê Thị Thu Hà', 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh', 'Standing Vice Chairwoman of the Provincial People’s Committee', {
    phone: '0263 3822 002',
    term: { from: '2021-06-15' },
    duties: { vi: 'Phụ trách lĩnh vực kinh tế, tài chính, ngân sách, đầu tư.', en: 'In charge of the economy, finance, budget and investment.' },
  }),
  leader(provinceAgency, 2, 'Phạm Quốc Việt', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'Vice Chairman of the Provincial People’s Committee', {
    phone: '0263 3822 003',
    duties: { vi: 'Phụ trách lĩnh vực văn hóa, xã hội, giáo dục, y tế, thông tin và truyền thông.', en: 'In charge of culture, society, education, health, information and communications.' },
  }),
  leader('stttt', 0, 'Đỗ Thanh Sơn', 'Giám đốc Sở', 'Director', {
    phone: '0263 3823 100',
    fax: '0263 3823 199',
    duties: { vi: 'Phụ trách chung; Trưởng Ban biên tập Cổng Thông tin điện tử tỉnh.', en: 'General management; head of the editorial board of the provincial portal.' },
  }),
  leader('stttt', 1, 'Vũ Thị Lan', 'Phó Giám đốc Sở', 'Deputy Director', {
    phone: '0263 3823 101',
    duties: { vi: 'Phụ trách chuyển đổi số, an toàn thông tin.', en: 'In charge of digital transformation and information security.' },
  }),
  leader('stp', 0, 'Ngô Văn Hải', 'Giám đốc Sở', 'Director', { phone: '0263 3824 100' }),
  leader('skhdt', 0, 'Bùi Thị Mai', 'Giám đốc Sở', 'Director', { phone: '0263 3825 100' }),
  leader('ubnd-huyen-an-lac', 0, 'Trịnh Văn Long', 'Chủ tịch Ủy ban nhân dân huyện', 'Chairman of the District People’s Committee', {
    phone: '0263 3860 100',
    term: { from: '2021-07-01' },
    duties: {
      vi: 'Lãnh đạo, điều hành chung; trực tiếp phụ trách nội chính, quốc phòng, tổ chức bộ máy.',
      en: 'Leads the committee; in charge of internal affairs, defence and organization.',
    },
    biography: {
      vi: '<p>Sinh năm 1972. Cử nhân Luật. Nguyên Phó Chủ tịch Ủy ban nhân dân huyện An Lạc.</p>',
      en: '<p>Born 1972. Bachelor of Laws. Former Vice Chairman of the An Lạc District People’s Committee.</p>',
    },
  }),
  leader('ubnd-huyen-an-lac', 1, 'Lương Thị Hồng Nhung', 'Phó Chủ tịch Ủy ban nhân dân huyện', 'Vice Chairwoman of the District People’s Committee', {
    phone: '0263 3860 101',
    term: { from: '2021-07-01' },
    duties: { vi: 'Phụ trách kinh tế, tài chính, đất đai, xây dựng.', en: 'In charge of the economy, finance, land and construction.' },
    biography: { vi: '<p>Sinh năm 1978. Thạc sĩ Kinh tế.</p>', en: '<p>Born 1978. Master of Economics.</p>' },
  }),
  leader('ubnd-huyen-an-lac', 2, 'Đặng Hữu Phước', 'Phó Chủ tịch Ủy ban nhân dân huyện', 'Vice Chairman of the District People’s Committee', {
    phone: '0263 3860 102',
    duties: { vi: 'Phụ trách văn hóa, xã hội, giáo dục, y tế.', en: 'In charge of culture, society, education and health.' },
  }),
];
