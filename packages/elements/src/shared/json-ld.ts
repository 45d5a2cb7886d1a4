/**
 * Puts structured data in the element's light DOM: search engines do not read shadow roots, and a
 * `<script>` child is never rendered, so the host page looks the same.
 */
export function setJsonLd(host: HTMLElement, data: object | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  if (data === undefined) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    host.append(script);
  }
  // `<` escaped so text from the API can never close the script element.
  script.textContent = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
