import type { DocumentInput } from '../legal-documents/store.js';
import { fields } from './real-documents.js';

/*
 * The demo province's and district's own documents. Unlike the national documents of the register
 * these are fictional (Bình Sơn and An Lạc do not exist) and say so in their summary; they carry
 * their full text, as a portal publishes its own documents.
 */

type Issuer = DocumentInput['issuer'];

const issued = (input: Omit<DocumentInput, 'stage' | 'attachments' | 'normative'> & { normative?: boolean }): DocumentInput => ({
  stage: 'issued',
  attachments: [],
  normative: true,
  ...input,
});

/** Articles as a document prints them: "Điều 1. …", one paragraph each. */
const articles = (...texts: string[]) => texts.map((text, index) => `Điều ${String(index + 1)}. ${text}`).join('\n\n');
const articlesEn = (...texts: string[]) => texts.map((text, index) => `Article ${String(index + 1)}. ${text}`).join('\n\n');

/** The province's own decisions, in its register beside the national documents they rest on. */
export function provinceDocuments(agency: string, issuer: Issuer): DocumentInput[] {
  return [
    issued({
      number: '05/2026/QĐ-UBND',
      type: 'decision',
      summary: {
        vi: 'Ban hành Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bình Sơn và các Cổng thông tin điện tử thành phần (văn bản minh họa)',
        en: 'Regulation on the operation of the Bình Sơn provincial web portal and its component portals (illustrative document)',
      },
      issuedDate: '2026-03-02',
      effectiveDate: '2026-03-15',
      status: 'in-force',
      issuer,
      agency,
      fields: [fields.it, fields.press],
      signer: { name: 'Hoàng Minh Tuấn', position: { vi: 'Chủ tịch', en: 'Chairman' } },
      relations: [
        { kind: 'based-on', number: '64/2025/QH15' },
        { kind: 'based-on', number: '42/2022/NĐ-CP' },
        { kind: 'based-on', number: '12/2022/TT-BTTTT' },
      ],
      content: {
        vi: articles(
          'Ban hành kèm theo Quyết định này Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bình Sơn và các Cổng thông tin điện tử thành phần của các sở, ban, ngành và Ủy ban nhân dân cấp huyện.',
          'Sở Thông tin và Truyền thông là cơ quan thường trực của Ban biên tập, chịu trách nhiệm vận hành kỹ thuật, bảo đảm an toàn thông tin và khả năng truy cập của Cổng theo cấp độ.',
          'Văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành được đăng tải toàn văn trên Cổng chậm nhất 02 ngày làm việc kể từ ngày ký ban hành.',
          'Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2026. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.',
        ),
        en: articlesEn(
          'The Regulation on the operation of the Bình Sơn provincial web portal and the component portals of departments and district People’s Committees is issued with this Decision.',
          'The Department of Information and Communications is the standing body of the editorial board, responsible for running the portal, its information security by level and its accessibility.',
          'Legal documents issued by the Provincial People’s Council and People’s Committee are published in full on the portal within 2 working days of signature.',
          'This Decision takes effect on 15 March 2026. The Chief of Office of the Provincial People’s Committee, the directors of departments and the chairs of district People’s Committees carry it out.',
        ),
      },
    }),
    issued({
      number: '1024/QĐ-UBND',
      type: 'decision',
      summary: {
        vi: 'Về việc phê duyệt Kế hoạch chuyển đổi số tỉnh Bình Sơn năm 2026 (văn bản minh họa)',
        en: 'Approving the Bình Sơn digital transformation plan for 2026 (illustrative document)',
      },
      issuedDate: '2026-01-20',
      status: 'in-force',
      normative: false,
      issuer,
      agency,
      fields: [fields.it, fields.administration],
      signer: { name: 'Phạm Quốc Việt', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairman' } },
      relations: [{ kind: 'based-on', number: '47/2020/NĐ-CP' }],
      content: {
        vi: articles(
          'Phê duyệt Kế hoạch chuyển đổi số tỉnh Bình Sơn năm 2026 kèm theo Quyết định này.',
          'Mục tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; dữ liệu mở của tỉnh được công bố trên Cổng Thông tin điện tử tỉnh.',
          'Quyết định này có hiệu lực kể từ ngày ký.',
        ),
      },
    }),
  ];
}

/** The district's own register: what its site shows, from the same provincial API. */
export function districtDocuments(agency: string, issuer: Issuer): DocumentInput[] {
  const base = { issuer, agency, status: 'in-force' as const, fields: [fields.administration] };
  return [
    issued({
      ...base,
      number: '02/2026/QĐ-UBND',
      type: 'decision',
      summary: {
        vi: 'Ban hành Quy chế quản lý, cung cấp thông tin trên Cổng thông tin điện tử huyện An Lạc (văn bản minh họa)',
        en: 'Regulation on managing and publishing information on the An Lạc district web portal (illustrative document)',
      },
      issuedDate: '2026-04-06',
      effectiveDate: '2026-04-20',
      fields: [fields.it, fields.press],
      signer: { name: 'Trịnh Văn Long', position: { vi: 'Chủ tịch', en: 'Chairman' } },
      relations: [
        { kind: 'based-on', number: '05/2026/QĐ-UBND' },
        { kind: 'based-on', number: '42/2022/NĐ-CP' },
      ],
      content: {
        vi: articles(
          'Ban hành kèm theo Quyết định này Quy chế quản lý, cung cấp thông tin trên Cổng thông tin điện tử huyện An Lạc, cổng thành phần của Cổng Thông tin điện tử tỉnh Bình Sơn.',
          'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện là đầu mối tiếp nhận, biên tập và đăng tải thông tin; các phòng, ban chuyên môn cung cấp thông tin thuộc lĩnh vực phụ trách.',
          'Quyết định này có hiệu lực từ ngày 20 tháng 4 năm 2026.',
        ),
        en: articlesEn(
          'The Regulation on managing and publishing information on the An Lạc district web portal, a component portal of the Bình Sơn provincial web portal, is issued with this Decision.',
          'The Office of the District People’s Council and People’s Committee receives, edits and publishes information; the specialised divisions provide the information of their fields.',
          'This Decision takes effect on 20 April 2026.',
        ),
      },
    }),
    issued({
      ...base,
      number: '86/KH-UBND',
      type: 'plan',
      summary: {
        vi: 'Kế hoạch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân huyện An Lạc năm 2026 (văn bản minh họa)',
        en: 'Schedule of the An Lạc district leaders’ regular meetings with citizens in 2026 (illustrative document)',
      },
      issuedDate: '2026-01-08',
      normative: false,
      signer: { name: 'Lương Thị Hồng Nhung', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairwoman' } },
      relations: [],
      content: {
        vi: 'Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân huyện; trường hợp trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.\n\nCác Phó Chủ tịch tiếp công dân theo lĩnh vực phụ trách vào thứ Năm tuần đầu tiên của tháng.',
        en: 'The chair of the District People’s Committee meets citizens on the 15th of each month at the district’s citizen reception office; on a day off, the meeting moves to the next working day.\n\nThe vice chairs meet citizens on their fields on the first Thursday of each month.',
      },
    }),
    issued({
      ...base,
      number: '03/2025/QĐ-UBND',
      type: 'decision',
      summary: {
        vi: 'Quy định mức hỗ trợ chuyển đổi số cho hợp tác xã trên địa bàn huyện An Lạc (văn bản minh họa)',
        en: 'Support for the digital transformation of cooperatives in An Lạc district (illustrative document)',
      },
      issuedDate: '2025-05-12',
      effectiveDate: '2025-06-01',
      fields: [fields.finance, fields.it],
      signer: { name: 'Lương Thị Hồng Nhung', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairwoman' } },
      relations: [],
      content: {
        vi: articles(
          'Hợp tác xã có trụ sở trên địa bàn huyện được hỗ trợ 50% chi phí thuê phần mềm kế toán, hóa đơn điện tử trong 12 tháng đầu, tối đa 10 triệu đồng mỗi hợp tác xã.',
          'Hồ sơ đề nghị hỗ trợ nộp trực tuyến trên Cổng dịch vụ công của tỉnh.',
          'Quyết định này có hiệu lực từ ngày 01 tháng 6 năm 2025.',
        ),
      },
    }),
  ];
}
