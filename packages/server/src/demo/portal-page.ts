import { escapeHtml } from '@vn-portal/sdk';
import type { Language } from '@vn-portal/schema';


/** Text in both languages: the page carries both, and `<html lang>` decides which one shows. */
export interface BothLanguages {
  vi: string;
  en: string;
}

/** Inline bilingual text (already escaped HTML in, HTML out). */
export const both = ({ vi, en }: BothLanguages): string => `<span class="i18n" lang="vi">${vi}</span><span class="i18n" lang="en">${en}</span>`;

/** `en` when the query asks for English; Vietnamese, the portals' default, otherwise. */
export const demoLanguage = (query: unknown): Language =>
  typeof query === 'object' && query !== null && 'lang' in query && query.lang === 'en' ? 'en' : 'vi';

export interface DemoBox {
  id: string;
  title: BothLanguages;
  /** Already escaped HTML. */
  body: string;
}

export interface PortalPageContent {
  /** Plain text (escaped here): the document title and the banner. */
  title: BothLanguages;
  subtitle: BothLanguages;
  /** `district` switches the theme's colours. */
  theme: 'province' | 'district';
  /** The register's Atom feed this page announces (`<link rel="alternate">`), with the feed's own title. */
  feed: { href: string; title: string };
  /** The kit's CDN file this page loads. */
  script: 'vn-portal.js' | 'loader.js';
  /** The menu: its links and which one is this page. */
  menu: { href: string; label: BothLanguages; current?: boolean }[];
  left: DemoBox[];
  main: string;
  right: DemoBox[];
  footer: string;
}

/** A titled box, the unit of such portals' columns; a named region for screen readers. */
export const renderBox = ({ id, title, body }: DemoBox): string =>
  `<section class="box" id="${id}" aria-labelledby="${id}-title">
<h2 class="box-title" id="${id}-title">${both(title)}</h2>
<div class="box-body">${body}</div>
</section>`;

const languageLink = (lang: Language, current: Language, label: string) =>
  `<a href="?lang=${lang}" hreflang="${lang}" lang="${lang}" data-switch-lang="${lang}"${lang === current ? ' aria-current="true"' : ''}>${label}</a>`;

/**
 * A page in the style of an old provincial CMS: one layout table (banner, menu bar, three columns,
 * footer), 1000 pixels wide at most and one column on a phone, its own global stylesheet, and
 * nothing inline, so the strict Content Security Policy holds. The API is on the same origin, so
 * `/api/v1` is the address given.
 */
export function renderPortalPage(content: PortalPageContent, lang: Language): string {
  const title = { vi: escapeHtml(content.title.vi), en: escapeHtml(content.title.en) };
  const menu = content.menu
    .map((item) => `<li><a href="${item.href}"${item.current === true ? ' aria-current="page"' : ''}>${both(item.label)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}" data-title-vi="${title.vi}" data-title-en="${title.en}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title[lang]}</title>
<meta name="vn-portal:api" content="/api/v1">
<link rel="icon" href="/demo/emblem.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo/portal.css">
<link rel="alternate" type="application/atom+xml" href="${escapeHtml(content.feed.href)}" title="${escapeHtml(content.feed.title)}">
<script type="module" src="/cdn/${content.script}"></script>
<script type="module" src="/demo/language-switch.js"></script>
</head>
<body class="${content.theme}">
<a class="skip" href="#noi-dung">${both({ vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' })}</a>
<table class="page" role="presentation">
<tr><td colspan="3" class="banner"><header>
<img src="/demo/emblem.svg" alt="" width="80" height="80">
<p class="banner-title">${both(title)}<span class="banner-subtitle">${both(content.subtitle)}</span></p>
</header></td></tr>
<tr><td colspan="3" class="menubar"><nav>
<ul>${menu}</ul>
<p class="languages">${languageLink('vi', lang, 'Tiếng Việt')}${languageLink('en', lang, 'English')}</p>
</nav></td></tr>
<tr>
<td class="col-left">${content.left.map(renderBox).join('\n')}</td>
<td class="col-main"><main id="noi-dung">${content.main}</main></td>
<td class="col-right">${content.right.map(renderBox).join('\n')}</td>
</tr>
<tr><td colspan="3" class="footer"><footer>${content.footer}</footer></td></tr>
</table>
</body>
</html>
`;
}
