import { html, nothing, type TemplateResult } from 'lit';
import type { PublishedAnswer } from '@vn-portal/schema';
import { searchQueryMax } from '@vn-portal/schema/vocabulary';
import { foldVietnamese } from '@vn-portal/sdk/vietnamese';
import { str } from '../shared/localization.js';
import { publishedAnswer } from './answer-view.js';
import type { QaFormContext } from './form-context.js';

/** Milliseconds of quiet typing in the title before similar answers are looked up. */
const similarDelay = 400;

/**
 * Published answers similar to the title of the question being asked, looked up once the visitor
 * pauses typing: the question may have been answered already. Fetched with the first title typed.
 */
export class SimilarAnswers {
  private items: PublishedAnswer[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private search: AbortController | undefined;

  constructor(private readonly context: QaFormContext) {}

  /** Looks up answers like `title` after a pause; a title too short to search clears them. */
  find(title: string): void {
    this.stop();
    if (foldVietnamese(title).replace(/[^a-z0-9]/g, '').length >= 6) {
      this.timer = setTimeout(() => void this.lookUp(title), similarDelay);
    } else if (this.items.length > 0) {
      this.items = [];
      this.context.host.requestUpdate();
    }
  }

  /** Forgets the answers found, for a new question. */
  clear(): void {
    this.stop();
    this.items = [];
  }

  /** Cancels the lookup under way. */
  stop(): void {
    clearTimeout(this.timer);
    this.search?.abort();
  }

  render(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    return html`<div class="similar" part="similar-answers" role="group" aria-labelledby="qa-similar-heading">
      <p id="qa-similar-heading">${this.context.t.msg('Các câu trả lời đã đăng sau đây có thể đã giải đáp câu hỏi của bạn:')}</p>
      <ul>
        ${this.items.map((item) => html`<li part="similar-answer">${publishedAnswer(this.context, item, false)}</li>`)}
      </ul>
    </div>`;
  }

  private async lookUp(title: string): Promise<void> {
    const search = (this.search = new AbortController());
    const { context } = this;
    try {
      const { items } = await context.api().searchAnswers({ q: title.slice(0, searchQueryMax), match: 'most', pageSize: 3, agency: context.agency() }, { signal: search.signal });
      const before = this.items.length;
      this.items = items;
      context.host.requestUpdate();
      if (items.length > 0 && items.length !== before) {
        context.say(context.t.msg(str`Có ${items.length} câu trả lời đã đăng có thể giúp bạn, liệt kê bên dưới ô tiêu đề.`));
      }
    } catch {
      // Suggestions are a help, not a step: a failed lookup shows none.
    }
  }
}
