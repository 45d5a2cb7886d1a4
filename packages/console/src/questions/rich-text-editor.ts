import { msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { escapeHtml } from '@vn-portal/sdk';

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

/** Each formatting button: its command, its label, and its shortcut (with Ctrl or ⌘). */
const buttons = (): { command: Command | 'link'; label: string; key?: string }[] => [
  { command: 'bold', label: msg('Đậm', { id: 'editor-bold' }), key: 'b' },
  { command: 'italic', label: msg('Nghiêng', { id: 'editor-italic' }), key: 'i' },
  { command: 'insertUnorderedList', label: msg('Danh sách', { id: 'editor-bullets' }) },
  { command: 'insertOrderedList', label: msg('Danh sách số', { id: 'editor-numbers' }) },
  { command: 'link', label: msg('Liên kết', { id: 'editor-link' }), key: 'k' },
];

const shortcutOf = (key: string) => `Control+${key.toUpperCase()}`;

/*
 * The browser's editing commands are the one way to edit that keeps its undo stack (Ctrl+Z) and
 * what screen readers announce; deprecated in name only, every engine keeps them, and no
 * replacement exists yet (the Input Events spec leaves editing to scripts).
 */
// eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
const edit = (command: string, value?: string) => document.execCommand(command, false, value);
// eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
const isOn = (command: string) => document.queryCommandState(command);

/** Ids in the console's tree, one set per editor. */
let editors = 0;

/**
 * A rich text field for answers: bold, italic, lists and links, from a toolbar (one tab stop,
 * arrow keys between its buttons) or the usual shortcuts (Ctrl+B, Ctrl+I, Ctrl+K). A small
 * contenteditable rather than an editor library: these five commands are all an answer needs, and
 * the browser's own editing keeps the undo stack and screen-reader support. Its HTML is only a
 * draft: the server sanitizes what it stores. Renders into the page's tree, styled by the console.
 */
export class VnpRichTextEditor extends LitElement {
  static override properties = {
    label: {},
    initial: { attribute: false },
    pressed: { state: true },
    linking: { state: true },
  };

  declare label: string;
  /** The HTML the editor starts with (a stored text, sanitized by the server), put in at the first render only. */
  declare initial: string;
  /** The commands on at the caret, for the buttons' `aria-pressed`. */
  declare pressed: ReadonlySet<string>;
  /** Whether the link address field is shown. */
  declare linking: boolean;
  #focusedButton = 0;
  readonly #id = `editor-${String((editors += 1))}`;
  /** Where the text was selected when the link field took the focus. */
  #savedRange: Range | undefined;

  constructor() {
    super();
    this.label = '';
    this.initial = '';
    this.pressed = new Set();
    this.linking = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * The HTML typed so far, as valid HTML: a list made inside a paragraph (as Chromium does) taken
   * out of it, the empty paragraphs editing leaves dropped, spaces as spaces; empty when nothing but blank lines.
   */
  get value(): string {
    const area = this.#area();
    if (area === null || area.textContent.trim() === '') return '';
    const copy = area.cloneNode(true) as HTMLElement;
    for (const paragraph of copy.querySelectorAll('p:has(ul, ol)')) paragraph.replaceWith(...paragraph.childNodes);
    for (const paragraph of copy.querySelectorAll('p')) if (paragraph.textContent.trim() === '' && paragraph.querySelector('img') === null) paragraph.remove();
    // Editing keeps a typed space visible at the end of a bold or a line as a no-break space.
    return copy.innerHTML.replaceAll('&nbsp;', ' ');
  }

  protected override firstUpdated(): void {
    const area = this.#area();
    if (area !== null) area.innerHTML = this.initial;
  }

  clear(): void {
    this.#area()?.replaceChildren();
  }

  #area(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[contenteditable]');
  }

  #selection(): Selection | null {
    // Chromium reads a selection inside a shadow tree from the shadow root; others from the document.
    const root = this.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  #run(command: Command | 'link'): void {
    if (command === 'link') {
      const selection = this.#selection();
      this.#savedRange = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      this.linking = true;
      void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('input[name="link"]')?.focus());
      return;
    }
    this.#area()?.focus();
    edit(command);
    this.#readPressed();
  }

  #insertLink(): void {
    const field = this.querySelector<HTMLInputElement>('input[name="link"]');
    const address = field?.value.trim() ?? '';
    this.linking = false;
    const area = this.#area();
    area?.focus();
    const selection = this.#selection();
    if (this.#savedRange !== undefined && selection !== null) {
      selection.removeAllRanges();
      selection.addRange(this.#savedRange);
    }
    // Other schemes (javascript:) are refused here as the server's sanitizer would drop them.
    if (!/^(https?:|mailto:|tel:)/i.test(address)) return;
    if (selection?.isCollapsed === false) {
      edit('createLink', address);
    } else {
      const escaped = escapeHtml(address);
      edit('insertHTML', `<a href="${escaped}">${escaped}</a>`);
    }
  }

  /** An empty field starts with a paragraph, so that Enter makes paragraphs, not line breaks in bare text. */
  #onFocus(): void {
    const area = this.#area();
    if (area === null || area.childNodes.length > 0) return;
    const paragraph = document.createElement('p');
    paragraph.append(document.createElement('br'));
    area.append(paragraph);
    this.#selection()?.collapse(paragraph, 0);
  }

  #readPressed(): void {
    this.pressed = new Set(['bold', 'italic', 'insertUnorderedList', 'insertOrderedList'].filter(isOn));
  }

  #onKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const button = buttons().find((candidate) => candidate.key === event.key.toLowerCase());
    if (button === undefined) return;
    event.preventDefault();
    this.#run(button.command);
  }

  /** The toolbar is one tab stop; arrows, Home and End move between its buttons. */
  #onToolbarKeydown(event: KeyboardEvent): void {
    const count = buttons().length;
    const moves: Record<string, number> = { ArrowRight: this.#focusedButton + 1, ArrowLeft: this.#focusedButton - 1 + count, Home: 0, End: count - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.#focusedButton = target % count;
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')[this.#focusedButton]?.focus());
  }

  override render() {
    const id = this.#id;
    return html`<div class="editor">
      <span id=${`${id}-label`} class="editor-label">${this.label}</span>
      <div role="toolbar" aria-label=${msg('Định dạng', { id: 'editor-toolbar' })} aria-controls=${id} @keydown=${(event: KeyboardEvent) => this.#onToolbarKeydown(event)}>
        ${buttons().map(
          (button, index) =>
            html`<button
              type="button"
              class="tool"
              name=${button.command}
              tabindex=${index === this.#focusedButton ? 0 : -1}
              aria-pressed=${ifDefined(button.command === 'link' ? undefined : String(this.pressed.has(button.command)))}
              aria-keyshortcuts=${ifDefined(button.key === undefined ? undefined : shortcutOf(button.key))}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => {
                this.#focusedButton = index;
                this.#run(button.command);
              }}
            >
              ${button.label}
            </button>`,
        )}
      </div>
      ${this.linking
        ? html`<div class="link-field">
            <label>${msg('Địa chỉ liên kết (https://…)', { id: 'editor-link-address' })}
              <input name="link" type="url" inputmode="url" @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  this.#insertLink();
                } else if (event.key === 'Escape') {
                  this.linking = false;
                  this.#area()?.focus();
                }
              }} />
            </label>
            <button type="button" @click=${() => this.#insertLink()}>${msg('Chèn liên kết', { id: 'editor-link-insert' })}</button>
          </div>`
        : nothing}
      <div
        id=${id}
        class="editable"
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-labelledby=${`${id}-label`}
        @keydown=${(event: KeyboardEvent) => this.#onKeydown(event)}
        @focus=${() => this.#onFocus()}
        @keyup=${() => this.#readPressed()}
        @mouseup=${() => this.#readPressed()}
      ></div>
    </div>`;
  }
}
