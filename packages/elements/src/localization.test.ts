// The translation check: fails when a string in the sources (Vietnamese) has no English translation
// in xliff/en.xlf, or when src/locales/en.ts was not rebuilt after the XLIFF changed.
// Fix with `npm run localize:extract -w @vn-portal/elements`, translate, then `npm run localize:build -w @vn-portal/elements`.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { templates } from './locales/en.js';

const config = readConfigFileAndWriteSchema(fileURLToPath(new URL('../lit-localize.json', import.meta.url)));
const localizer = new RuntimeLitLocalizer(config as typeof config & { output: RuntimeOutputConfig });
const { messages, errors } = localizer.extractSourceMessages();
const sourceIds = messages.map((message) => message.name).sort();

test('the sources have messages and lit-localize reads them without error', () => {
  assert.deepEqual(errors.map(({ messageText }) => (typeof messageText === 'string' ? messageText : messageText.messageText)), []);
  assert.ok(sourceIds.length > 20, `only ${sourceIds.length} messages found`);
});

test('every message has an English translation with the same placeholders', () => {
  const translated = new Set((localizer.readTranslationsSync().translations.get('en' as Locale) ?? []).map((message) => message.name));
  const missing = messages.filter((message) => !translated.has(message.name)).map((message) => message.contents.map((part) => (typeof part === 'string' ? part : '{…}')).join(''));
  assert.deepEqual(missing, [], 'strings without a translation in xliff/en.xlf');
  assert.deepEqual(localizer.validateTranslations().errors, []);
});

test('the compiled English module is up to date with the XLIFF', () => {
  assert.deepEqual(Object.keys(templates).sort(), sourceIds);
});
