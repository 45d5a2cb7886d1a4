import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { templates } from './en.js';

const sources = fileURLToPath(new URL('..', import.meta.url));

test('every message the console shows has its English translation', () => {
  const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('locales'));
  const ids = new Set(files.flatMap((file) => [...readFileSync(`${sources}${file}`, 'utf8').matchAll(/\{ id: '([\w-]+)' \}/g)].map((match) => match[1] ?? '')));
  assert.ok(ids.size > 150, `the messages are found in the sources: ${String(ids.size)}`);
  assert.deepEqual([...ids].filter((id) => !(id in templates)), [], 'messages without an English translation');
});
