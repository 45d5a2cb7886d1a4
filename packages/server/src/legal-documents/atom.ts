import { vietnameseLabels } from '@vn-portal/schema';
import { escapeHtml } from '@vn-portal/sdk';
import type { LatestDocument } from './read.js';

/**
 * Escapes text for XML content and attributes, and drops characters XML 1.0 cannot carry at all
 * (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF).
 */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
}

/** Midnight in Vietnam (UTC+7) of a calendar date, the instant a document of that date counts from. */
const dayStart = (date: string) => `${date}T00:00:00+07:00`;

/** The register's feed's title, the portal's or one agency's: pages announcing the feed name it so too. */
export const feedTitle = (portalName: string, agency: string | undefined): string => `Văn bản mới — ${portalName}${agency === undefined ? '' : ` (${agency})`}`;

export interface FeedOptions {
  /** Title of the feed, e.g. "Văn bản mới — Cổng TTĐT tỉnh …". */
  title: string;
  /** Stable IRI of the feed; entry ids are built under it. */
  id: string;
  /** Author of the feed as a whole: the portal. */
  author: string;
  /** The newest change among the entries, or now for an empty feed. */
  updated: string;
}

/**
 * An Atom 1.0 feed (RFC 4287) of documents, newest first. Links are relative to the feed's own
 * address (`/api/v1/legal-documents/feed.atom`), so they stay right behind any proxy prefix.
 */
export function atomFeed(latest: readonly LatestDocument[], options: FeedOptions): string {
  const entries = latest.map(({ document, updatedAt }) => {
    const title = `${vietnameseLabels.legalDocumentType[document.type]} ${document.number}`;
    const categories = [document.type, ...document.fields.map((field) => field.code)]
      .map((term) => `    <category term="${xmlText(term)}"/>`)
      .join('\n');
    return [
      '  <entry>',
      `    <id>${xmlText(`${options.id}/${document.id}`)}</id>`,
      `    <title>${xmlText(title)}</title>`,
      `    <link rel="alternate" type="application/json" href="${xmlText(encodeURIComponent(document.id))}"/>`,
      `    <published>${dayStart(document.issuedDate)}</published>`,
      `    <updated>${xmlText(updatedAt)}</updated>`,
      `    <author><name>${xmlText(document.issuer.name.vi)}</name></author>`,
      `    <summary xml:lang="vi">${xmlText(document.summary.vi)}</summary>`,
      categories,
      '  </entry>',
    ]
      .filter((line) => line !== '')
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${xmlText(options.id)}</id>`,
    `  <title>${xmlText(options.title)}</title>`,
    `  <updated>${xmlText(options.updated)}</updated>`,
    `  <author><name>${xmlText(options.author)}</name></author>`,
    '  <link rel="self" type="application/atom+xml" href="feed.atom"/>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
