import { escapeHtml } from '@vn-portal/sdk';

/** A whole page the server writes itself: its language, title, inline style (nothing loaded from elsewhere) and body. */
export function htmlPage(lang: string, title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
