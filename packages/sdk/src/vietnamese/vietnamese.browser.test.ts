import { expect } from '@open-wc/testing';
import {
  compareVietnameseNames,
  convertLegacyText,
  detectLegacyEncoding,
  extractLegalDocNumberTokens,
  foldVietnamese,
  formatDate,
  formatNumber,
  parseLegalDocNumber,
  toNfc,
} from './index.js';

describe('Vietnamese utilities in the browser', () => {
  it('folds NFC and NFD text alike for search', () => {
    const nfd = 'Quyết định Đắk Lắk'.normalize('NFD');
    expect(foldVietnamese(nfd)).to.equal('quyet dinh dak lak');
    expect(foldVietnamese(toNfc(nfd))).to.equal('quyet dinh dak lak');
  });

  it("formats dates and numbers with the browser's Intl", () => {
    expect(formatDate('2024-03-05', 'vi')).to.equal('05/03/2024');
    expect(formatDate('2024-03-05', 'en')).to.equal('5 March 2024');
    expect(formatDate(new Date('2024-03-04T18:00:00Z'), 'vi')).to.equal('05/03/2024');
    expect(formatNumber(11_454_030, 'vi')).to.equal('11.454.030');
    expect(formatNumber(11_454_030, 'en')).to.equal('11,454,030');
  });

  it("sorts names by given name with the browser's Vietnamese collation", () => {
    expect(['Nguyễn Văn Bình', 'Trần Thị An', 'Đỗ Đức', 'Phạm Dũng'].sort(compareVietnameseNames)).to.deep.equal([
      'Trần Thị An',
      'Nguyễn Văn Bình',
      'Phạm Dũng',
      'Đỗ Đức',
    ]);
  });

  it('detects and converts legacy text pasted into the page', () => {
    expect(detectLegacyEncoding('QuyÕt ®Þnh vÒ viÖc ban hµnh')).to.equal('tcvn3');
    expect(convertLegacyText('QuyÕt ®Þnh vÒ viÖc ban hµnh')).to.equal('Quyết định về việc ban hành');
    expect(detectLegacyEncoding('Quyeát ñònh veà vieäc ban haønh')).to.equal('vni');
    expect(convertLegacyText('Quyeát ñònh veà vieäc ban haønh')).to.equal('Quyết định về việc ban hành');
    expect(detectLegacyEncoding('Quyết định về việc ban hành')).to.equal(null);
  });

  it('parses document numbers and finds them in queries', () => {
    expect(parseLegalDocNumber('42/2022/nd-cp')?.canonical).to.equal('42/2022/NĐ-CP');
    expect(parseLegalDocNumber('quyết định')).to.equal(null);
    expect(extractLegalDocNumberTokens('quyết định 10/2024 QĐ-UBND').tokens).to.deep.equal(['10/2024', 'qd-ubnd']);
  });
});
