import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AllowedOrigins, DataSubjectRequestTransition, LegalDocumentSearchQuery, fieldsOf, isListField, unwrapOptional } from './index.js';

test('fieldsOf names an object schema’s fields, and none of any other schema', () => {
  assert.deepEqual(Object.keys(fieldsOf(AllowedOrigins)), ['origins'], 'an object’s fields');
  assert.deepEqual(fieldsOf(DataSubjectRequestTransition), {}, 'a union has no fields of its own');
  assert.deepEqual(fieldsOf(undefined), {}, 'no schema, no fields');
});

test('isListField sees lists through optional and default, and only lists', () => {
  const lists = Object.entries(fieldsOf(LegalDocumentSearchQuery))
    .filter(([, field]) => isListField(field))
    .map(([name]) => name);
  assert.deepEqual(lists, ['type', 'issuer', 'field', 'year', 'status'], 'the search’s repeatable filters');
  const stage = fieldsOf(LegalDocumentSearchQuery).stage;
  assert.ok(stage !== undefined && unwrapOptional(stage) !== stage, 'a defaulted field is unwrapped');
});
