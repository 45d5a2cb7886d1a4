import type {
  CodedLabel,
  DraftCommentList,
  DraftCommentReceipt,
  FacetCount,
  LegalDocument,
  LegalDocumentFacets,
  LegalDocumentSearchResult,
  LegalDocumentSummary,
} from '../legal-document.js';
import type { Problem } from '../problem.js';

/*
 * The register of the fictional province "Bình Sơn": its own documents (invented), the national
 * ones it lists (real numbers and dates), and drafts open for public comment, as the API answers
 * a search, a document and its comments.
 */

const files = 'https://portal.binhson.example/van-ban';

const issuers = {
  province: { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' } },
  council: { code: 'hdnd-tinh', name: { vi: 'HĐND tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Council' } },
  government: { code: 'chinh-phu', name: { vi: 'Chính phủ', en: 'Government' } },
} satisfies Record<string, CodedLabel>;

const fields = {
  it: { code: 'cong-nghe-thong-tin', name: { vi: 'Công nghệ thông tin', en: 'Information technology' } },
  administration: { code: 'bo-may-hanh-chinh', name: { vi: 'Bộ máy hành chính', en: 'Public administration' } },
  press: { code: 'bao-chi-truyen-thong', name: { vi: 'Báo chí, truyền thông', en: 'Press and media' } },
  finance: { code: 'tai-chinh-nha-nuoc', name: { vi: 'Tài chính nhà nước', en: 'Public finance' } },
  data: { code: 'du-lieu-so', name: { vi: 'Dữ liệu số', en: 'Digital data' } },
} satisfies Record<string, CodedLabel>;

const pdf = (name: string, size: number, signed = true) => ({ name, url: `${files}/${name}`, mediaType: 'application/pdf', size, signed });

// ——— Issued documents, newest first ———

const decision25: LegalDocumentSummary = {
  id: '25-2026-qd-ubnd',
  number: '25/2026/QĐ-UBND',
  type: 'decision',
  // Not yet translated: English pages show it in Vietnamese, marked as such.
  summary: { vi: 'Sửa đổi, bổ sung một số điều của Quy chế quản lý, vận hành Cổng Thông tin điện tử tỉnh Bình Sơn ban hành kèm theo Quyết định số 10/2024/QĐ-UBND' },
  issuedDate: '2026-11-20',
  issuer: issuers.province,
  fields: [fields.it],
  status: 'not-yet-in-force',
  effectiveDate: '2027-01-01',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [pdf('25-2026-QD-UBND.pdf', 412_672)],
};

const directive07: LegalDocumentSummary = {
  id: '07-ct-ubnd-2025',
  number: '07/CT-UBND',
  type: 'directive',
  summary: {
    vi: 'Về đẩy mạnh chuyển đổi số, cải cách hành chính trong các cơ quan nhà nước tỉnh Bình Sơn năm 2025',
    en: 'On stepping up digital transformation and administrative reform in the state agencies of Bình Sơn Province in 2025',
  },
  issuedDate: '2025-01-10',
  issuer: issuers.province,
  fields: [fields.it, fields.administration],
  status: 'unknown',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [],
};

const decision10: LegalDocumentSummary = {
  id: '10-2024-qd-ubnd',
  number: '10/2024/QĐ-UBND',
  type: 'decision',
  summary: {
    vi: 'Ban hành Quy chế quản lý, vận hành Cổng Thông tin điện tử tỉnh Bình Sơn',
    en: 'Promulgating the regulation on the management and operation of the Bình Sơn Province Web Portal',
  },
  issuedDate: '2024-03-15',
  issuer: issuers.province,
  fields: [fields.it, fields.press],
  status: 'in-force',
  effectiveDate: '2024-03-25',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [
    pdf('10-2024-QD-UBND.pdf', 1_288_490),
    {
      name: 'Phu-luc-quy-trinh-bien-tap.docx',
      url: `${files}/Phu-luc-quy-trinh-bien-tap.docx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: 48_640,
      signed: false,
    },
  ],
};

const resolution18: LegalDocumentSummary = {
  id: '18-2023-nq-hdnd',
  number: '18/2023/NQ-HĐND',
  type: 'resolution',
  summary: {
    vi: 'Quy định mức chi nhuận bút, thù lao đối với tác phẩm, tin, bài đăng trên Cổng Thông tin điện tử tỉnh Bình Sơn và các trang thông tin điện tử thành phần',
    en: 'On royalties and fees for works, news and articles published on the Bình Sơn Province Web Portal and its component sites',
  },
  issuedDate: '2023-07-14',
  issuer: issuers.council,
  fields: [fields.finance, fields.press],
  status: 'partly-expired',
  effectiveDate: '2023-07-25',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [pdf('18-2023-NQ-HDND.pdf', 2_516_582)],
};

const decree42: LegalDocumentSummary = {
  id: '42-2022-nd-cp',
  number: '42/2022/NĐ-CP',
  type: 'decree',
  summary: {
    vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    en: 'On the provision of information and online public services by state agencies on the network',
  },
  issuedDate: '2022-06-24',
  issuer: issuers.government,
  fields: [fields.it, fields.administration],
  status: 'in-force',
  effectiveDate: '2022-08-01',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [pdf('42-2022-ND-CP.pdf', 987_136)],
};

const decision05: LegalDocumentSummary = {
  id: '05-2019-qd-ubnd',
  number: '05/2019/QĐ-UBND',
  type: 'decision',
  summary: { vi: 'Ban hành Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Promulgating the rules of operation of the Bình Sơn Province Web Portal' },
  issuedDate: '2019-02-20',
  issuer: issuers.province,
  fields: [fields.it],
  status: 'expired',
  effectiveDate: '2019-03-01',
  expiryDate: '2024-03-25',
  agency: 'ubnd-tinh',
  stage: 'issued',
  // A scan of the paper original, from before documents were signed digitally.
  attachments: [pdf('05-2019-QD-UBND-ban-scan.pdf', 3_670_016, false)],
};

const registered = { normative: true, publishedAt: '2024-03-18T02:00:00.000Z', updatedAt: '2024-03-18T02:00:00.000Z' };

/** A document with every field of the national register, related documents both ways and attachments. */
export const exampleLegalDocument: LegalDocument = {
  ...decision10,
  signer: { name: 'Hoàng Minh Tuấn', position: { vi: 'Chủ tịch', en: 'Chairman' } },
  gazette: { number: '15+16', date: '2024-03-28' },
  relations: [
    { kind: 'replaces', number: '05/2019/QĐ-UBND', documentId: '05-2019-qd-ubnd', summary: decision05.summary },
    { kind: 'amended-by', number: '25/2026/QĐ-UBND', documentId: '25-2026-qd-ubnd' },
    { kind: 'based-on', number: '42/2022/NĐ-CP', documentId: '42-2022-nd-cp', summary: decree42.summary },
    // Not in this register: named, not linked.
    { kind: 'based-on', number: '77/2015/QH13', summary: { vi: 'Luật Tổ chức chính quyền địa phương', en: 'Law on the Organization of Local Government' } },
  ],
  content: {
    vi: 'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng Thông tin điện tử tỉnh Bình Sơn. Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2024 và thay thế Quyết định số 05/2019/QĐ-UBND.',
    en: 'Article 1. The regulation on the management and operation of the Bình Sơn Province Web Portal is promulgated with this decision. Article 2. This decision takes effect on 25 March 2024 and replaces Decision 05/2019/QĐ-UBND.',
  },
  ...registered,
};

/** The document the first replaced: expired, with the date it ceased to be in force. */
export const exampleLegalDocumentReplaced: LegalDocument = {
  ...decision05,
  signer: { name: 'Nguyễn Văn Thành', position: { vi: 'Chủ tịch', en: 'Chairman' } },
  gazette: { number: '09', date: '2019-03-05' },
  relations: [{ kind: 'replaced-by', number: '10/2024/QĐ-UBND', documentId: '10-2024-qd-ubnd', summary: decision10.summary }],
  ...registered,
  publishedAt: '2019-02-22T02:00:00.000Z',
};

/** A national decree the province's documents are based on; no signer, gazette or relation recorded here. */
export const exampleLegalDocumentDecree: LegalDocument = { ...decree42, relations: [], ...registered, publishedAt: '2022-06-27T02:00:00.000Z' };

/** An amendment with no English version, not yet in force. */
export const exampleLegalDocumentAmendment: LegalDocument = {
  ...decision25,
  signer: { name: 'Hoàng Minh Tuấn', position: { vi: 'Chủ tịch' } },
  relations: [{ kind: 'amends', number: '10/2024/QĐ-UBND', documentId: '10-2024-qd-ubnd', summary: decision10.summary }],
  ...registered,
  publishedAt: '2026-11-23T02:00:00.000Z',
};

export const exampleLegalDocumentDirective: LegalDocument = { ...directive07, relations: [], ...registered, normative: false, publishedAt: '2025-01-13T02:00:00.000Z' };

export const exampleLegalDocumentResolution: LegalDocument = {
  ...resolution18,
  signer: { name: 'Phan Thị Thanh Hương', position: { vi: 'Chủ tịch Hội đồng nhân dân tỉnh', en: 'Chairwoman of the Provincial People’s Council' } },
  relations: [],
  ...registered,
  publishedAt: '2023-07-17T02:00:00.000Z',
};

const decision1234: LegalDocumentSummary = {
  id: '1234-qd-ubnd-2025',
  number: '1234/QĐ-UBND',
  type: 'decision',
  summary: {
    vi: 'Về việc công bố Danh mục thủ tục hành chính mới ban hành, thủ tục hành chính được sửa đổi, bổ sung và thủ tục hành chính bị bãi bỏ trong lĩnh vực thông tin điện tử, báo chí, xuất bản, in và phát hành thuộc phạm vi chức năng quản lý nhà nước của Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Sơn',
    en: 'Announcing the list of administrative procedures newly issued, amended and supplemented, and repealed in the fields of electronic information, press, publishing, printing and distribution under the state management of the Bình Sơn Department of Culture, Sports and Tourism',
  },
  issuedDate: '2025-06-30',
  issuer: issuers.province,
  fields: [fields.press, fields.administration],
  status: 'in-force',
  effectiveDate: '2025-06-30',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [pdf('Phu-luc-I-Danh-muc-thu-tuc-hanh-chinh-moi-ban-hanh-va-duoc-sua-doi-bo-sung-linh-vuc-thong-tin-dien-tu.pdf', 5_872_026)],
};

/** A summary of the length real ones reach, a long position, and a file name with no space to break at. */
export const exampleLegalDocumentLongText: LegalDocument = {
  ...decision1234,
  signer: { name: 'Tôn Nữ Thị Hoàng Phương Thảo', position: { vi: 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh', en: 'Standing Vice Chairwoman of the Provincial People’s Committee' } },
  relations: [],
  ...registered,
  normative: false,
  publishedAt: '2025-07-01T02:00:00.000Z',
};

// ——— Drafts open for comment ———

const draftFields = { issuer: issuers.province, agency: 'ubnd-tinh', stage: 'draft', status: 'not-yet-in-force' } as const;

const draftPlan: LegalDocumentSummary = {
  ...draftFields,
  id: 'du-thao-kh-chuyen-doi-so-2027',
  number: 'Dự thảo Kế hoạch chuyển đổi số năm 2027',
  type: 'plan',
  summary: { vi: 'Dự thảo Kế hoạch chuyển đổi số của tỉnh Bình Sơn năm 2027', en: 'Draft plan for the digital transformation of Bình Sơn Province in 2027' },
  issuedDate: '2026-11-25',
  fields: [fields.it],
  attachments: [pdf('Du-thao-KH-chuyen-doi-so-2027.pdf', 655_360, false)],
  draft: { opensAt: '2027-01-05T01:00:00.000Z', closesAt: '2027-02-05T16:59:59.000Z', state: 'upcoming', commentCount: 0 },
};

const draftDecision: LegalDocumentSummary = {
  ...draftFields,
  id: 'du-thao-qd-du-lieu-so',
  number: 'Dự thảo Quy chế dữ liệu số (lần 2)',
  type: 'decision',
  summary: {
    vi: 'Dự thảo Quyết định ban hành Quy chế quản lý, khai thác và chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh Bình Sơn',
    en: 'Draft decision on the management, use and sharing of the digital data of Bình Sơn Province’s state agencies',
  },
  issuedDate: '2026-11-16',
  fields: [fields.data, fields.it],
  attachments: [
    pdf('Du-thao-QC-du-lieu-so-lan-2.pdf', 734_003, false),
    { name: 'To-trinh-QC-du-lieu-so.docx', url: `${files}/To-trinh-QC-du-lieu-so.docx`, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 61_440, signed: false },
  ],
  draft: { opensAt: '2026-11-16T01:00:00.000Z', closesAt: '2027-01-15T16:59:59.000Z', state: 'open', commentCount: 2 },
};

const draftResolution: LegalDocumentSummary = {
  ...draftFields,
  issuer: issuers.council,
  id: 'du-thao-nq-phi-du-lieu',
  number: 'Dự thảo Nghị quyết phí khai thác dữ liệu',
  type: 'resolution',
  summary: { vi: 'Dự thảo Nghị quyết quy định mức thu phí khai thác và sử dụng dữ liệu của tỉnh Bình Sơn', en: 'Draft resolution on the fees for using the data of Bình Sơn Province' },
  issuedDate: '2026-07-25',
  fields: [fields.data, fields.finance],
  attachments: [],
  draft: { opensAt: '2026-08-01T01:00:00.000Z', closesAt: '2026-09-01T16:59:59.000Z', state: 'closed', commentCount: 2 },
};

const drafted = { normative: true, publishedAt: '2026-11-16T02:00:00.000Z', updatedAt: '2026-11-16T02:00:00.000Z' };

/** A draft open for comment until its deadline: the comment form shows. */
export const exampleDraftOpen: LegalDocument = {
  ...draftDecision,
  relations: [
    { kind: 'based-on', number: '42/2022/NĐ-CP', documentId: '42-2022-nd-cp', summary: decree42.summary },
    { kind: 'based-on', number: '91/2025/QH15', summary: { vi: 'Luật Bảo vệ dữ liệu cá nhân', en: 'Law on Personal Data Protection' } },
  ],
  ...drafted,
};

/** A draft whose comment period has not begun. */
export const exampleDraftUpcoming: LegalDocument = { ...draftPlan, relations: [], ...drafted, normative: false, publishedAt: '2026-11-25T02:00:00.000Z' };

/** A draft whose comment period has ended: its comments stay published. */
export const exampleDraftClosed: LegalDocument = { ...draftResolution, relations: [], ...drafted, publishedAt: '2026-07-25T02:00:00.000Z' };

/** Comments published on the open draft after moderation: the name, never the email. */
export const exampleDraftComments: DraftCommentList = {
  items: [
    {
      id: 'gy-2026-0117',
      name: 'Nguyễn Thị Lan',
      organization: 'Hiệp hội Doanh nghiệp tỉnh Bình Sơn',
      content: 'Đề nghị bổ sung quy định về thời hạn cơ quan nhà nước phải phản hồi yêu cầu chia sẻ dữ liệu của doanh nghiệp, tránh tình trạng kéo dài.',
      receivedAt: '2026-11-20T08:12:00.000Z',
    },
    { id: 'gy-2026-0121', name: 'Trần Quốc Bảo', content: 'Điều 7 nên nêu rõ dữ liệu nào được công khai dưới dạng dữ liệu mở.', receivedAt: '2026-11-24T03:40:00.000Z' },
  ],
  total: 2,
  page: 1,
  pageSize: 20,
};

export const exampleDraftCommentsClosed: DraftCommentList = {
  items: [
    { id: 'gy-2026-0032', name: 'Lê Văn Hùng', content: 'Mức phí đối với học sinh, sinh viên nên được miễn.', receivedAt: '2026-08-12T02:05:00.000Z' },
    {
      id: 'gy-2026-0040',
      name: 'Phạm Thị Hồng Nhung',
      organization: 'Trường Đại học Bình Sơn',
      content: 'Đề nghị miễn phí khai thác dữ liệu phục vụ nghiên cứu khoa học.',
      receivedAt: '2026-08-20T09:30:00.000Z',
    },
  ],
  total: 2,
  page: 1,
  pageSize: 20,
};

export const exampleDraftCommentsNone: DraftCommentList = { items: [], total: 0, page: 1, pageSize: 20 };

/** What the API answers a comment: taken, and waiting for moderation. */
export const exampleDraftCommentReceipt: DraftCommentReceipt = { id: 'gy-2026-0133', status: 'pending-moderation', receivedAt: '2026-12-01T03:20:00.000Z' };

// ——— Searches ———

/** Each facet's values with their counts among `items`, most frequent first, as the API sends them. */
function facetsOf(items: readonly LegalDocumentSummary[]): LegalDocumentFacets {
  const count = (values: { value: string; label?: FacetCount['label'] }[]): FacetCount[] => {
    const counts = new Map<string, FacetCount>();
    for (const { value, label } of values) {
      const entry = counts.get(value) ?? { value, ...(label ? { label } : {}), count: 0 };
      entry.count += 1;
      counts.set(value, entry);
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || b.value.localeCompare(a.value));
  };
  const coded = (label: CodedLabel) => ({ value: label.code, label: label.name });
  return {
    type: count(items.map((doc) => ({ value: doc.type }))),
    issuer: count(items.map((doc) => coded(doc.issuer))),
    field: count(items.flatMap((doc) => doc.fields.map(coded))),
    year: count(items.map((doc) => ({ value: doc.issuedDate.slice(0, 4) }))),
    status: count(items.map((doc) => ({ value: doc.status }))),
  };
}

const register = [decision25, directive07, decision10, resolution18, decree42, decision05];

const searchOf = (items: LegalDocumentSummary[], page = 1, pageSize = 20, matching = items): LegalDocumentSearchResult => ({
  items,
  total: matching.length,
  page,
  pageSize,
  facets: facetsOf(matching),
});

/** The whole register, newest issued first, with its facets. */
export const exampleLegalDocumentSearch: LegalDocumentSearchResult = searchOf(register);

/** Filtered by type "decision": a facet's own counts ignore its filter, so its other values stay offered. */
export const exampleLegalDocumentSearchDecisions: LegalDocumentSearchResult = (() => {
  const decisions = register.filter((doc) => doc.type === 'decision');
  return { ...searchOf(decisions), facets: { ...facetsOf(decisions), type: facetsOf(register).type } };
})();

/** "quyet dinh cong thong tin", typed without diacritics: the documents on the portal. */
export const exampleLegalDocumentSearchPortal: LegalDocumentSearchResult = searchOf([decision25, decision10, decision05]);

/** Nothing matches (or nothing is published yet). */
export const exampleLegalDocumentSearchNone: LegalDocumentSearchResult = searchOf([]);

/** The register two documents a page: pages 1 and 2 of 3. */
export const exampleLegalDocumentSearchPage1: LegalDocumentSearchResult = searchOf(register.slice(0, 2), 1, 2, register);
export const exampleLegalDocumentSearchPage2: LegalDocumentSearchResult = searchOf(register.slice(2, 4), 2, 2, register);

/** The five newest documents, for `mode="latest"`. */
export const exampleLegalDocumentSearchLatest: LegalDocumentSearchResult = searchOf(register.slice(0, 5), 1, 5, register);

export const exampleLegalDocumentSearchLongText: LegalDocumentSearchResult = searchOf([decision1234, resolution18]);

/** The drafts: one not yet open for comment, one open, one closed. */
export const exampleDraftSearch: LegalDocumentSearchResult = searchOf([draftPlan, draftDecision, draftResolution]);

/** A comment sent after the draft's comment period closed. */
export const exampleProblemCommentWindowClosed: Problem = {
  type: '/api/v1/docs#problem-comment-window-closed',
  title: 'The draft is not open for comment',
  status: 409,
  code: 'comment-window-closed',
};
