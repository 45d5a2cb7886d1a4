import type { ReactiveController } from 'lit';
import type { PortalElement } from './portal-element.js';

/**
 * What elements on one page know of a resource (a poll's results, an agency's visit counts), kept
 * in step: an element that learns a newer state (its visitor voted, a refresh came back) publishes
 * it, and every other element showing the same resource takes it instead of keeping the old one.
 *
 * The state travels as an event on `document`, not through a module's memory, so elements of two
 * copies of the kit on one page (two CMS plugins each including the script) stay in step too.
 */
const eventName = 'vn-portal:resource';

interface ResourceUpdate {
  /** The API and the resource: `https://api.example/api/v1 poll-results fixture-poll-1`. */
  key: string;
  value: unknown;
  from: EventTarget;
}

/** The key of a resource of one API, for `publish` and `PageResource`. */
export const resourceKey = (apiBase: string, kind: string, id: string): string => `${apiBase} ${kind} ${id}`;

/**
 * Follows one resource for its host: `key()` says which (undefined: none now), `take` is called
 * with each state another element publishes. `publish` tells the others.
 */
export class PageResource<T> implements ReactiveController {
  constructor(
    private readonly host: PortalElement,
    private readonly key: () => string | undefined,
    private readonly take: (value: T) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(eventName, this.onUpdate);
  }

  hostDisconnected(): void {
    document.removeEventListener(eventName, this.onUpdate);
  }

  /** Tells the other elements of the page the resource's new state (of `key`: one being loaded). */
  publish(value: T, key = this.key()): void {
    if (key === undefined) return;
    const detail: ResourceUpdate = { key, value, from: this.host };
    document.dispatchEvent(new CustomEvent(eventName, { detail }));
  }

  private readonly onUpdate = (event: Event) => {
    const { key, value, from } = (event as CustomEvent<ResourceUpdate>).detail;
    if (from === this.host || key !== this.key()) return;
    this.take(value as T);
  };
}
