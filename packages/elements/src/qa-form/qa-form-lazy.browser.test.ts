// The tracking view, the answers and the similar answers are modules of their own, fetched on first
// use: this page has loaded none of them before these tests (each test file runs in a page of its own).
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { moduleFetched, part, parts, textOf, watchRequests } from '../../test/browser-helpers.js';
import { eachTestAfresh, expectAccessibleInBothLanguages, qaForm, typeInto } from '../../test/qa-form-helpers.js';

const fetched = (module: string) => moduleFetched(`/qa-form/${module}.`);

describe('<vn-qa-form> views fetched on first use', () => {
  eachTestAfresh();

  it('fetches the tracking view and the answers only when their tab is first shown', async () => {
    const watch = watchRequests();
    try {
      const element = await qaForm(html`<vn-qa-form></vn-qa-form>`);
      expect(part(element, 'ask-form')).to.not.equal(null);
      expect(fetched('question-tracking')).to.equal(false);
      expect(fetched('published-answers')).to.equal(false);
      const [, track, answers] = parts(element, 'tab');
      track?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(element, 'track-form'), 'the tracking view was not shown');
      expect(fetched('question-tracking')).to.equal(true);
      expect(fetched('published-answers')).to.equal(false);
      expect(watch.requests.filter((request) => request.path.startsWith('/qa/answers'))).to.deep.equal([]);
      await expectAccessibleInBothLanguages(element);
      answers?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(element, 'result-count'), 'the answers were not shown', { timeout: 5000 });
      expect(fetched('published-answers')).to.equal(true);
      expect(textOf(part(element, 'result-count'))).to.equal('Số câu trả lời tìm thấy: 3');
      expect(watch.requests.filter((request) => request.path.startsWith('/qa/answers')).length).to.equal(1);
      await expectAccessibleInBothLanguages(element);
    } finally {
      watch.restore();
    }
  });

  it('fetches the similar answers with the first title typed', async () => {
    const element = await qaForm(html`<vn-qa-form views="ask"></vn-qa-form>`);
    await typeInto(element, 'fullName', 'Lê Thị Thu');
    expect(fetched('similar-answers')).to.equal(false);
    await typeInto(element, 'title', 'Thời hạn công khai văn bản');
    await waitUntil(() => parts(element, 'similar-answer').length > 0, 'no similar answer was offered', { timeout: 5000 });
    expect(fetched('similar-answers')).to.equal(true);
    expect(textOf(part(element, 'similar-answer'))).to.contain('Thời hạn công khai văn bản trên Cổng thông tin điện tử');
  });
});
