import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Leader } from '@vn-portal/schema';
import { leaderVCard, telUri } from './vcard.js';

test('phone numbers become international tel: URIs', () => {
  assert.equal(telUri('0263 3822 000'), 'tel:+842633822000');
  assert.equal(telUri('+84 912.345.678'), 'tel:+84912345678');
  assert.equal(telUri('0084-912-345-678'), 'tel:+84912345678');
});

test('a vCard 4.0 keeps Vietnamese names whole and escapes its separators', () => {
  const leader: Leader = {
    id: 'a',
    agency: 'stttt',
    order: 0,
    fullName: 'Nguyễn Thị Minh Khai',
    position: { vi: 'Giám đốc Sở' },
    phone: '0263 3823 100',
    email: 'khai.ntm@binhson.example',
  };
  const card = leaderVCard(leader, 'Giám đốc; Sở TT&TT, tỉnh', 'Sở Thông tin\nvà Truyền thông');
  assert.deepEqual(card.split('\r\n'), [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Nguyễn Thị Minh Khai',
    'N:Nguyễn;Khai;Thị Minh;;',
    'TITLE:Giám đốc\\; Sở TT&TT\\, tỉnh',
    'ORG:Sở Thông tin\\nvà Truyền thông',
    'TEL;TYPE=work,voice;VALUE=uri:tel:+842633823100',
    'EMAIL;TYPE=work:khai.ntm@binhson.example',
    'END:VCARD',
    '',
  ]);
});
