import type { LegalDocumentStatus, LegalDocumentType } from '@vn-portal/schema';
import type { DocumentInput } from '../legal-documents/store.js';
import { fields as realFields } from './real-documents.js';

/*
 * Synthetic documents for benchmarks and tests: deterministic for a given seed, shaped like a real
 * provincial register. Word frequencies are skewed on purpose: "thông tin", "cổng" and "quyết định"
 * occur in a large share of documents, crop and place names in very few, so a query mix can hit
 * both the cheap and the expensive end of search.
 */

/** mulberry32: tiny, fast, and the same sequence on every platform for a seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Types with their share of a provincial register and their abbreviation in numbers. */
const types: { type: LegalDocumentType; weight: number; abbr: string }[] = [
  { type: 'decision', weight: 45, abbr: 'QĐ' },
  { type: 'official-letter', weight: 14, abbr: 'CV' },
  { type: 'plan', weight: 10, abbr: 'KH' },
  { type: 'resolution', weight: 7, abbr: 'NQ' },
  { type: 'circular', weight: 7, abbr: 'TT' },
  { type: 'decree', weight: 4, abbr: 'NĐ' },
  { type: 'directive', weight: 5, abbr: 'CT' },
  { type: 'notice', weight: 5, abbr: 'TB' },
  { type: 'report', weight: 3, abbr: 'BC' },
];

const statuses: { status: LegalDocumentStatus; weight: number }[] = [
  { status: 'in-force', weight: 55 },
  { status: 'expired', weight: 20 },
  { status: 'partly-expired', weight: 10 },
  { status: 'not-yet-in-force', weight: 3 },
  { status: 'suspended', weight: 2 },
  { status: 'unknown', weight: 10 },
];

const issuers = [
  { code: 'ubnd-tinh', abbr: 'UBND', vi: 'Ủy ban nhân dân tỉnh', en: 'Provincial People’s Committee' },
  { code: 'hdnd-tinh', abbr: 'HĐND', vi: 'Hội đồng nhân dân tỉnh', en: 'Provincial People’s Council' },
  { code: 'chinh-phu', abbr: 'CP', vi: 'Chính phủ', en: 'Government' },
  { code: 'thu-tuong', abbr: 'TTg', vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  { code: 'bo-tttt', abbr: 'BTTTT', vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' },
  { code: 'bo-tai-chinh', abbr: 'BTC', vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  { code: 'bo-noi-vu', abbr: 'BNV', vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  { code: 'bo-y-te', abbr: 'BYT', vi: 'Bộ Y tế', en: 'Ministry of Health' },
  { code: 'stttt', abbr: 'STTTT', vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
  { code: 'stp', abbr: 'STP', vi: 'Sở Tư pháp', en: 'Department of Justice' },
  { code: 'snnptnt', abbr: 'SNNPTNT', vi: 'Sở Nông nghiệp và Phát triển nông thôn', en: 'Department of Agriculture and Rural Development' },
  { code: 'sgddt', abbr: 'SGDĐT', vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training' },
  { code: 'ubnd-huyen-dong-giang', abbr: 'UBND', vi: 'UBND huyện Đông Giang', en: 'Đông Giang District People’s Committee' },
  { code: 'ubnd-thanh-pho', abbr: 'UBND', vi: 'UBND thành phố', en: 'City People’s Committee' },
];

const agencies = ['ubnd-tinh', 'stttt', 'stp', 'snnptnt', 'sgddt', 'ubnd-huyen-dong-giang', 'ubnd-thanh-pho'];

const fieldPool = [
  ...Object.values(realFields),
  { code: 'dat-dai', name: { vi: 'Đất đai', en: 'Land' } },
  { code: 'giao-duc', name: { vi: 'Giáo dục', en: 'Education' } },
  { code: 'y-te', name: { vi: 'Y tế', en: 'Health' } },
  { code: 'nong-nghiep', name: { vi: 'Nông nghiệp', en: 'Agriculture' } },
  { code: 'giao-thong', name: { vi: 'Giao thông vận tải', en: 'Transport' } },
  { code: 'dau-tu', name: { vi: 'Đầu tư', en: 'Investment' } },
  { code: 'thu-tuc-hanh-chinh', name: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
];

const openings = ['Về việc ban hành', 'Ban hành', 'Quy định', 'Về việc phê duyệt', 'Hướng dẫn thực hiện', 'Sửa đổi, bổ sung một số điều của', 'Triển khai'];

const subjects = [
  'Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử tỉnh',
  'Quy chế hoạt động của Cổng thông tin điện tử thành phần',
  'kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước',
  'danh mục thủ tục hành chính được chuẩn hóa',
  'quy trình giải quyết thủ tục hành chính trên Cổng dịch vụ công',
  'bảo đảm an toàn thông tin mạng',
  'quy định bảo vệ thông tin cá nhân trên cổng, trang thông tin điện tử',
  'chế độ báo cáo định kỳ',
  'bảng giá đất',
  'kế hoạch tuyển sinh',
  'phương án phòng, chống thiên tai',
  'chương trình phát triển nông thôn mới',
  'giá dịch vụ khám bệnh, chữa bệnh',
  'kế hoạch chuyển đổi số',
  'quy hoạch sử dụng đất',
  'chính sách hỗ trợ doanh nghiệp nhỏ và vừa',
  'mức chi trả nhuận bút, thù lao cho tin, bài đăng trên Cổng thông tin điện tử',
  'tiêu chí xét tặng danh hiệu thi đua',
];

/** Words that occur in few documents, for the rare end of a query mix. */
const rareTopics = [
  'trồng sâm Ngọc Linh',
  'vùng nguyên liệu hồ tiêu',
  'cà phê đặc sản',
  'thanh long ruột đỏ',
  'di tích Mỹ Sơn',
  'làng gốm Thanh Hà',
  'rừng phòng hộ đầu nguồn',
  'nuôi tôm công nghệ cao',
  'chợ phiên vùng cao',
  'cầu treo dân sinh',
];

const scopes = ['trên địa bàn tỉnh', 'của các sở, ban, ngành', 'tại các huyện, thị xã, thành phố', 'giai đoạn 2021–2025', 'năm 2024', 'của Ủy ban nhân dân cấp xã', ''];

function weighted<T extends { weight: number }>(next: () => number, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error('no items to choose from');
  return last;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `n` documents for the register of a province, the same for the same `seed`. Numbers are unique
 * (the running index is the number's first part), so inserting them never collides.
 */
export function generateSyntheticDocuments(n: number, seed = 1): DocumentInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('no items to choose from');
    return item;
  };
  const documents: DocumentInput[] = [];
  for (let index = 0; index < n; index++) {
    const { type, abbr: typeAbbr } = weighted(next, types);
    const issuer = pick(issuers);
    const year = 1995 + Math.floor(next() * 32);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const issuedDate = `${year}-${pad(month)}-${pad(day)}`;
    // Administrative documents carry no year in their number; normative ones do.
    const normative = type !== 'official-letter' && type !== 'notice' && type !== 'report' && next() < 0.7;
    const number = normative ? `${index + 1}/${year}/${typeAbbr}-${issuer.abbr}` : `${index + 1}/${typeAbbr}-${issuer.abbr}`;
    const rare = next() < 0.03 ? ` về ${pick(rareTopics)}` : '';
    const summary = `${pick(openings)} ${pick(subjects)}${rare} ${pick(scopes)}`.trim();
    const documentFields = [pick(fieldPool)];
    if (next() < 0.4) documentFields.push(pick(fieldPool));
    const { status } = weighted(next, statuses);
    const input: DocumentInput = {
      number,
      type,
      summary: { vi: summary },
      issuedDate,
      issuer: { code: issuer.code, name: { vi: issuer.vi, en: issuer.en } },
      fields: documentFields,
      status,
      agency: pick(agencies),
      stage: 'issued',
      attachments: [],
      normative,
      relations: [],
    };
    if (next() < 0.6) input.effectiveDate = `${year}-${pad(month)}-${pad(Math.min(day + 10, 28))}`;
    documents.push(input);
  }
  return documents;
}
