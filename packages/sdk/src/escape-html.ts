/**
 * Text as HTML (or XML) that shows it literally, in content and in quoted attributes alike: each of
 * `& < > " '` as a numeric character reference, which every HTML and XML reader takes, and the
 * shortest form in the browser bundles that carry it.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
