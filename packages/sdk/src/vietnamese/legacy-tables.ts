/**
 * The two legacy Vietnamese 8-bit encodings still found on old sites and in old documents, as text
 * pasted from them shows: each byte read as the Windows-1252 (Latin-1) character of the same code.
 * Keys are the Unicode letters, values their legacy spelling.
 */

/**
 * TCVN3 (ABC, TCVN 5712:1993 "VN3", fonts `.VnTime`): one byte per letter, 0xA1–0xFE, as GNU
 * iconv's TCVN5712-1 maps them. VN3 has no upper-case letters with a tone: fonts such as
 * `.VnTimeH` draw the lower-case codes as capitals instead.
 */
export const tcvn3: Readonly<Record<string, string>> = {
  Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§',
  ă: '¨', â: '©', ê: 'ª', ô: '«', ơ: '¬', ư: '\u00AD', đ: '®',
  à: 'µ', ả: '¶', ã: '·', á: '¸', ạ: '¹',
  ằ: '»', ẳ: '¼', ẵ: '½', ắ: '¾', ặ: 'Æ',
  ầ: 'Ç', ẩ: 'È', ẫ: 'É', ấ: 'Ê', ậ: 'Ë',
  è: 'Ì', ẻ: 'Î', ẽ: 'Ï', é: 'Ð', ẹ: 'Ñ',
  ề: 'Ò', ể: 'Ó', ễ: 'Ô', ế: 'Õ', ệ: 'Ö',
  ì: '×', ỉ: 'Ø', ĩ: 'Ü', í: 'Ý', ị: 'Þ',
  ò: 'ß', ỏ: 'á', õ: 'â', ó: 'ã', ọ: 'ä',
  ồ: 'å', ổ: 'æ', ỗ: 'ç', ố: 'è', ộ: 'é',
  ờ: 'ê', ở: 'ë', ỡ: 'ì', ớ: 'í', ợ: 'î',
  ù: 'ï', ủ: 'ñ', ũ: 'ò', ú: 'ó', ụ: 'ô',
  ừ: 'õ', ử: 'ö', ữ: '÷', ứ: 'ø', ự: 'ù',
  ỳ: 'ú', ỷ: 'û', ỹ: 'ü', ý: 'ý', ỵ: 'þ',
};

/**
 * VNI-Windows (fonts `VNI-Times`…): a base letter followed by one byte for its marks; ơ, ư, đ, the
 * toned i and ỵ are single bytes. Capitals take the capital form of the mark bytes.
 */
export const vni: Readonly<Record<string, string>> = {
  á: 'aù', à: 'aø', ả: 'aû', ã: 'aõ', ạ: 'aï',
  ă: 'aê', ắ: 'aé', ằ: 'aè', ẳ: 'aú', ẵ: 'aü', ặ: 'aë',
  â: 'aâ', ấ: 'aá', ầ: 'aà', ẩ: 'aå', ẫ: 'aã', ậ: 'aä',
  é: 'eù', è: 'eø', ẻ: 'eû', ẽ: 'eõ', ẹ: 'eï',
  ê: 'eâ', ế: 'eá', ề: 'eà', ể: 'eå', ễ: 'eã', ệ: 'eä',
  í: 'í', ì: 'ì', ỉ: 'æ', ĩ: 'ó', ị: 'ò',
  ó: 'où', ò: 'oø', ỏ: 'oû', õ: 'oõ', ọ: 'oï',
  ô: 'oâ', ố: 'oá', ồ: 'oà', ổ: 'oå', ỗ: 'oã', ộ: 'oä',
  ơ: 'ô', ớ: 'ôù', ờ: 'ôø', ở: 'ôû', ỡ: 'ôõ', ợ: 'ôï',
  ú: 'uù', ù: 'uø', ủ: 'uû', ũ: 'uõ', ụ: 'uï',
  ư: 'ö', ứ: 'öù', ừ: 'öø', ử: 'öû', ữ: 'öõ', ự: 'öï',
  ý: 'yù', ỳ: 'yø', ỷ: 'yû', ỹ: 'yõ', ỵ: 'î',
  đ: 'ñ',
  Á: 'AÙ', À: 'AØ', Ả: 'AÛ', Ã: 'AÕ', Ạ: 'AÏ',
  Ă: 'AÊ', Ắ: 'AÉ', Ằ: 'AÈ', Ẳ: 'AÚ', Ẵ: 'AÜ', Ặ: 'AË',
  Â: 'AÂ', Ấ: 'AÁ', Ầ: 'AÀ', Ẩ: 'AÅ', Ẫ: 'AÃ', Ậ: 'AÄ',
  É: 'EÙ', È: 'EØ', Ẻ: 'EÛ', Ẽ: 'EÕ', Ẹ: 'EÏ',
  Ê: 'EÂ', Ế: 'EÁ', Ề: 'EÀ', Ể: 'EÅ', Ễ: 'EÃ', Ệ: 'EÄ',
  Í: 'Í', Ì: 'Ì', Ỉ: 'Æ', Ĩ: 'Ó', Ị: 'Ò',
  Ó: 'OÙ', Ò: 'OØ', Ỏ: 'OÛ', Õ: 'OÕ', Ọ: 'OÏ',
  Ô: 'OÂ', Ố: 'OÁ', Ồ: 'OÀ', Ổ: 'OÅ', Ỗ: 'OÃ', Ộ: 'OÄ',
  Ơ: 'Ô', Ớ: 'ÔÙ', Ờ: 'ÔØ', Ở: 'ÔÛ', Ỡ: 'ÔÕ', Ợ: 'ÔÏ',
  Ú: 'UÙ', Ù: 'UØ', Ủ: 'UÛ', Ũ: 'UÕ', Ụ: 'UÏ',
  Ư: 'Ö', Ứ: 'ÖÙ', Ừ: 'ÖØ', Ử: 'ÖÛ', Ữ: 'ÖÕ', Ự: 'ÖÏ',
  Ý: 'YÙ', Ỳ: 'YØ', Ỷ: 'YÛ', Ỹ: 'YÕ', Ỵ: 'Î',
  Đ: 'Ñ',
};
