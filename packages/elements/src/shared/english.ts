import type { MsgOptions, StrResult } from '@lit/localize';
import { englishLabels } from '@vn-portal/schema/vocabulary';
import { templates } from '../locales/en.js';
import { sourceText, type Translator, type TranslatorMsg } from './localization.js';

// Fetched with the first element shown in English: the English strings, the vocabularies' English
// labels, and finding a message's translation, which Vietnamese, the source language, never needs.

const english: Partial<Record<string, string | StrResult>> = templates;

const ids = new Map<string | readonly string[], string>();

/**
 * The id `lit-localize extract` gives a message written without one: `s` and the 64-bit FNV-1a
 * hash of its strings' UTF-16 code units, joined by U+001E, in hex. Written out rather than
 * imported because @lit/localize keeps it under `internal/`, outside its semver; a test checks it
 * against the tool's id of every message, so a change of scheme fails there, not in a page.
 */
export function messageId(strings: string | readonly string[]): string {
  let id = ids.get(strings);
  if (id === undefined) {
    const text = typeof strings === 'string' ? strings : strings.join('\x1e');
    let hash = 0xcbf29ce484222325n;
    for (let index = 0; index < text.length; index++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(index))) * 0x100000001b3n);
    id = `s${hash.toString(16).padStart(16, '0')}`;
    ids.set(strings, id);
  }
  return id;
}

/** The English of a source template, its values put where the translation moved them. */
function translate(template: string | StrResult, options?: MsgOptions): string {
  const translated = english[options?.id ?? messageId(typeof template === 'string' ? template : template.strings)];
  if (translated === undefined) return sourceText(template);
  if (typeof translated === 'string' || typeof template === 'string') return sourceText(translated);
  const order = translated.values as number[];
  return translated.strings.reduce((text, part, index) => `${text}${String(template.values[order[index - 1] ?? 0])}${part}`);
}

export const englishTranslator: Translator = {
  locale: 'en',
  msg: translate as TranslatorMsg,
  labels: (vocabulary) => englishLabels[vocabulary],
};
