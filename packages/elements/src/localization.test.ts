// The translation check: fails when a string in the sources (Vietnamese) has no English translation
// in xliff/en.xlf, or when src/locales/en.ts was not rebuilt after the XLIFF changed.
// Fix with `npm run localize:extract -w @vn-portal/elements`, translate, then `npm run localize:build -w @vn-portal/elements`.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import ts from 'typescript';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { templates } from './locales/en.js';
import { englishTranslator, messageId } from './shared/english.js';
import { str } from './shared/localization.js';

const config = readConfigFileAndWriteSchema(fileURLToPath(new URL('../lit-localize.json', import.meta.url)));
/** lit-localize's localizer, with the TypeScript program it reads the sources from. */
class Localizer extends RuntimeLitLocalizer {
  get sources() {
    return this.program;
  }
}
const localizer = new Localizer(config as typeof config & { output: RuntimeOutputConfig });
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

test('every message is made by a translator, so none can answer in a locale other than its element\'s', () => {
  // A bare msg() (the kit's own of old, or @lit/localize's page-wide one) answers in whatever locale
  // is ambient when it runs, which outside a render is silently Vietnamese. Calls are found as
  // lit-localize finds them, by the type of what is called; each one, not only each distinct message.
  const program = localizer.sources;
  const checker = program.getTypeChecker();
  const isMsg = (call: ts.CallExpression) => checker.getTypeAtLocation(call.expression).getProperty('_LIT_LOCALIZE_MSG_') !== undefined;
  const byTranslator = (call: ts.CallExpression) => checker.getTypeAtLocation(call.expression).getProperty('_VN_TRANSLATOR_') !== undefined;
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isMsg(node)) calls.push(node);
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (!file.isDeclarationFile && !file.fileName.includes('/node_modules/')) visit(file);
  assert.ok(calls.length > messages.length, `only ${calls.length} msg() calls found`);
  const outside = calls
    .filter((call) => !byTranslator(call))
    .map((call) => {
      const file = call.getSourceFile();
      return `${file.fileName.replace(/.*\/src\//, '')}:${file.getLineAndCharacterOfPosition(call.getStart()).line + 1}: ${call.getText().slice(0, 60)}`;
    });
  assert.deepEqual(outside, [], 'messages made without a translator');
});

/** A message's source as `msg()` receives it: the string, or the strings of its `str` template. */
function sourceOf(node: ts.Node): string | string[] {
  const template = ts.isCallExpression(node) ? node.arguments[0] : undefined;
  if (template && ts.isTaggedTemplateExpression(template)) {
    const literal = template.template;
    return ts.isTemplateExpression(literal) ? [literal.head.text, ...literal.templateSpans.map((span) => span.literal.text)] : [literal.text];
  }
  return template && (ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template)) ? template.text : '';
}

test('the English lookup finds each message under the id lit-localize gave it', () => {
  const generated = messages.filter(({ name }) => /^s[0-9a-f]{16}$/.test(name));
  assert.ok(generated.length > 200, `only ${generated.length} messages without an id of their own`);
  const wrong = generated.filter(({ node, name }) => messageId(sourceOf(node)) !== name).map(({ name }) => name);
  assert.deepEqual(wrong, [], 'messages whose id the English lookup computes differently from lit-localize');
});

test('the English translator translates strings, str templates and messages with an id of their own', () => {
  const { msg } = englishTranslator;
  assert.equal(msg('Thử lại'), 'Try again', 'a plain string');
  assert.equal(msg(str`Trang ${2}/${7}`), 'Page 2 of 7', 'a str template, values in place');
  assert.equal(msg(str`${'1'} phiếu`, { id: 'poll-one-vote' }), '1 vote', 'a message with an id of its own');
  assert.equal(msg('Không có trong bản dịch'), 'Không có trong bản dịch', 'a string without a translation stays as written');
});
