import { defineElement } from '../shared/define.js';
import { VnLegalDocs } from './legal-docs.js';

defineElement('vn-legal-docs', VnLegalDocs);

declare global {
  interface HTMLElementTagNameMap {
    'vn-legal-docs': VnLegalDocs;
  }
}
