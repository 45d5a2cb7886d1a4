import type { MsgOptions, TemplateLike } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { templates } from '../locales/en.js';

// Fetched with the English strings: finding a translation hashes the source string into its id,
// which Vietnamese, the source language, never needs; and the vocabulary's English labels, which a
// page in Vietnamese never shows.

/** A source string or `str` template in English (as written when it has no translation). */
export const translate = (template: TemplateLike, options: MsgOptions | undefined) => runtimeMsg(templates, template, options);

export { englishLabels } from '@vn-portal/schema/vocabulary';
