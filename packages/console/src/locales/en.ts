import { str } from '@lit/localize';
import { contentFormTemplates } from './en-content-forms.js';
import { moderationTemplates } from './en-moderation.js';
import { questionTemplates } from './en-questions.js';
import { registerTemplates } from './en-register.js';
import { screenTemplates } from './en-screens.js';

/** The English strings of the console, by id; Vietnamese is the source language. */
export const templates = {
  ...screenTemplates,
  ...registerTemplates,
  'state-received': 'Received',
  'state-classified': 'Classified',
  'state-forwarded': 'Forwarded',
  'state-answered': 'Answered',
  'state-published': 'Published',
  'state-rejected': 'Rejected',
  'urgency-overdue': 'Overdue',
  'urgency-due-soon': 'Due soon',
  'urgency-on-time': 'On time',
  'urgency-closed': 'Done',
  'sign-in-locked': 'Too many failed sign-ins: the account is locked for a while, please try again later.',
  'sign-in-wrong': 'Wrong username or password.',
  loading: 'Loading…',
  'sign-in-title': 'Sign in to the console',
  username: 'Username',
  password: 'Password',
  'sign-in': 'Sign in',
  'signed-in-as': str`Signed in: ${0}`,
  'sign-out': 'Sign out',
  'inbox-title': 'Q&A: questions to handle',
  'state-filter': 'Status',
  'state-all': 'All',
  'inbox-caption': str`${0} questions, overdue and due soon first`,
  'due-date': 'Answer due',
  question: 'Question',
  state: 'Status',
  'tracking-code': 'Tracking code',
  actions: 'Actions',
  'open-question': 'Open',
  'open-question-named': str`Open question ${0}`,
  'back-to-inbox': 'Back to the list',
  'question-meta': str`Tracking code ${0} · ${1}`,
  'answer-text': 'Answer',
  'send-answer': 'Send the answer',
  'reject-reason': 'Reason for rejecting',
  reject: 'Reject the question',
  answer: 'The answer',
  'session-ended': 'Your session has ended: please sign in again.',
  'decision-refused': 'Not saved: the question has changed state or the text is not valid.',
  ...questionTemplates,
  ...moderationTemplates,
  ...contentFormTemplates,
};
