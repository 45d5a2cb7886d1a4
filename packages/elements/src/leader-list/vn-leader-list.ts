import { defineElement } from '../shared/define.js';
import { VnLeaderList } from './leader-list.js';

defineElement('vn-leader-list', VnLeaderList);

declare global {
  interface HTMLElementTagNameMap {
    'vn-leader-list': VnLeaderList;
  }
}
