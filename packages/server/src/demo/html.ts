import { htmlPage } from '../http/html-page.js';

// Inline styles only: the pages load nothing from other hosts (the CSP and offline installs).
const styles = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; }
code { font-family: ui-monospace, monospace; font-size: 0.95em; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; }
caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
.operation { border-top: 2px solid color-mix(in srgb, currentColor 20%, transparent); margin-top: 1.5rem; }
.method { display: inline-block; min-width: 4.5rem; font-family: ui-monospace, monospace; }
.role { font-style: italic; }
a { color: LinkText; }
a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
@media (forced-colors: active) { th, td { border-color: CanvasText; } }
`;

export const pageShell = (title: string, body: string, lang = 'en'): string => htmlPage(lang, title, styles, body);
