import { isbot } from 'isbot';

/**
 * Whether a request comes from a program rather than a person; an empty user agent counts as one.
 * Crawlers, link previewers, monitors and headless browsers announce themselves in the user agent,
 * and isbot keeps the list of how; those that do not are indistinguishable from people and are
 * counted as people.
 */
export function isBot(userAgent: string): boolean {
  return userAgent.trim() === '' || isbot(userAgent);
}
