import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildManifest, elementsOf, htmlCustomData, htmlCustomDataFile, manifestFile, packageDir, type Manifest } from '../scripts/custom-elements-manifest.js';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
const committed = readJson(manifestFile) as Manifest;
const packageJson = readJson('package.json') as { customElements?: string; files?: string[]; exports: Record<string, unknown> };
const stale = 'run `npm run manifest -w @vn-portal/elements` after changing an element';

test(`the committed ${manifestFile} is the one the sources give (${stale})`, async () => {
  assert.deepEqual(committed, await buildManifest());
});

test(`the committed ${htmlCustomDataFile} is made from the manifest (${stale})`, () => {
  assert.deepEqual(readJson(htmlCustomDataFile), JSON.parse(JSON.stringify(htmlCustomData(committed))));
});

test('every tag the package registers is in the manifest', () => {
  // One define module per tag (`./vn-poll.js`); `./vn-portal.js` registers them all.
  const registered = Object.keys(packageJson.exports)
    .map((path) => /^\.\/(vn-[a-z-]+)\.js$/.exec(path)?.[1])
    .filter((tag): tag is string => tag !== undefined && tag !== 'vn-portal');
  assert.ok(registered.length >= 3, `the package exports at least three element tags, found ${String(registered.length)}`);
  assert.deepEqual(elementsOf(committed).map((element) => element.tagName), registered.sort());
});

test('every element documents its API: summary, attributes, properties, events, parts and CSS properties', () => {
  const gaps = elementsOf(committed).flatMap((element) => {
    const tag = element.tagName ?? '';
    const undocumented = (kind: string, items: { name: string; description?: string }[] = []) =>
      items.filter((item) => !item.description?.trim()).map((item) => `${tag} ${kind} ${item.name}`);
    return [
      ...(element.summary?.trim() ? [] : [`${tag} @summary`]),
      ...undocumented('attribute', element.attributes),
      ...undocumented('property', element.members?.filter((member) => member.kind === 'field')),
      ...undocumented('event', element.events),
      ...undocumented('slot', element.slots),
      ...undocumented('part', element.cssParts),
      ...undocumented('CSS property', element.cssProperties),
    ];
  });
  assert.deepEqual(gaps, []);
});

test('the package ships the manifest where tools look for it, and the VS Code data', () => {
  assert.equal(packageJson.customElements, manifestFile);
  assert.ok(packageJson.files?.includes(manifestFile), 'the manifest is in the files the package ships');
  assert.ok(packageJson.files?.includes(htmlCustomDataFile), 'the VS Code custom data is in the files the package ships');
});
