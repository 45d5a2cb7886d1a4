import { defineElement } from '../shared/define.js';
import { VnQaForm } from './qa-form.js';

defineElement('vn-qa-form', VnQaForm);

declare global {
  interface HTMLElementTagNameMap {
    'vn-qa-form': VnQaForm;
  }
}
