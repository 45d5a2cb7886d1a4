/** Registers every element of the kit (the single-file CDN bundle). */
import './leader-list/vn-leader-list.js';
import './visit-counter/vn-visit-counter.js';
import './source-credit/vn-source-credit.js';
import './poll/vn-poll.js';
import './legal-docs/vn-legal-docs.js';
import './qa-form/vn-qa-form.js';
