import type { Problem } from '../problem.js';

/** RFC 9457 answers as the reference server sends them (`application/problem+json`). */
export const exampleProblemUnavailable: Problem = {
  type: '/api/v1/docs#problem-unavailable',
  title: 'Temporarily unavailable',
  status: 503,
  code: 'unavailable',
};

export const exampleProblemNotFound: Problem = {
  type: '/api/v1/docs#problem-not-found',
  title: 'Not found',
  status: 404,
  code: 'not-found',
  detail: 'No agency with code "so-khong-co"',
};

export const exampleProblemRateLimited: Problem = {
  type: '/api/v1/docs#problem-rate-limited',
  title: 'Too many requests',
  status: 429,
  code: 'rate-limited',
};

export const exampleProblemValidation: Problem = {
  type: '/api/v1/docs#problem-validation-failed',
  title: 'The request has invalid fields',
  status: 422,
  code: 'validation-failed',
  errors: [
    { path: 'asker.email', code: 'invalid_format', message: 'Địa chỉ thư điện tử không hợp lệ' },
    { path: 'content', code: 'too_small', message: 'Nội dung phải có ít nhất 20 ký tự' },
  ],
};
