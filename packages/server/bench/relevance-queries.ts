/**
 * The relevance test set: queries as people type them over the demo province's register (its own
 * documents and the national ones) and other provinces' real decisions, each with the number of the
 * document a reader wants first. `names` marks queries that name a
 * document of the register by its citation: those must never come back empty.
 */
export interface RelevanceQuery {
  q: string;
  expect: string;
  kind: 'citation' | 'title' | 'year' | 'typo' | 'pasted' | 'english' | 'relation';
  names?: boolean;
}

export const relevanceQueries: readonly RelevanceQuery[] = [
  // Citations, as texts cite documents.
  { q: 'Nghị định số 42/2022/NĐ-CP', expect: '42/2022/NĐ-CP', kind: 'citation', names: true },
  { q: 'Thông tư số 26/2020/TT-BTTTT', expect: '26/2020/TT-BTTTT', kind: 'citation', names: true },
  { q: 'Quyết định số 10/2024/QĐ-UBND ngày 23/02/2024', expect: '10/2024/QĐ-UBND', kind: 'citation', names: true },
  { q: 'Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013', expect: '72/2013/NĐ-CP', kind: 'citation', names: true },
  { q: 'Nghị định 85/2016/NĐ-CP ngày 01/7/2016', expect: '85/2016/NĐ-CP', kind: 'citation', names: true },
  { q: 'NĐ 42/2022', expect: '42/2022/NĐ-CP', kind: 'citation', names: true },
  { q: 'nghị định 42 năm 2022', expect: '42/2022/NĐ-CP', kind: 'citation', names: true },
  { q: 'ND72', expect: '72/2013/NĐ-CP', kind: 'citation', names: true },
  { q: 'TT24/2011', expect: '24/2011/TT-BTTTT', kind: 'citation', names: true },
  { q: 'QĐ 3069', expect: '3069/QĐ-UBND', kind: 'citation', names: true },
  { q: '9/2017/NĐ-CP', expect: '09/2017/NĐ-CP', kind: 'citation', names: true },
  { q: '42/2022/ND-CP', expect: '42/2022/NĐ-CP', kind: 'citation', names: true },
  { q: 'TT 24/2011', expect: '24/2011/TT-BTTTT', kind: 'citation', names: true },
  { q: 'nghi dinh 85', expect: '85/2016/NĐ-CP', kind: 'citation', names: true },
  { q: 'Luật số 91/2025/QH15', expect: '91/2025/QH15', kind: 'citation', names: true },
  { q: 'luật 64/2025/QH15', expect: '64/2025/QH15', kind: 'citation', names: true },
  { q: 'thông tư 12/2022', expect: '12/2022/TT-BTTTT', kind: 'citation', names: true },
  { q: 'quyet dinh so 36/2019/QD-UBND', expect: '36/2019/QĐ-UBND', kind: 'citation', names: true },
  { q: 'Số: 01/2014/QĐ-UBND', expect: '01/2014/QĐ-UBND', kind: 'citation', names: true },
  { q: 'nghị định 13 năm 2023', expect: '13/2023/NĐ-CP', kind: 'citation', names: true },
  { q: 'Thông tư 03/2017/TT-BTTTT', expect: '03/2017/TT-BTTTT', kind: 'citation', names: true },
  { q: 'QĐ 3962', expect: '3962/QĐ-UBND', kind: 'citation', names: true },
  { q: 'luật 104/2016', expect: '104/2016/QH13', kind: 'citation', names: true },
  { q: 'nghị định số 47/2020', expect: '47/2020/NĐ-CP', kind: 'citation', names: true },
  { q: 'thong tu so 32/2017/TT-BTTTT ngay 14 thang 11 nam 2017', expect: '32/2017/TT-BTTTT', kind: 'citation', names: true },
  { q: 'Quyết định số 05/2026/QĐ-UBND', expect: '05/2026/QĐ-UBND', kind: 'citation', names: true },
  { q: 'quyet dinh 21/2021', expect: '21/2021/QĐ-UBND', kind: 'citation', names: true },
  { q: 'Nghị định số 147/2024/NĐ-CP ngày 09/11/2024', expect: '147/2024/NĐ-CP', kind: 'citation', names: true },
  { q: 'chỉ thị 06/CT-UBND', expect: '06/CT-UBND', kind: 'citation', names: true },
  { q: 'KH 47', expect: '47/KH-UBND', kind: 'citation', names: true },
  // Titles with a year of issue.
  { q: 'luật bảo vệ dữ liệu cá nhân năm 2025', expect: '91/2025/QH15', kind: 'year' },
  { q: 'luật ban hành văn bản quy phạm pháp luật 2025', expect: '64/2025/QH15', kind: 'year' },
  { q: 'luật ban hành văn bản quy phạm pháp luật năm 2015', expect: '80/2015/QH13', kind: 'year' },
  { q: 'nghị định về bảo vệ dữ liệu cá nhân năm 2023', expect: '13/2023/NĐ-CP', kind: 'year' },
  // Titles, accented and not.
  { q: 'luat bao ve du lieu ca nhan', expect: '91/2025/QH15', kind: 'title' },
  { q: 'nghị định bảo vệ dữ liệu cá nhân', expect: '13/2023/NĐ-CP', kind: 'title' },
  { q: 'luật an toàn thông tin mạng', expect: '86/2015/QH13', kind: 'title' },
  { q: 'Luật Báo chí', expect: '103/2016/QH13', kind: 'title' },
  { q: 'luat tiep can thong tin', expect: '104/2016/QH13', kind: 'title' },
  { q: 'luat cong nghe thong tin', expect: '67/2006/QH11', kind: 'title' },
  { q: 'luat quang cao', expect: '16/2012/QH13', kind: 'title' },
  { q: 'cổng thông tin điện tử tỉnh Quảng Nam', expect: '3069/QĐ-UBND', kind: 'title' },
  { q: 'cong thong tin dien tu tinh bac kan', expect: '17/2018/QĐ-UBND', kind: 'title' },
  { q: 'chế độ báo cáo định kỳ Bắc Giang', expect: '22/2019/QĐ-UBND', kind: 'title' },
  { q: 'kiến trúc chính quyền điện tử Đắk Lắk', expect: '3962/QĐ-UBND', kind: 'title' },
  { q: 'du lieu dac ta', expect: '24/2011/TT-BTTTT', kind: 'title' },
  { q: 'chia sẻ dữ liệu số', expect: '47/2020/NĐ-CP', kind: 'title' },
  { q: 'phát ngôn và cung cấp thông tin cho báo chí', expect: '09/2017/NĐ-CP', kind: 'title' },
  { q: 'an toan he thong thong tin theo cap do', expect: '85/2016/NĐ-CP', kind: 'title' },
  { q: 'người khuyết tật', expect: '26/2020/TT-BTTTT', kind: 'title' },
  { q: 'trang thông tin điện tử và mạng xã hội', expect: '09/2014/TT-BTTTT', kind: 'title' },
  { q: 'mức chi tạo lập thông tin điện tử', expect: '194/2012/TT-BTC', kind: 'title' },
  { q: 'quy chế cổng thông tin điện tử tỉnh Bình Sơn', expect: '05/2026/QĐ-UBND', kind: 'title' },
  { q: 'an toan thong tin mang co quan nha nuoc binh son', expect: '12/2025/QĐ-UBND', kind: 'title' },
  { q: 'kế hoạch chuyển đổi số 2026', expect: '1024/QĐ-UBND', kind: 'title' },
  { q: 'thanh toán trực tuyến', expect: '06/CT-UBND', kind: 'title' },
  { q: 'dịch vụ Internet và thông tin trên mạng', expect: '147/2024/NĐ-CP', kind: 'title' },
  // Typos: a letter missing, doubled, swapped or wrong.
  { q: 'cong thon tin dien tu tinh quang nam', expect: '3069/QĐ-UBND', kind: 'typo' },
  { q: 'kien truc chinh quyenn dien tu', expect: '3962/QĐ-UBND', kind: 'typo' },
  { q: 'nguoi khuyet tatt', expect: '26/2020/TT-BTTTT', kind: 'typo' },
  { q: 'luat an toan thong tinn mang', expect: '86/2015/QH13', kind: 'typo' },
  { q: 'luat to chuc chinh quyen dia phuongg', expect: '77/2015/QH13', kind: 'typo' },
  { q: 'bao ve du leiu ca nhan', expect: '91/2025/QH15', kind: 'typo' },
  { q: 'metdata on websites', expect: '24/2011/TT-BTTTT', kind: 'typo' },
  { q: 'spokesmansip', expect: '09/2017/NĐ-CP', kind: 'typo' },
  // Text as pasted from PDFs and old systems.
  { q: 'dịch vụ công trực tuyến của cơ quan nhà nƣớc trên môi trƣờng mạng', expect: '42/2022/NĐ-CP', kind: 'pasted' },
  { q: 'ngƣời khuyết tật', expect: '26/2020/TT-BTTTT', kind: 'pasted' },
  { q: 'Nghị ðịnh số 42/2022/NÐ-CP', expect: '42/2022/NĐ-CP', kind: 'pasted', names: true },
  { q: 'cổng\u00a0thông\u00a0tin điện tử tỉnh Cao\u00a0Bằng', expect: '01/2014/QĐ-UBND', kind: 'pasted' },
  { q: 'kiế\u200bn trúc chính quyề\u200bn điện tử', expect: '3962/QĐ-UBND', kind: 'pasted' },
  { q: 'Luật Báo chí'.normalize('NFD'), expect: '103/2016/QH13', kind: 'pasted' },
  // TCVN3 and VNI, as a text from an old system pastes.
  { q: 'QuyÕt ®Þnh sè 10/2024/Q§-UBND ngµy 23/02/2024', expect: '10/2024/QĐ-UBND', kind: 'pasted', names: true },
  { q: 'Quyeát ñònh soá 3069/QÑ-UBND cuûa UBND tænh Quaûng Nam', expect: '3069/QĐ-UBND', kind: 'pasted', names: true },
  { q: 'LuËt B¶o vÖ d÷ liÖu c¸ nh©n', expect: '91/2025/QH15', kind: 'pasted' },
  { q: 'Quy cheá hoaït ñoäng Coång thoâng tin ñieän töû tænh Quaûng Nam', expect: '3069/QĐ-UBND', kind: 'pasted' },
  // Unicode words typed around a citation copied from an old document.
  { q: 'Quyết định Sè: 10/2024/Q§-UBND', expect: '10/2024/QĐ-UBND', kind: 'pasted', names: true },
  { q: 'Quyết định soá 3069/QÑ-UBND của UBND tỉnh Quảng Nam', expect: '3069/QĐ-UBND', kind: 'pasted', names: true },
  // English queries over English summaries.
  { q: 'Law on Personal Data Protection', expect: '91/2025/QH15', kind: 'english' },
  { q: 'metadata on websites', expect: '24/2011/TT-BTTTT', kind: 'english' },
  { q: 'press law', expect: '103/2016/QH13', kind: 'english' },
  { q: 'personal data protection decree', expect: '13/2023/NĐ-CP', kind: 'english' },
  { q: 'Internet services and information on the network', expect: '147/2024/NĐ-CP', kind: 'english' },
  { q: 'network information security Bình Sơn', expect: '12/2025/QĐ-UBND', kind: 'english' },
  // A number first finds the document bearing it, then those naming it.
  { q: '97/2008/NĐ-CP', expect: '97/2008/NĐ-CP', kind: 'relation', names: true },
];
