// The host page around a story: its width, colour scheme and forced colours. Language and scheme
// are toolbar globals (`.storybook/preview.ts`); these pin them for one story.
import { html } from 'lit';
import type { Decorator, StoryObj } from '@storybook/web-components-vite';

/** The story inside a column of the given width: an old CMS's sidebar, or a full-width page. */
export const inColumn =
  (width: string): Decorator =>
  (story) =>
    html`<div style="inline-size: ${width}; max-inline-size: 100%">${story()}</div>`;

/** A 240px sidebar column, the narrowest place portals put a widget. */
export const narrow: StoryObj = { decorators: [inColumn('15rem')] };
/** A wide content area. */
export const wide: StoryObj = { decorators: [inColumn('75rem')] };
/** The page in English (`<html lang="en">`). */
export const english: StoryObj = { globals: { locale: 'en' } };
/** A page that declares a dark colour scheme. */
export const dark: StoryObj = { globals: { scheme: 'dark' } };
/**
 * Windows High Contrast and other forced-colours modes. A browser cannot be put in that mode from a
 * page: the story tests emulate it for stories tagged `forced-colors`; in Storybook, use the browser's
 * developer tools (Rendering → Emulate CSS media feature forced-colors).
 */
export const forcedColours: StoryObj = { tags: ['forced-colors'] };
/** The page has no `<meta name="vn-portal:api">`, and the element no `api-base`. */
export const noApiConfigured: StoryObj = { parameters: { portalApi: false } };
