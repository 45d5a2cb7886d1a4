// The guides the provincial IT centre reads exist in English and in Vietnamese, and the two must
// not drift apart: a section added to one and not the other fails here. Sections are matched by
// position (the same headings, level by level, in the same order), and each pair must hold the
// same number of code blocks and table rows, so a command or a setting missing from one shows.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const docs = fileURLToPath(new URL('../../../../docs/', import.meta.url));

interface Section {
  heading: string;
  level: number;
  codeBlocks: number;
  tableRows: number;
}

/** The guide's sections, each with what it holds that a translation keeps as it is. */
function sectionsOf(markdown: string): Section[] {
  const sections: Section[] = [{ heading: '(before the title)', level: 0, codeBlocks: 0, tableRows: 0 }];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    const current = sections[sections.length - 1] as Section;
    if (line.startsWith('```')) {
      if (!inCode) current.codeBlocks += 1;
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    const heading = /^(#{1,6}) (.+)$/.exec(line);
    if (heading) sections.push({ heading: heading[2] ?? '', level: heading[1]?.length ?? 0, codeBlocks: 0, tableRows: 0 });
    else if (/^\|.*\|$/.test(line.trim())) current.tableRows += 1;
  }
  return sections;
}

const shape = ({ level, codeBlocks, tableRows }: Section) => ({ level, codeBlocks, tableRows });

test('the operations and security guides have a Vietnamese version', () => {
  for (const guide of ['operations', 'security']) assert.ok(existsSync(`${docs}${guide}.vi.md`), `docs/${guide}.vi.md exists`);
});

test('every guide and its Vietnamese version have the same sections, commands and tables', () => {
  const pairs = readdirSync(docs).filter((file) => file.endsWith('.vi.md'));
  assert.ok(pairs.length >= 3, `found the translated guides: ${pairs.join(', ')}`);
  for (const translated of pairs) {
    const english = translated.replace(/\.vi\.md$/, '.md');
    const en = sectionsOf(readFileSync(`${docs}${english}`, 'utf8'));
    const vi = sectionsOf(readFileSync(`${docs}${translated}`, 'utf8'));
    // Compared pair by pair, so the message names the first section that differs.
    for (let index = 0; index < Math.max(en.length, vi.length); index += 1) {
      const [left, right] = [en[index], vi[index]];
      assert.deepEqual(
        right && shape(right),
        left && shape(left),
        `${english} “${left?.heading ?? '(no section)'}” and ${translated} “${right?.heading ?? '(no section)'}” differ (section ${index})`,
      );
    }
  }
});

test('a section missing from one language is found', () => {
  const guide = '# Title\n\n## One\n\n```sh\nnpm start\n```\n\n## Two\n\n| a | b |\n| --- | --- |\n';
  const withoutTwo = guide.slice(0, guide.indexOf('## Two'));
  assert.notDeepEqual(sectionsOf(withoutTwo).map(shape), sectionsOf(guide).map(shape), 'a missing section changes the shape');
  assert.notDeepEqual(sectionsOf(guide.replace('```sh\nnpm start\n```\n', '')).map(shape), sectionsOf(guide).map(shape), 'a missing command changes the shape');
  assert.deepEqual(sectionsOf('# Tiêu đề\n\n## Một\n\n```sh\n# không phải tiêu đề\nnpm start\n```\n\n## Hai\n\n| a | b |\n| --- | --- |\n').map(shape), sectionsOf(guide).map(shape), 'a heading inside code is not a section');
});
