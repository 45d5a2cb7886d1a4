import { pageShell } from './html.js';

/** The page at `/`: where to go from here, until the elements' demo takes its place. */
export function renderHomePage(): string {
  return pageShell(
    'VN Portal Kit — provincial API',
    `<main>
<h1>VN Portal Kit — provincial API</h1>
<p lang="vi">Máy chủ API của cổng thông tin điện tử tỉnh đang chạy.</p>
<p>The provincial API server is running.</p>
<ul>
<li><a href="/api/v1/docs">API reference</a> (readable page)</li>
<li><a href="/api/v1/openapi.json">OpenAPI 3.1 document</a></li>
<li><a href="/api/v1/portal">Portal information</a> · <a href="/api/v1/agencies">agencies</a> · <a href="/api/v1/leaders">leaders</a></li>
<li><a href="/api/v1/polls/latest">Current poll</a> · <a href="/api/v1/visits/stats">visit counter</a> · <a href="/api/v1/qa/answers">published answers</a></li>
<li><a href="/healthz">Health</a> · <a href="/readyz">readiness</a></li>
</ul>
</main>`,
  );
}
