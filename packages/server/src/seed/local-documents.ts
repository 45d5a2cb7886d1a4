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

/** Departments issue their own guidance, listed in the province's register beside its decisions. */
const departmentOfInformation: Issuer = {
  code: 'so-tttt-binh-son',
  name: { vi: 'Sở Thông tin và Truyền thông tỉnh Bình Sơn', en: 'Bình Sơn Department of Information and Communications' },
};

/** The enacting paragraphs of a decision: its legal bases, who proposed it, then "QUYẾT ĐỊNH:" and its articles. */
const decision = (bases: string[], proposal: string, ...texts: string[]) =>
  [...bases.map((basis) => `Căn cứ ${basis};`), `${proposal}.`, 'QUYẾT ĐỊNH:', articles(...texts)].join('\n\n');

const localGovernmentLaw = 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015';
const implementation = (effect: string) =>
  `${effect} Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`;

/** The province's own documents, in its register beside the national documents they rest on. */
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
        { kind: 'replaces', number: '21/2021/QĐ-UBND' },
        { kind: 'based-on', number: '64/2025/QH15' },
        { kind: 'based-on', number: '42/2022/NĐ-CP' },
        { kind: 'based-on', number: '12/2022/TT-BTTTT' },
      ],
      content: {
        vi: decision(
          [
            localGovernmentLaw,
            'Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025',
            'Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
          ],
          'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 58/TTr-STTTT ngày 12 tháng 02 năm 2026',
          'Ban hành kèm theo Quyết định này Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bình Sơn và các Cổng thông tin điện tử thành phần của các sở, ban, ngành và Ủy ban nhân dân cấp huyện.',
          'Sở Thông tin và Truyền thông là cơ quan thường trực của Ban biên tập, chịu trách nhiệm vận hành kỹ thuật, bảo đảm an toàn thông tin theo cấp độ và khả năng truy cập của Cổng cho người khuyết tật.',
          'Văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành được đăng tải toàn văn trên Cổng chậm nhất 02 ngày làm việc kể từ ngày ký ban hành; dự thảo văn bản lấy ý kiến nhân dân được đăng tải ít nhất 30 ngày.',
          implementation('Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2026 và thay thế Quyết định số 21/2021/QĐ-UBND ngày 16 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh.'),
        ),
        en: articlesEn(
          'The Regulation on the operation of the Bình Sơn provincial web portal and the component portals of departments and district People’s Committees is issued with this Decision.',
          'The Department of Information and Communications is the standing body of the editorial board, responsible for running the portal, its information security by level and its accessibility to people with disabilities.',
          'Legal documents issued by the Provincial People’s Council and People’s Committee are published in full on the portal within 2 working days of signature; drafts put to public comment stay published for at least 30 days.',
          'This Decision takes effect on 15 March 2026 and replaces Decision 21/2021/QĐ-UBND of 16 August 2021. The Chief of Office of the Provincial People’s Committee, the directors of departments and the chairs of district People’s Committees carry it out.',
        ),
      },
    }),
    issued({
      number: '21/2021/QĐ-UBND',
      type: 'decision',
      summary: {
        vi: 'Ban hành Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bình Sơn (văn bản minh họa)',
        en: 'Regulation on the operation of the Bình Sơn provincial web portal (illustrative document)',
      },
      issuedDate: '2021-08-16',
      effectiveDate: '2021-09-01',
      status: 'expired',
      expiryDate: '2026-03-15',
      issuer,
      agency,
      fields: [fields.it, fields.press],
      signer: { name: 'Phạm Quốc Việt', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairman' } },
      relations: [
        { kind: 'based-on', number: '80/2015/QH13' },
        { kind: 'based-on', number: '43/2011/NĐ-CP' },
        { kind: 'based-on', number: '32/2017/TT-BTTTT' },
      ],
      content: {
        vi: decision(
          [
            localGovernmentLaw,
            'Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015',
            'Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
          ],
          'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông',
          'Ban hành kèm theo Quyết định này Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bình Sơn.',
          'Ban biên tập Cổng Thông tin điện tử tỉnh do Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập; Văn phòng Ủy ban nhân dân tỉnh là cơ quan thường trực.',
          implementation('Quyết định này có hiệu lực từ ngày 01 tháng 9 năm 2021.'),
        ),
      },
    }),
    issued({
      number: '12/2025/QĐ-UBND',
      type: 'decision',
      summary: {
        vi: 'Ban hành Quy chế bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước tỉnh Bình Sơn (văn bản minh họa)',
        en: 'Regulation on network information security in the work of Bình Sơn’s state agencies (illustrative document)',
      },
      issuedDate: '2025-04-18',
      effectiveDate: '2025-05-01',
      status: 'in-force',
      issuer,
      agency,
      fields: [fields.security],
      signer: { name: 'Phạm Quốc Việt', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairman' } },
      relations: [
        { kind: 'based-on', number: '86/2015/QH13' },
        { kind: 'based-on', number: '85/2016/NĐ-CP' },
        { kind: 'based-on', number: '12/2022/TT-BTTTT' },
      ],
      content: {
        vi: decision(
          [
            localGovernmentLaw,
            'Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015',
            'Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ',
            'Thông tư số 12/2022/TT-BTTTT ngày 12 tháng 8 năm 2022 của Bộ trưởng Bộ Thông tin và Truyền thông quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP',
          ],
          'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông',
          'Ban hành kèm theo Quyết định này Quy chế bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước tỉnh Bình Sơn.',
          'Thủ trưởng cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về bảo đảm an toàn thông tin mạng của cơ quan mình; hồ sơ đề xuất cấp độ của hệ thống thông tin được lập trước khi đưa hệ thống vào vận hành.',
          'Sự cố an toàn thông tin mạng được báo cáo Sở Thông tin và Truyền thông trong vòng 24 giờ kể từ khi phát hiện; dữ liệu của hệ thống thông tin từ cấp độ 3 trở lên được sao lưu ít nhất một lần mỗi tuần.',
          implementation('Quyết định này có hiệu lực từ ngày 01 tháng 5 năm 2025.'),
        ),
        en: articlesEn(
          'The Regulation on network information security in the work of Bình Sơn’s state agencies is issued with this Decision.',
          'Heads of agencies answer to the Chairman of the Provincial People’s Committee for the network information security of their agencies; the security level of an information system is proposed before the system goes live.',
          'Network security incidents are reported to the Department of Information and Communications within 24 hours of their discovery; the data of information systems of level 3 and above are backed up at least weekly.',
          'This Decision takes effect on 1 May 2025. The Chief of Office of the Provincial People’s Committee, the directors of departments and the chairs of district People’s Committees carry it out.',
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
        vi: decision(
          [localGovernmentLaw, 'Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước'],
          'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông',
          'Phê duyệt Kế hoạch chuyển đổi số tỉnh Bình Sơn năm 2026 kèm theo Quyết định này.',
          'Mục tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; dữ liệu mở của tỉnh được công bố trên Cổng Thông tin điện tử tỉnh.',
          'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.',
        ),
      },
    }),
    issued({
      number: '47/KH-UBND',
      type: 'plan',
      summary: {
        vi: 'Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân trên địa bàn tỉnh Bình Sơn (văn bản minh họa)',
        en: 'Plan for implementing the Law on Personal Data Protection in Bình Sơn province (illustrative document)',
      },
      issuedDate: '2026-02-10',
      status: 'in-force',
      normative: false,
      issuer,
      agency,
      fields: [fields.personalData],
      signer: { name: 'Phạm Quốc Việt', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairman' } },
      relations: [{ kind: 'based-on', number: '91/2025/QH15' }],
      content: {
        vi: [
          'Thực hiện Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 ngày 26 tháng 6 năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật trên địa bàn tỉnh như sau:',
          'I. MỤC ĐÍCH, YÊU CẦU\n\nTổ chức thi hành Luật kịp thời, thống nhất; nâng cao nhận thức của cán bộ, công chức và người dân về quyền của chủ thể dữ liệu cá nhân; xác định rõ cơ quan chủ trì, thời hạn hoàn thành từng nhiệm vụ.',
          'II. NỘI DUNG\n\n1. Phổ biến, quán triệt Luật cho cán bộ, công chức, viên chức: hoàn thành trong quý II năm 2026.\n2. Rà soát các biểu mẫu, cổng thông tin và hệ thống thông tin có thu thập dữ liệu cá nhân; bổ sung thông báo xử lý dữ liệu và nội dung đồng ý của chủ thể dữ liệu.\n3. Lập danh mục hệ thống xử lý dữ liệu cá nhân nhạy cảm và đánh giá tác động xử lý dữ liệu cá nhân.',
          'III. TỔ CHỨC THỰC HIỆN\n\nSở Tư pháp chủ trì phổ biến Luật; Sở Thông tin và Truyền thông chủ trì rà soát hệ thống thông tin; các sở, ban, ngành và Ủy ban nhân dân các huyện báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2026.',
        ].join('\n\n'),
      },
    }),
    issued({
      number: '06/CT-UBND',
      type: 'directive',
      summary: {
        vi: 'Về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn tỉnh Bình Sơn (văn bản minh họa)',
        en: 'On expanding the provision and use of online public services and online payment in Bình Sơn province (illustrative document)',
      },
      issuedDate: '2025-09-05',
      status: 'in-force',
      normative: false,
      issuer,
      agency,
      fields: [fields.it, fields.administration],
      signer: { name: 'Hoàng Minh Tuấn', position: { vi: 'Chủ tịch', en: 'Chairman' } },
      relations: [{ kind: 'based-on', number: '42/2022/NĐ-CP' }],
      content: {
        vi: [
          'Thời gian qua, việc cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh đã có chuyển biến; tuy nhiên tỷ lệ hồ sơ nộp trực tuyến ở một số lĩnh vực còn thấp, việc thanh toán phí, lệ phí trực tuyến chưa được sử dụng rộng rãi. Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
          '1. Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện trực tiếp chỉ đạo, chịu trách nhiệm về tỷ lệ hồ sơ trực tuyến của cơ quan, địa phương mình; phấn đấu đạt ít nhất 80% hồ sơ trực tuyến toàn trình đối với các thủ tục đủ điều kiện.',
          '2. Bộ phận Một cửa các cấp hướng dẫn, hỗ trợ tổ chức, cá nhân nộp hồ sơ và thanh toán trực tuyến; không yêu cầu nộp thêm bản giấy đối với hồ sơ đã nộp trực tuyến hợp lệ.',
          '3. Sở Thông tin và Truyền thông theo dõi, đôn đốc và báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Chỉ thị này hằng quý.',
          'Chỉ thị này có hiệu lực kể từ ngày ký.',
        ].join('\n\n'),
      },
    }),
    issued({
      number: '214/HD-STTTT',
      type: 'instruction',
      summary: {
        vi: 'Hướng dẫn gắn dữ liệu đặc tả (metadata) cho tin bài và văn bản trên các trang thông tin điện tử của cơ quan nhà nước tỉnh Bình Sơn (văn bản minh họa)',
        en: 'Guidance on tagging news and documents with metadata on the websites of Bình Sơn’s state agencies (illustrative document)',
      },
      issuedDate: '2025-10-14',
      status: 'in-force',
      normative: false,
      issuer: departmentOfInformation,
      agency,
      fields: [fields.it],
      signer: { name: 'Đỗ Thanh Sơn', position: { vi: 'Giám đốc', en: 'Director' } },
      relations: [
        { kind: 'based-on', number: '24/2011/TT-BTTTT' },
        { kind: 'based-on', number: '21/2021/QĐ-UBND' },
      ],
      content: {
        vi: [
          'Thực hiện Thông tư số 24/2011/TT-BTTTT ngày 20 tháng 9 năm 2011 của Bộ trưởng Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông hướng dẫn các cơ quan, đơn vị như sau:',
          '1. Mỗi tin bài, văn bản đăng trên trang thông tin điện tử có các trường: tiêu đề, tác giả, cơ quan ban hành, ngày đăng, ngôn ngữ, định dạng và từ khóa.',
          '2. Văn bản quy phạm pháp luật ghi thêm số ký hiệu, ngày ban hành, ngày có hiệu lực và tình trạng hiệu lực như Cơ sở dữ liệu quốc gia về văn bản pháp luật.',
          '3. Quá trình thực hiện nếu có vướng mắc, đề nghị liên hệ Phòng Công nghệ thông tin, Sở Thông tin và Truyền thông, điện thoại 0263 3823 120.',
        ].join('\n\n'),
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
