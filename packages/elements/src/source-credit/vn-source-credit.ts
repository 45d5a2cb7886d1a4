import { defineElement } from '../shared/define.js';
import { VnSourceCredit } from './source-credit.js';

defineElement('vn-source-credit', VnSourceCredit);

declare global {
  interface HTMLElementTagNameMap {
    'vn-source-credit': VnSourceCredit;
  }
}
