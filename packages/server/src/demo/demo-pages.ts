import type { LocalizedText } from '@vn-portal/schema';
import { feedTitle } from '../legal-documents/atom.js';
import { demoAgencies, demoPortal, districtAgency, provinceAgency } from '../seed/demo-province.js';
import { escapeHtml } from '@vn-portal/sdk';
import { both, renderBox, renderPortalPage, type BothLanguages, type PortalPageContent } from './portal-page.js';
import type { Language } from '@vn-portal/schema';

export { districtAgency };

/** Where the two demo pages are served. */
export const demoPaths = { province: '/', district: '/district' } as const;

/** Localized text from the demo data, as escaped HTML in both languages. */
const bilingual = (text: LocalizedText): BothLanguages => ({ vi: escapeHtml(text.vi), en: escapeHtml(text.en ?? text.vi) });

function agencyName(code: string): LocalizedText {
  const agency = demoAgencies.find((candidate) => candidate.code === code);
  if (agency === undefined) throw new Error(`the demo province has no agency "${code}"`);
  return agency.name;
}

const menu = (current: keyof typeof demoPaths): PortalPageContent['menu'] => [
  { href: demoPaths.province, label: { vi: 'Trang chủ tỉnh', en: 'Province home' }, current: current === 'province' },
  { href: '#lanh-dao', label: { vi: 'Lãnh đạo', en: 'Leaders' } },
  { href: '#van-ban', label: { vi: 'Văn bản', en: 'Documents' } },
  { href: '#hoi-dap', label: { vi: 'Hỏi đáp', en: 'Q&amp;A' } },
  { href: '#tham-do', label: { vi: 'Thăm dò ý kiến', en: 'Polls' } },
  { href: demoPaths.district, label: { vi: 'Huyện An Lạc', en: 'An Lạc District' }, current: current === 'district' },
  { href: '/api/v1/docs', label: { vi: 'Tài liệu API', en: 'API reference' } },
];

const sectionLinks = {
  id: 'chuyen-muc',
  title: { vi: 'Chuyên mục', en: 'Sections' },
  body: `<ul class="links">${[
    { href: '#bai-viet', label: { vi: 'Tin tức - Sự kiện', en: 'News and events' } },
    { href: '#van-ban', label: { vi: 'Văn bản quy phạm pháp luật', en: 'Legal documents' } },
    { href: '#hoi-dap', label: { vi: 'Hỏi đáp trực tuyến', en: 'Questions and answers' } },
    { href: '#lanh-dao', label: { vi: 'Thông tin lãnh đạo', en: 'Leadership' } },
    { href: '/api/v1/openapi.json', label: { vi: 'Đặc tả OpenAPI', en: 'OpenAPI document' } },
  ]
    .map(({ href, label }) => `<li><a href="${href}">${both(label)}</a></li>`)
    .join('')}</ul>`,
};

const visitStatistics = (agencyAttribute: string) => ({
  id: 'thong-ke',
  title: { vi: 'Thống kê truy cập', en: 'Visit statistics' },
  body: `<vn-visit-counter${agencyAttribute} show-today show-month></vn-visit-counter>`,
});

/** The news article whose copied text gets the source credit, in both languages. */
function article(credit: string): string {
  return `<article class="article" id="bai-viet" aria-labelledby="bai-viet-title">
<h2 id="bai-viet-title">${both({ vi: 'Bình Sơn đưa vào vận hành Cổng dịch vụ công trực tuyến của tỉnh', en: 'Bình Sơn opens its online public service portal' })}</h2>
<p class="dateline">${both({ vi: 'Thứ Sáu, 20/11/2026', en: 'Friday, 20 November 2026' })}</p>
<p>${both({
    vi: 'Sáng ngày 20/11, Ủy ban nhân dân tỉnh Bình Sơn tổ chức lễ đưa vào vận hành Cổng dịch vụ công trực tuyến của tỉnh. Người dân và doanh nghiệp có thể nộp hồ sơ, theo dõi tiến độ giải quyết và nhận kết quả thủ tục hành chính ngay trên môi trường mạng.',
    en: 'On the morning of 20 November, the People’s Committee of Bình Sơn Province opened the province’s online public service portal. Citizens and businesses can now file applications, follow their progress and receive the results of administrative procedures online.',
  })}</p>
<p>${both({
    vi: 'Theo Sở Thông tin và Truyền thông, trong quý I năm 2027 các sở, ban, ngành và Ủy ban nhân dân cấp huyện sẽ đưa thông tin lãnh đạo, văn bản, hỏi đáp và thăm dò ý kiến lên cổng thành phần của mình từ cùng một nguồn dữ liệu của tỉnh.',
    en: 'According to the Department of Information and Communications, in the first quarter of 2027 departments and district People’s Committees will publish leaders, documents, questions and answers and polls on their component portals from the same provincial data.',
  })}</p>
${credit}
</article>`;
}

/** The footer portals carry: who owns the site and is responsible for it, then the demo's links. */
function footer(owner: BothLanguages, details: string[]): string {
  const lines = [both({ vi: `Cơ quan chủ quản: ${owner.vi}`, en: `Owner: ${owner.en}` }), ...details];
  lines.push(`${both({ vi: 'Trang trình diễn của VN Portal Kit', en: 'A VN Portal Kit demo page' })} · <a href="/api/v1/docs">${both({ vi: 'Tài liệu API', en: 'API reference' })}</a>`);
  return lines.map((line) => `<p>${line}</p>`).join('\n');
}

function provinceDetails(): string[] {
  const editor = escapeHtml(demoPortal.editorInChief ?? '');
  const address = demoPortal.contacts[0]?.address;
  return [
    both({ vi: `Chịu trách nhiệm chính: ${editor}`, en: `Editor in chief: ${editor}` }),
    ...(address ? [both({ vi: `Địa chỉ: ${escapeHtml(address.vi)}`, en: `Address: ${escapeHtml(address.en ?? address.vi)}` })] : []),
    ...(demoPortal.license ? [both(bilingual(demoPortal.license))] : []),
  ];
}

/** The register's Atom feed, the province's or one agency's, as the API serves it. */
const registerFeed = (agency: string | undefined): PortalPageContent['feed'] => ({
  href: `/api/v1/legal-documents/feed.atom${agency === undefined ? '' : `?agency=${agency}`}`,
  title: feedTitle(demoPortal.name.vi, agency),
});

const element = (tag: string, attributes = '') => `<${tag}${attributes}></${tag}>`;

/** The provincial portal's page: province-wide data, every element in one CDN file. */
export function renderProvincePage(lang: Language): string {
  const owner = bilingual(demoPortal.owner);
  return renderPortalPage(
    {
      title: { vi: demoPortal.name.vi, en: demoPortal.name.en ?? demoPortal.name.vi },
      subtitle: owner,
      theme: 'province',
      feed: registerFeed(undefined),
      script: 'vn-portal.js',
      menu: menu('province'),
      left: [sectionLinks, visitStatistics('')],
      main: [
        article(element('vn-source-credit', ' for="bai-viet" author="Minh Anh" date="2026-11-20"')),
        renderBox({ id: 'van-ban', title: { vi: 'Văn bản quy phạm pháp luật', en: 'Legal documents' }, body: element('vn-legal-docs', ` agency="${provinceAgency}" page-size="5"`) }),
        renderBox({ id: 'hoi-dap', title: { vi: 'Hỏi đáp trực tuyến', en: 'Questions and answers' }, body: element('vn-qa-form', ' legal-docs-url="/?vb-doc={id}#van-ban"') }),
      ].join('\n'),
      right: [
        { id: 'lanh-dao', title: { vi: 'Lãnh đạo tỉnh', en: 'Provincial leaders' }, body: element('vn-leader-list', ` agency="${provinceAgency}" layout="list"`) },
        { id: 'tham-do', title: { vi: 'Thăm dò ý kiến', en: 'Opinion poll' }, body: element('vn-poll') },
      ],
      footer: footer(owner, provinceDetails()),
    },
    lang,
  );
}

/**
 * A district's own site: the same elements on the same provincial API, each told the district's
 * agency code, so they show only its data; the elements come through the loader.
 */
export function renderDistrictPage(lang: Language): string {
  const district = bilingual(agencyName(districtAgency));
  const scoped = ` agency="${districtAgency}"`;
  const credit = element(
    'vn-source-credit',
    ` for="bai-viet" author="Minh Anh" date="2026-11-20" source-title="Bình Sơn đưa vào vận hành Cổng dịch vụ công trực tuyến của tỉnh" source-url="${escapeHtml(demoPortal.url)}/tin-tuc/cong-dich-vu-cong"`,
  );
  return renderPortalPage(
    {
      title: { vi: 'Cổng Thông tin điện tử huyện An Lạc', en: 'An Lạc District Web Portal' },
      subtitle: { vi: `${district.vi} · Cổng thành phần của Cổng TTĐT tỉnh Bình Sơn`, en: `${district.en} · a component portal of the Bình Sơn Province Web Portal` },
      theme: 'district',
      feed: registerFeed(districtAgency),
      script: 'loader.js',
      menu: menu('district'),
      left: [sectionLinks, visitStatistics(scoped)],
      main: [
        article(credit),
        renderBox({ id: 'van-ban', title: { vi: 'Văn bản của huyện', en: 'District documents' }, body: element('vn-legal-docs', `${scoped} page-size="5"`) }),
        renderBox({ id: 'hoi-dap', title: { vi: 'Hỏi đáp trực tuyến', en: 'Questions and answers' }, body: element('vn-qa-form', `${scoped} legal-docs-url="${demoPaths.district}?vb-doc={id}#van-ban"`) }),
      ].join('\n'),
      right: [
        { id: 'lanh-dao', title: { vi: 'Lãnh đạo huyện', en: 'District leaders' }, body: element('vn-leader-list', `${scoped} layout="list"`) },
        { id: 'tham-do', title: { vi: 'Thăm dò ý kiến', en: 'Opinion poll' }, body: element('vn-poll', scoped) },
      ],
      footer: footer(district, [both({ vi: 'Dữ liệu lấy từ Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Data from the Bình Sơn Province Web Portal' })]),
    },
    lang,
  );
}
