/** Text as HTML that shows it literally, in content and in quoted attributes alike (for the clipboard and JSON-LD). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
