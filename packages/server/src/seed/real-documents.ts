import type { LegalDocumentStatus, LegalDocumentType, RelationKind } from '@vn-portal/schema';
import type { DocumentInput } from '../legal-documents/store.js';

/*
 * Real, public legal documents: the national documents that the regulations on provincial e-portals
 * in the project's seeds cite ("Căn cứ …"), and those regulations themselves. Numbers, dates,
 * issuers, signers and relations are as the documents state them; a field nobody here could vouch
 * for is left out rather than guessed: a document is "in-force" when known to be, "expired" only
 * when the register holds the document that replaced it, and "unknown" otherwise.
 */

type Issuer = DocumentInput['issuer'];
type Field = DocumentInput['fields'][number];

const issuers = {
  quocHoi: { code: 'quoc-hoi', name: { vi: 'Quốc hội', en: 'National Assembly' } },
  chinhPhu: { code: 'chinh-phu', name: { vi: 'Chính phủ', en: 'Government' } },
  boTttt: { code: 'bo-tttt', name: { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' } },
  boTaiChinh: { code: 'bo-tai-chinh', name: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' } },
  dakLak: { code: 'ubnd-dak-lak', name: { vi: 'UBND tỉnh Đắk Lắk', en: 'Đắk Lắk Provincial People’s Committee' } },
  bacGiang: { code: 'ubnd-bac-giang', name: { vi: 'UBND tỉnh Bắc Giang', en: 'Bắc Giang Provincial People’s Committee' } },
  caoBang: { code: 'ubnd-cao-bang', name: { vi: 'UBND tỉnh Cao Bằng', en: 'Cao Bằng Provincial People’s Committee' } },
  quangNam: { code: 'ubnd-quang-nam', name: { vi: 'UBND tỉnh Quảng Nam', en: 'Quảng Nam Provincial People’s Committee' } },
  bacKan: { code: 'ubnd-bac-kan', name: { vi: 'UBND tỉnh Bắc Kạn', en: 'Bắc Kạn Provincial People’s Committee' } },
} satisfies Record<string, Issuer>;

export const fields = {
  it: { code: 'cong-nghe-thong-tin', name: { vi: 'Công nghệ thông tin', en: 'Information technology' } },
  security: { code: 'an-toan-thong-tin', name: { vi: 'An toàn thông tin', en: 'Information security' } },
  administration: { code: 'bo-may-hanh-chinh', name: { vi: 'Bộ máy hành chính', en: 'Public administration' } },
  press: { code: 'bao-chi-truyen-thong', name: { vi: 'Báo chí, truyền thông', en: 'Press and media' } },
  personalData: { code: 'du-lieu-ca-nhan', name: { vi: 'Dữ liệu cá nhân', en: 'Personal data' } },
  lawMaking: { code: 'xay-dung-phap-luat', name: { vi: 'Xây dựng pháp luật', en: 'Law-making' } },
  finance: { code: 'tai-chinh-nha-nuoc', name: { vi: 'Tài chính nhà nước', en: 'Public finance' } },
  commerce: { code: 'thuong-mai', name: { vi: 'Thương mại, quảng cáo', en: 'Commerce and advertising' } },
} satisfies Record<string, Field>;

interface Entry {
  number: string;
  type: LegalDocumentType;
  summary: string;
  summaryEn?: string;
  issued: string;
  issuer: Issuer;
  fields: Field[];
  status?: LegalDocumentStatus;
  effective?: string;
  signer?: { name: string; position?: string };
  /** Administrative documents (no year in the number) are not normative. */
  normative?: boolean;
  relations?: [RelationKind, string][];
}

/** Laws, decrees and circulars: what every province's register holds beside its own documents. */
const nationalEntries: Entry[] = [
  // Laws of the National Assembly.
  { number: '67/2006/QH11', type: 'law', summary: 'Luật Công nghệ thông tin', summaryEn: 'Law on Information Technology', issued: '2006-06-29', effective: '2007-01-01', issuer: issuers.quocHoi, fields: [fields.it] },
  { number: '16/2012/QH13', type: 'law', summary: 'Luật Quảng cáo', summaryEn: 'Law on Advertising', issued: '2012-06-21', effective: '2013-01-01', status: 'in-force', issuer: issuers.quocHoi, fields: [fields.commerce] },
  { number: '77/2015/QH13', type: 'law', summary: 'Luật Tổ chức chính quyền địa phương', summaryEn: 'Law on the Organization of Local Government', issued: '2015-06-19', effective: '2016-01-01', issuer: issuers.quocHoi, fields: [fields.administration] },
  { number: '80/2015/QH13', type: 'law', summary: 'Luật Ban hành văn bản quy phạm pháp luật', summaryEn: 'Law on the Promulgation of Legal Normative Documents', issued: '2015-06-22', effective: '2016-07-01', status: 'expired', issuer: issuers.quocHoi, fields: [fields.lawMaking] },
  { number: '86/2015/QH13', type: 'law', summary: 'Luật An toàn thông tin mạng', summaryEn: 'Law on Network Information Security', issued: '2015-11-19', effective: '2016-07-01', issuer: issuers.quocHoi, fields: [fields.security] },
  { number: '103/2016/QH13', type: 'law', summary: 'Luật Báo chí', summaryEn: 'Press Law', issued: '2016-04-05', effective: '2017-01-01', issuer: issuers.quocHoi, fields: [fields.press] },
  { number: '104/2016/QH13', type: 'law', summary: 'Luật Tiếp cận thông tin', summaryEn: 'Law on Access to Information', issued: '2016-04-06', effective: '2018-07-01', status: 'in-force', issuer: issuers.quocHoi, fields: [fields.administration, fields.press] },
  {
    number: '47/2019/QH14',
    type: 'law',
    summary: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
    summaryEn: 'Law amending and supplementing a number of articles of the Law on Government Organization and the Law on the Organization of Local Government',
    issued: '2019-11-22',
    effective: '2020-07-01',
    issuer: issuers.quocHoi,
    fields: [fields.administration],
    relations: [['amends', '77/2015/QH13']],
  },
  {
    number: '64/2025/QH15',
    type: 'law',
    summary: 'Luật Ban hành văn bản quy phạm pháp luật',
    summaryEn: 'Law on the Promulgation of Legal Documents',
    issued: '2025-02-19',
    effective: '2025-04-01',
    status: 'in-force',
    issuer: issuers.quocHoi,
    fields: [fields.lawMaking],
    relations: [['replaces', '80/2015/QH13']],
  },
  { number: '91/2025/QH15', type: 'law', summary: 'Luật Bảo vệ dữ liệu cá nhân', summaryEn: 'Law on Personal Data Protection', issued: '2025-06-26', effective: '2026-01-01', status: 'in-force', issuer: issuers.quocHoi, fields: [fields.personalData] },

  // Decrees of the Government.
  { number: '64/2007/NĐ-CP', type: 'decree', summary: 'Về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước', summaryEn: 'On the application of information technology in the operation of state agencies', issued: '2007-04-10', issuer: issuers.chinhPhu, fields: [fields.it, fields.administration] },
  { number: '97/2008/NĐ-CP', type: 'decree', summary: 'Về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin điện tử trên Internet', summaryEn: 'On the management, provision and use of Internet services and electronic information on the Internet', issued: '2008-08-28', status: 'expired', issuer: issuers.chinhPhu, fields: [fields.it] },
  {
    number: '43/2011/NĐ-CP',
    type: 'decree',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    summaryEn: 'On the provision of information and online public services on websites or web portals of state agencies',
    issued: '2011-06-13',
    status: 'expired',
    issuer: issuers.chinhPhu,
    fields: [fields.it, fields.administration],
  },
  {
    number: '72/2013/NĐ-CP',
    type: 'decree',
    summary: 'Về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
    summaryEn: 'On the management, provision and use of Internet services and online information',
    issued: '2013-07-15',
    effective: '2013-09-01',
    status: 'expired',
    issuer: issuers.chinhPhu,
    fields: [fields.it, fields.press],
    relations: [['replaces', '97/2008/NĐ-CP']],
  },
  { number: '85/2016/NĐ-CP', type: 'decree', summary: 'Về bảo đảm an toàn hệ thống thông tin theo cấp độ', summaryEn: 'On assuring the security of information systems by level', issued: '2016-07-01', status: 'in-force', issuer: issuers.chinhPhu, fields: [fields.security] },
  {
    number: '09/2017/NĐ-CP',
    type: 'decree',
    summary: 'Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
    summaryEn: 'Detailing spokesmanship and the provision of information to the press by state administrative agencies',
    issued: '2017-02-09',
    status: 'in-force',
    issuer: issuers.chinhPhu,
    fields: [fields.press, fields.administration],
  },
  {
    number: '27/2018/NĐ-CP',
    type: 'decree',
    summary: 'Sửa đổi, bổ sung một số điều của Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
    summaryEn: 'Amending and supplementing a number of articles of Decree 72/2013/NĐ-CP on Internet services and online information',
    issued: '2018-03-01',
    status: 'expired',
    issuer: issuers.chinhPhu,
    fields: [fields.it, fields.press],
    relations: [['amends', '72/2013/NĐ-CP']],
  },
  { number: '47/2020/NĐ-CP', type: 'decree', summary: 'Về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước', summaryEn: 'On the management, connection and sharing of digital data of state agencies', issued: '2020-04-09', issuer: issuers.chinhPhu, fields: [fields.it] },
  {
    number: '42/2022/NĐ-CP',
    type: 'decree',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    summaryEn: 'On the provision of information and online public services by state agencies on the network',
    issued: '2022-06-24',
    effective: '2022-08-15',
    status: 'in-force',
    issuer: issuers.chinhPhu,
    fields: [fields.it, fields.administration],
    relations: [['replaces', '43/2011/NĐ-CP']],
  },
  {
    number: '147/2024/NĐ-CP',
    type: 'decree',
    summary: 'Về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
    summaryEn: 'On the management, provision and use of Internet services and online information',
    issued: '2024-11-09',
    effective: '2024-12-25',
    status: 'in-force',
    issuer: issuers.chinhPhu,
    fields: [fields.it, fields.press],
    relations: [
      ['replaces', '72/2013/NĐ-CP'],
      ['replaces', '27/2018/NĐ-CP'],
    ],
  },
  { number: '13/2023/NĐ-CP', type: 'decree', summary: 'Về bảo vệ dữ liệu cá nhân', summaryEn: 'On personal data protection', issued: '2023-04-17', effective: '2023-07-01', issuer: issuers.chinhPhu, fields: [fields.personalData] },

  // Circulars.
  {
    number: '26/2009/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định về việc cung cấp thông tin và đảm bảo khả năng truy cập thuận tiện đối với trang thông tin điện tử của cơ quan nhà nước',
    issued: '2009-07-31',
    status: 'expired',
    issuer: issuers.boTttt,
    fields: [fields.it],
  },
  {
    number: '14/2010/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định chi tiết một số điều của Nghị định số 97/2008/NĐ-CP ngày 28/8/2008 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin điện tử trên Internet',
    issued: '2010-06-29',
    status: 'expired',
    issuer: issuers.boTttt,
    fields: [fields.it],
    relations: [['guides', '97/2008/NĐ-CP']],
  },
  {
    number: '25/2010/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định việc thu thập, sử dụng, chia sẻ, đảm bảo an toàn và bảo vệ thông tin cá nhân trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    summaryEn: 'On the collection, use, sharing, security and protection of personal information on websites and web portals of state agencies',
    issued: '2010-11-15',
    issuer: issuers.boTttt,
    fields: [fields.personalData, fields.it],
  },
  { number: '01/2011/TT-BTTTT', type: 'circular', summary: 'Công bố Danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước', issued: '2011-01-04', issuer: issuers.boTttt, fields: [fields.it] },
  {
    number: '24/2011/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định về việc tạo lập, sử dụng và lưu trữ dữ liệu đặc tả trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    summaryEn: 'On the creation, use and storage of metadata on websites and web portals of state agencies',
    issued: '2011-09-20',
    issuer: issuers.boTttt,
    fields: [fields.it],
  },
  {
    number: '194/2012/TT-BTC',
    type: 'circular',
    summary: 'Hướng dẫn mức chi tạo lập thông tin điện tử nhằm duy trì hoạt động thường xuyên của cơ quan, đơn vị sử dụng ngân sách nhà nước',
    issued: '2012-11-15',
    issuer: issuers.boTaiChinh,
    fields: [fields.finance, fields.it],
  },
  {
    number: '09/2014/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định chi tiết về hoạt động quản lý, cung cấp, sử dụng thông tin trên trang thông tin điện tử và mạng xã hội',
    issued: '2014-08-19',
    issuer: issuers.boTttt,
    fields: [fields.press, fields.it],
    relations: [
      ['guides', '72/2013/NĐ-CP'],
      ['replaces', '14/2010/TT-BTTTT'],
    ],
  },
  {
    number: '03/2017/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ',
    issued: '2017-04-24',
    status: 'expired',
    issuer: issuers.boTttt,
    fields: [fields.security],
    relations: [['guides', '85/2016/NĐ-CP']],
  },
  {
    number: '32/2017/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định về việc cung cấp dịch vụ công trực tuyến và bảo đảm khả năng truy cập thuận tiện đối với trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    summaryEn: 'On the provision of online public services and convenient access to websites and web portals of state agencies',
    issued: '2017-11-15',
    effective: '2018-01-01',
    issuer: issuers.boTttt,
    fields: [fields.it, fields.administration],
    relations: [['replaces', '26/2009/TT-BTTTT']],
  },
  { number: '39/2017/TT-BTTTT', type: 'circular', summary: 'Ban hành Danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước', issued: '2017-12-15', issuer: issuers.boTttt, fields: [fields.it] },
  {
    number: '26/2020/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định việc áp dụng tiêu chuẩn, công nghệ hỗ trợ người khuyết tật tiếp cận, sử dụng sản phẩm, dịch vụ thông tin và truyền thông',
    summaryEn: 'On applying standards and technologies that help people with disabilities access and use information and communication products and services',
    issued: '2020-09-23',
    status: 'in-force',
    issuer: issuers.boTttt,
    fields: [fields.it],
  },
  {
    number: '12/2022/TT-BTTTT',
    type: 'circular',
    summary: 'Quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ',
    summaryEn: 'Detailing and guiding a number of articles of Decree 85/2016/NĐ-CP on assuring the security of information systems by level',
    issued: '2022-08-12',
    status: 'in-force',
    issuer: issuers.boTttt,
    fields: [fields.security],
    relations: [
      ['guides', '85/2016/NĐ-CP'],
      ['replaces', '03/2017/TT-BTTTT'],
    ],
  },
];

/**
 * Other provinces' regulations on e-portals (the project's seeds): real decisions of their People's
 * Committees, which belong in their registers, not the demo province's. Tests and the relevance bench
 * load them through the admin API, as a province would enter documents.
 */
const otherProvinceEntries: Entry[] = [
  {
    number: '78/2007/QĐ-UBND',
    type: 'decision',
    summary: 'Về việc ban hành Quy chế tổ chức, quản lý và hoạt động Hệ thống trang thông tin điện tử tỉnh Bắc Giang',
    issued: '2007-08-31',
    status: 'expired',
    issuer: issuers.bacGiang,
    fields: [fields.it],
  },
  {
    number: '01/2014/QĐ-UBND',
    type: 'decision',
    summary: 'Ban hành Quy chế quản lý, hoạt động và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Cao Bằng',
    summaryEn: 'Regulation on the management, operation and provision of information on the Cao Bằng provincial web portal',
    issued: '2014-01-22',
    issuer: issuers.caoBang,
    signer: { name: 'Đàm Văn Eng', position: 'Phó Chủ tịch' },
    fields: [fields.it, fields.press],
    relations: [
      ['based-on', '67/2006/QH11'],
      ['based-on', '64/2007/NĐ-CP'],
      ['based-on', '97/2008/NĐ-CP'],
      ['based-on', '43/2011/NĐ-CP'],
      ['based-on', '26/2009/TT-BTTTT'],
      ['based-on', '14/2010/TT-BTTTT'],
      ['based-on', '25/2010/TT-BTTTT'],
    ],
  },
  {
    number: '16/2014/QĐ-UBND',
    type: 'decision',
    summary:
      'Về mức chi trả nhuận bút, thù lao đối với tác phẩm được đăng tải trên Cổng/Trang thông tin điện tử; Bản tin của cơ quan nhà nước và tổ chức chính trị - xã hội; Đài Truyền thanh - Truyền hình huyện, thị xã, thành phố; Đài Truyền thanh xã, phường, thị trấn trên địa bàn tỉnh Đắk Lắk',
    issued: '2014-06-11',
    issuer: issuers.dakLak,
    fields: [fields.finance, fields.press],
  },
  {
    number: '17/2018/QĐ-UBND',
    type: 'decision',
    summary: 'Về việc ban hành Quy chế tổ chức, hoạt động của Cổng thông tin điện tử tỉnh Bắc Kạn',
    summaryEn: 'Regulation on the organization and operation of the Bắc Kạn provincial web portal',
    issued: '2018-07-31',
    issuer: issuers.bacKan,
    fields: [fields.it, fields.press],
  },
  {
    number: '28/2018/QĐ-UBND',
    type: 'decision',
    summary: 'Ban hành Quy chế quản lý và cung cấp thông tin trên trang thông tin điện tử, Cổng thông tin điện tử của cơ quan nhà nước tỉnh Đắk Lắk',
    issued: '2018-11-16',
    status: 'expired',
    issuer: issuers.dakLak,
    fields: [fields.it, fields.press],
  },
  { number: '22/2019/QĐ-UBND', type: 'decision', summary: 'Ban hành Quy định chế độ báo cáo định kỳ thực hiện trên địa bàn tỉnh Bắc Giang', issued: '2019-09-11', issuer: issuers.bacGiang, fields: [fields.administration] },
  {
    number: '3962/QĐ-UBND',
    type: 'decision',
    summary: 'Về việc ban hành Kiến trúc Chính quyền điện tử tỉnh Đắk Lắk, phiên bản 2',
    issued: '2019-12-31',
    normative: false,
    issuer: issuers.dakLak,
    fields: [fields.it, fields.administration],
  },
  {
    number: '36/2019/QĐ-UBND',
    type: 'decision',
    summary: 'Ban hành Quy chế tổ chức, quản lý hoạt động Cổng thông tin điện tử tỉnh Bắc Giang và các Cổng thông tin điện tử thành phần',
    summaryEn: 'Regulation on the organization and management of the Bắc Giang provincial web portal and its component portals',
    issued: '2019-12-31',
    effective: '2020-01-15',
    issuer: issuers.bacGiang,
    fields: [fields.it, fields.press],
    relations: [
      ['replaces', '78/2007/QĐ-UBND'],
      ['based-on', '77/2015/QH13'],
      ['based-on', '80/2015/QH13'],
      ['based-on', '67/2006/QH11'],
      ['based-on', '86/2015/QH13'],
      ['based-on', '104/2016/QH13'],
      ['based-on', '64/2007/NĐ-CP'],
      ['based-on', '43/2011/NĐ-CP'],
      ['based-on', '72/2013/NĐ-CP'],
      ['based-on', '27/2018/NĐ-CP'],
      ['based-on', '85/2016/NĐ-CP'],
      ['based-on', '25/2010/TT-BTTTT'],
      ['based-on', '09/2014/TT-BTTTT'],
      ['based-on', '03/2017/TT-BTTTT'],
      ['based-on', '32/2017/TT-BTTTT'],
      ['based-on', '39/2017/TT-BTTTT'],
    ],
  },
  {
    number: '3069/QĐ-UBND',
    type: 'decision',
    summary: 'Về việc ban hành Quy chế hoạt động Cổng thông tin điện tử tỉnh Quảng Nam',
    summaryEn: 'Regulation on the operation of the Quảng Nam provincial web portal',
    issued: '2021-10-25',
    normative: false,
    issuer: issuers.quangNam,
    fields: [fields.it, fields.press],
  },
  {
    number: '40/2021/QĐ-UBND',
    type: 'decision',
    summary:
      'Sửa đổi, bổ sung một số điều của Quy định mức chi trả nhuận bút, thù lao đối với tác phẩm được đăng tải trên Cổng, Trang thông tin điện tử; Bản tin của các cơ quan nhà nước và tổ chức chính trị - xã hội; Đài Truyền thanh - Truyền hình huyện, thị xã, thành phố; Đài Truyền thanh xã, phường, thị trấn trên địa bàn tỉnh Đắk Lắk, ban hành kèm theo Quyết định số 16/2014/QĐ-UBND',
    issued: '2021-11-24',
    issuer: issuers.dakLak,
    fields: [fields.finance, fields.press],
    relations: [['amends', '16/2014/QĐ-UBND']],
  },
  {
    number: '10/2024/QĐ-UBND',
    type: 'decision',
    summary: 'Ban hành Quy chế quản lý và cung cấp thông tin trên trang thông tin điện tử, cổng thông tin điện tử của cơ quan nhà nước tỉnh Đắk Lắk',
    summaryEn: 'Regulation on the management and provision of information on websites and web portals of state agencies of Đắk Lắk province',
    issued: '2024-02-23',
    effective: '2024-03-12',
    issuer: issuers.dakLak,
    signer: { name: 'Nguyễn Tuấn Hà' },
    fields: [fields.it, fields.press],
    relations: [
      ['replaces', '28/2018/QĐ-UBND'],
      ['based-on', '77/2015/QH13'],
      ['based-on', '47/2019/QH14'],
      ['based-on', '67/2006/QH11'],
      ['based-on', '16/2012/QH13'],
      ['based-on', '86/2015/QH13'],
      ['based-on', '104/2016/QH13'],
      ['based-on', '103/2016/QH13'],
      ['based-on', '64/2007/NĐ-CP'],
      ['based-on', '72/2013/NĐ-CP'],
      ['based-on', '85/2016/NĐ-CP'],
      ['based-on', '09/2017/NĐ-CP'],
      ['based-on', '47/2020/NĐ-CP'],
      ['based-on', '42/2022/NĐ-CP'],
      ['based-on', '25/2010/TT-BTTTT'],
      ['based-on', '24/2011/TT-BTTTT'],
      ['based-on', '09/2014/TT-BTTTT'],
      ['based-on', '32/2017/TT-BTTTT'],
      ['based-on', '26/2020/TT-BTTTT'],
      ['based-on', '12/2022/TT-BTTTT'],
    ],
  },
];

/**
 * Where a national document's official text is read: the register links to the national database
 * of legal documents rather than copying a text it is not the source of. To the database's home
 * page, where the number finds it: no address of a single document there is known well enough here.
 */
const officialText: DocumentInput['attachments'][number] = {
  name: 'Tra cứu toàn văn tại Cơ sở dữ liệu quốc gia về văn bản pháp luật (vbpl.vn)',
  url: 'https://vbpl.vn/',
  mediaType: 'text/html',
  size: 0,
  signed: false,
};

function toInput(entry: Entry, agency: string, attachments: DocumentInput['attachments']): DocumentInput {
  const input: DocumentInput = {
    number: entry.number,
    type: entry.type,
    summary: entry.summaryEn === undefined ? { vi: entry.summary } : { vi: entry.summary, en: entry.summaryEn },
    issuedDate: entry.issued,
    issuer: entry.issuer,
    fields: entry.fields,
    status: entry.status ?? 'unknown',
    agency,
    stage: 'issued',
    attachments,
    normative: entry.normative ?? true,
    relations: (entry.relations ?? []).map(([kind, number]) => ({ kind, number })),
  };
  if (entry.effective !== undefined) input.effectiveDate = entry.effective;
  if (entry.signer) {
    input.signer = entry.signer.position === undefined ? { name: entry.signer.name } : { name: entry.signer.name, position: { vi: entry.signer.position } };
  }
  return input;
}

/** The national documents as admin input, listed in the register of `agency`, each linking to its official text. */
export function nationalDocuments(agency: string): DocumentInput[] {
  return nationalEntries.map((entry) => toInput(entry, agency, [officialText]));
}

/** Other provinces' real decisions as admin input, listed in the register of `agency`: a test fixture, never the demo's. */
export function otherProvinceDocuments(agency: string): DocumentInput[] {
  return otherProvinceEntries.map((entry) => toInput(entry, agency, []));
}
