// Crawlers, link previewers, monitors and headless browsers announce themselves in the user agent;
// those that do not are indistinguishable from people and are counted as people.
const botPattern =
  /bot\b|bot[/;-]|crawl|spider|slurp|fetcher|preview|monitor|uptime|headless|phantomjs|curl\/|wget\/|python-requests|python-urllib|go-http-client|java\/|okhttp|axios\/|node-fetch|libwww|httpclient|scrapy|facebookexternalhit|embedly|lighthouse|pingdom|zalo.*link/i;

/** Whether a request comes from a program rather than a person; an empty user agent counts as one. */
export function isBot(userAgent: string): boolean {
  return userAgent.trim() === '' || botPattern.test(userAgent);
}
