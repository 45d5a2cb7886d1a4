import type { AgencyList, LeaderList, Portal } from '../portal.js';

/*
 * The fictional province "Bình Sơn" (every person is invented, every address on the reserved
 * `.example` domain), as a provincial API answers for it. Mocks, documentation and contract tests
 * start from these instead of inventing their own data.
 */

const portalOrigin = 'https://portal.binhson.example';

export const examplePortal: Portal = {
  name: { vi: 'Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Bình Sơn Province Web Portal' },
  shortName: { vi: 'Cổng TTĐT tỉnh Bình Sơn', en: 'Bình Sơn Portal' },
  province: { vi: 'tỉnh Bình Sơn', en: 'Bình Sơn Province' },
  url: portalOrigin,
  credit: {
    line: { vi: 'Theo Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Source: Bình Sơn Province Web Portal' },
    short: { vi: 'Theo portal.binhson.example', en: 'Source: portal.binhson.example' },
  },
  owner: { vi: 'Ủy ban nhân dân tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' },
  editorInChief: 'Trần Minh Khang',
  contacts: [
    {
      label: { vi: 'Ban biên tập', en: 'Editorial board' },
      phone: '0263 3822 000',
      email: 'bbt@binhson.example',
      address: { vi: 'Số 1 đường Hùng Vương, phường Trung Tâm, tỉnh Bình Sơn', en: '1 Hùng Vương Street, Trung Tâm Ward, Bình Sơn Province' },
    },
  ],
  languages: ['vi', 'en'],
};

/** A portal that publishes in Vietnamese only: its credit line has no English version. */
export const examplePortalVietnameseOnly: Portal = {
  name: { vi: 'Trang thông tin điện tử huyện An Lạc' },
  province: { vi: 'tỉnh Bình Sơn' },
  url: 'https://anlac.binhson.example',
  credit: { line: { vi: 'Theo Trang thông tin điện tử huyện An Lạc, tỉnh Bình Sơn' } },
  owner: { vi: 'Ủy ban nhân dân huyện An Lạc' },
  contacts: [],
  languages: ['vi'],
};

export const exampleAgencies: AgencyList = {
  items: [
    { code: 'ubnd-tinh', name: { vi: 'Ủy ban nhân dân tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' }, kind: 'province', order: 0, url: portalOrigin },
    { code: 'stttt', name: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' }, kind: 'department', parent: 'ubnd-tinh', order: 2, phone: '0263 3823 100', email: 'stttt@binhson.example' },
    { code: 'ubnd-huyen-an-lac', name: { vi: 'Ủy ban nhân dân huyện An Lạc', en: 'An Lạc District People’s Committee' }, kind: 'district', parent: 'ubnd-tinh', order: 10 },
  ],
};

/** Leaders in protocol order, with every field the regulations ask for (Cao Bằng Điều 5.1, 5.9). */
export const exampleLeaders: LeaderList = {
  items: [
    {
      id: 'hoang-minh-tuan',
      agency: 'ubnd-tinh',
      fullName: 'Hoàng Minh Tuấn',
      position: { vi: 'Chủ tịch Ủy ban nhân dân tỉnh', en: 'Chairman of the Provincial People’s Committee' },
      unit: { vi: 'Ủy ban nhân dân tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' },
      order: 0,
      term: { from: '2021-06-15', to: '2026-06-14' },
      duties: {
        vi: 'Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh; trực tiếp phụ trách nội chính, tổ chức bộ máy, quy hoạch.',
        en: 'Leads the work of the Provincial People’s Committee; in charge of internal affairs, organization and planning.',
      },
      biography: {
        vi: '<p>Sinh năm 1970 tại xã An Phú, huyện An Lạc. <strong>Thạc sĩ Quản lý công.</strong></p><p>Nguyên Giám đốc Sở Kế hoạch và Đầu tư.</p>',
        en: '<p>Born 1970 in An Phú Commune, An Lạc District. <strong>Master of Public Administration.</strong></p><p>Former Director of the Department of Planning and Investment.</p>',
      },
      phone: '0263 3822 001',
      mobile: '0912 345 001',
      fax: '0263 3822 099',
      email: 'minh.tuan@binhson.example',
      photo: { url: `${portalOrigin}/media/leaders/hoang-minh-tuan.jpg`, width: 300, height: 400 },
    },
    {
      id: 'le-thi-thu-ha',
      agency: 'ubnd-tinh',
      fullName: 'Lê Thị Thu Hà',
      position: { vi: 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh', en: 'Standing Vice Chairwoman of the Provincial People’s Committee' },
      order: 1,
      term: { from: '2021-06-15' },
      duties: { vi: 'Phụ trách kinh tế, tài chính, ngân sách, đầu tư.', en: 'In charge of the economy, finance, budget and investment.' },
      phone: '0263 3822 002',
      email: 'thu.ha@binhson.example',
      photo: { url: `${portalOrigin}/media/leaders/le-thi-thu-ha.jpg`, width: 300, height: 400 },
    },
    {
      id: 'pham-quoc-viet',
      agency: 'ubnd-tinh',
      fullName: 'Phạm Quốc Việt',
      position: { vi: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', en: 'Vice Chairman of the Provincial People’s Committee' },
      order: 2,
      phone: '0263 3822 003',
      email: 'quoc.viet@binhson.example',
    },
  ],
};

/** Long names and titles, as some agencies have them: layouts must wrap, never overflow. */
export const exampleLeadersLongNames: LeaderList = {
  items: [
    {
      id: 'ton-nu-thi-hoang-phuong-thao',
      agency: 'sgddt',
      fullName: 'Tôn Nữ Thị Hoàng Phương Thảo',
      position: {
        vi: 'Phó Giám đốc Sở Giáo dục và Đào tạo, kiêm Trưởng Ban Chỉ đạo chuyển đổi số ngành giáo dục tỉnh Bình Sơn',
        en: 'Deputy Director of the Department of Education and Training, also Head of the Steering Committee for Digital Transformation in Education of Bình Sơn Province',
      },
      unit: { vi: 'Sở Giáo dục và Đào tạo tỉnh Bình Sơn', en: 'Bình Sơn Department of Education and Training' },
      order: 0,
      term: { from: '2020-10-01', to: '2025-09-30' },
      phone: '+84 263 3826 100',
      email: 'hoangphuongthao.tonnuthi@sgddt.binhson.example',
      photo: { url: `${portalOrigin}/media/leaders/ton-nu-thi-hoang-phuong-thao.jpg`, width: 300, height: 400 },
    },
    {
      id: 'nguyen-huynh-phuoc-thien-duc',
      agency: 'sgddt',
      fullName: 'Nguyễn Huỳnh Phước Thiện Đức',
      position: { vi: 'Chánh Văn phòng Sở, kiêm Người phát ngôn của Sở Giáo dục và Đào tạo', en: 'Chief of Office and Spokesperson of the Department of Education and Training' },
      order: 1,
      phone: '0263.3826.101',
      email: 'thienduc.nguyenhuynhphuoc@sgddt.binhson.example',
    },
  ],
};

/** An agency that publishes its leaders in Vietnamese only: English pages fall back to Vietnamese. */
export const exampleLeadersVietnameseOnly: LeaderList = {
  items: [
    {
      id: 'trinh-van-long',
      agency: 'ubnd-huyen-an-lac',
      fullName: 'Trịnh Văn Long',
      position: { vi: 'Chủ tịch Ủy ban nhân dân huyện' },
      unit: { vi: 'Ủy ban nhân dân huyện An Lạc' },
      order: 0,
      term: { from: '2021-07-01' },
      duties: { vi: 'Phụ trách chung; trực tiếp chỉ đạo công tác quy hoạch, đất đai, xây dựng nông thôn mới.' },
      biography: { vi: '<p>Sinh năm 1972. Kỹ sư Nông nghiệp. Nguyên Bí thư Đảng ủy xã An Phú.</p>' },
      phone: '0263 3860 100',
      email: 'van.long@anlac.binhson.example',
    },
    {
      id: 'dinh-thi-my-linh',
      agency: 'ubnd-huyen-an-lac',
      fullName: 'Đinh Thị Mỹ Linh',
      position: { vi: 'Phó Chủ tịch Ủy ban nhân dân huyện', en: 'Vice Chairwoman of the District People’s Committee' },
      order: 1,
      duties: { vi: 'Phụ trách văn hóa, xã hội, giáo dục, y tế.' },
      phone: '0263 3860 101',
    },
  ],
};

export const exampleLeadersEmpty: LeaderList = { items: [] };
