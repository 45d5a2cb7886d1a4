import { defineElement } from '../shared/define.js';
import { VnPoll } from './poll.js';

defineElement('vn-poll', VnPoll);

declare global {
  interface HTMLElementTagNameMap {
    'vn-poll': VnPoll;
  }
}
