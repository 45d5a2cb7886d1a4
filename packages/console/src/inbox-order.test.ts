import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addWorkingDays } from '@vn-portal/sdk/working-days';
import { inboxOrder, urgencyOf, weekdaysOnly, type WorkingDayCount } from './inbox-order.js';

// Friday 7 March 2025, 10:00 in Hà Nội.
const now = new Date('2025-03-07T03:00:00Z');
const question = (dueDate: string, state: 'received' | 'forwarded' | 'published' = 'received', receivedAt = '2025-02-20T01:00:00Z') => ({ dueDate, state, receivedAt });
const withCalendar: WorkingDayCount = (start, days) => addWorkingDays(start, days);

test('urgency counts working days on Vietnam\'s clock: a weekend does not make Tuesday "later"', () => {
  for (const count of [withCalendar, weekdaysOnly]) {
    assert.equal(urgencyOf(question('2025-03-06'), now, count), 'overdue');
    assert.equal(urgencyOf(question('2025-03-07'), now, count), 'due-soon', 'due today');
    assert.equal(urgencyOf(question('2025-03-11'), now, count), 'due-soon', 'two working days after Friday is Tuesday');
    assert.equal(urgencyOf(question('2025-03-12'), now, count), 'on-time');
    assert.equal(urgencyOf(question('2025-03-06', 'published'), now, count), 'closed', 'an answered question is never overdue');
    // 23:30 on the 6th in UTC is already the 7th in Hà Nội.
    assert.equal(urgencyOf(question('2025-03-06'), new Date('2025-03-06T17:30:00Z'), count), 'overdue');
  }
  // Before Hùng Kings' day (Monday 7 April 2025), the full calendar skips the holiday.
  const beforeHoliday = new Date('2025-04-04T03:00:00Z');
  assert.equal(urgencyOf(question('2025-04-09'), beforeHoliday, withCalendar), 'due-soon');
  assert.equal(urgencyOf(question('2025-04-09'), beforeHoliday, weekdaysOnly), 'on-time', 'the browser count knows weekends only');
});

test('weekdaysOnly agrees with the SDK on every day of a year without holidays in the way', () => {
  for (let day = new Date('2025-05-05T00:00:00Z'); day < new Date('2025-08-25T00:00:00Z'); day.setUTCDate(day.getUTCDate() + 1)) {
    const start = day.toISOString().slice(0, 10);
    assert.equal(weekdaysOnly(start, 2), addWorkingDays(start, 2), start);
  }
});

test('the inbox puts overdue first, then due soon, each by due date, and closed questions last', () => {
  const ordered = inboxOrder(
    [question('2025-03-20'), question('2025-03-06', 'published'), question('2025-03-10'), question('2025-03-03'), question('2025-03-05', 'forwarded'), question('2025-03-10', 'received', '2025-02-19T01:00:00Z')],
    now,
    withCalendar,
  );
  assert.deepEqual(
    ordered.map(({ question: q, urgency }) => `${urgency} ${q.dueDate} ${q.receivedAt.slice(8, 10)}`),
    ['overdue 2025-03-03 20', 'overdue 2025-03-05 20', 'due-soon 2025-03-10 19', 'due-soon 2025-03-10 20', 'on-time 2025-03-20 20', 'closed 2025-03-06 20'],
  );
});
