/**
 * Vietnamese is written in syllables of a fixed shape: initial consonant, vowel group, final
 * consonant, one tone on a vowel the spelling rules choose. A word that breaks it is not Vietnamese;
 * that is how text in a legacy encoding is told from Unicode, French or German.
 */

// The spelling rules of quốc ngữ: ngh and gh only before i, e, ê, where ng and g never stand; c
// never before them (k is, but minority names also put it before other vowels: Kon Tum, Kơ Nia).
const initials = 'ngh(?=[ieê])|gh(?=[ieê])|ng(?![ieê])|g(?![eê])|c(?![ieêy])|nh|ch|gi|kh|ph|th|tr|qu|[bdđhklmnprstvx]';
// Vowel groups by the finals they take: those ending in a glide (i, y, o, u, or the a of ia, ua,
// ưa) take none; ă, â and the diphthongs iê, uô, ươ need one; the others take one or not.
const openVowels = 'iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu';
const closedVowels = 'uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â';
const eitherVowels = 'oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y';
// Final k is not standard, but place names from minority languages use it (Đắk Lắk).
const finals = 'ch|ng|nh|[cmnptk]';
const syllable = new RegExp(
  `^(${initials})?(?:(${openVowels})|(${closedVowels})(${finals})|(${eitherVowels})(${finals})?)$`,
  'u',
);

const toneMark = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const markedVowels = 'ăâêôơư';
// After a stop (c, ch, p, t, k) only the sắc and nặng tones are possible.
const stopFinal = /^(?:c|ch|p|t|k)$/;
const stopTones = ['\u0301', '\u0323'];

/**
 * Where the tone may sit in a vowel group: on the marked vowel (ươ: on ơ); else on the last vowel
 * before a final consonant; in open oa, oe, uy on either (hoà and hòa are both in use); otherwise
 * on the first of two vowels or the middle of three.
 */
function tonePositions(vowels: string, closed: boolean): number[] {
  for (let index = vowels.length - 1; index >= 0; index -= 1) {
    if (markedVowels.includes(vowels.charAt(index))) return [index];
  }
  if (closed || vowels.length === 1) return [vowels.length - 1];
  if (['oa', 'oe', 'uy'].includes(vowels)) return [0, 1];
  return [vowels.length === 3 ? 1 : 0];
}

/** Whether a word (any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const letters = word.toLowerCase().normalize('NFD').match(/\P{M}\p{M}*/gu) ?? [];
  let tone = '';
  let tonedLetter = -1;
  for (const [index, letter] of letters.entries()) {
    const tones = letter.match(toneMark) ?? [];
    if (tones.length > 1 || (tones.length === 1 && tone)) return false;
    if (tones[0] !== undefined) {
      tone = tones[0];
      tonedLetter = index;
    }
  }
  const plain = letters.map((letter) => letter.replace(toneMark, '').normalize('NFC')).join('');
  const match = syllable.exec(plain);
  if (!match || plain.length !== letters.length) return false;
  const [, initial = '', open, closed, closedFinal, either, eitherFinal] = match;
  const vowels = open ?? closed ?? either ?? '';
  const final = closedFinal ?? eitherFinal;
  if (final !== undefined && stopFinal.test(final) && !stopTones.includes(tone)) return false;
  // oo only in loanwords before ng or c: xoong, boong, soóc.
  if (vowels === 'oo' && final !== 'ng' && final !== 'c') return false;
  return tonedLetter < 0 || tonePositions(vowels, final !== undefined).includes(tonedLetter - initial.length);
}
