import { defineElement } from '../shared/define.js';
import { VnVisitCounter } from './visit-counter.js';

defineElement('vn-visit-counter', VnVisitCounter);

declare global {
  interface HTMLElementTagNameMap {
    'vn-visit-counter': VnVisitCounter;
  }
}
