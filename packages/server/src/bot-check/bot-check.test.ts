// The bot check of questions and comments, with no third-party service: a honeypot field, and a
// proof of work on a challenge the server signed, good for one submission and ten minutes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { proofOfWorkHeader, type Challenge, type QuestionReceipt } from '@vn-portal/schema';
import { solveChallenge } from '@vn-portal/sdk';
import { commentSubmission, createOpenDraft, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { purgeSpentChallenges } from './challenges.js';

const bits = 10;

for (const dialect of testDialects) {
  describe(`bot check (${dialect})`, () => {
    let t: TestApp;
    let draftId: string;
    before(async () => {
      t = await startTestApp(dialect, { config: { proofOfWorkBits: bits } });
      await seedAgencies(t);
      draftId = await createOpenDraft(t);
    });
    after(() => t.close());

    const challenge = async (operation: 'submitQuestion' | 'submitDraftComment') => {
      const answer = await t.app.inject({ method: 'POST', url: '/api/v1/bot-check/challenges', payload: { operation } });
      assert.equal(answer.statusCode, 201, answer.body);
      assert.equal(answer.headers['cache-control'], 'no-store');
      return answer.json<Challenge>();
    };
    const proof = async (operation: 'submitQuestion' | 'submitDraftComment') => {
      const issued = await challenge(operation);
      assert.equal(issued.bits, bits);
      return `${issued.challenge}:${await solveChallenge(issued.challenge, issued.bits)}`;
    };
    const ask = (payload: object, headers: Record<string, string | undefined>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload, headers: Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)) });
    const comment = (payload: object, proofHeader: string | undefined) =>
      t.app.inject({ method: 'POST', url: `/api/v1/legal-documents/${draftId}/comments`, payload, headers: proofHeader === undefined ? {} : { [proofOfWorkHeader]: proofHeader } });
    const questions = async () => (await t.testDatabase.database.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const refusal = (answer: { statusCode: number; json: () => unknown }, detail: RegExp) => {
      assert.equal(answer.statusCode, 403);
      const problem = answer.json() as { code: string; detail: string };
      assert.equal(problem.code, 'bot-check-failed');
      assert.match(problem.detail, detail);
    };

    test('a solved challenge lets one question and one comment through', async () => {
      const before = await questions();
      const asked = await ask(questionSubmission(), { [proofOfWorkHeader]: await proof('submitQuestion') });
      assert.equal(asked.statusCode, 201, asked.body);
      assert.equal((await comment(commentSubmission(), await proof('submitDraftComment'))).statusCode, 202);
      assert.equal(await questions(), before + 1);
    });

    test('a filled honeypot is a 422 at its field; an empty one is fine', async () => {
      for (const website of ['https://spam.example', ' ', 'x']) {
        const answer = await ask(questionSubmission({ website }), { [proofOfWorkHeader]: await proof('submitQuestion') });
        assert.equal(answer.statusCode, 422);
        assert.deepEqual(answer.json<{ errors: { path: string }[] }>().errors.map((error) => error.path), ['website']);
        assert.equal((await comment(commentSubmission({ website }), await proof('submitDraftComment'))).statusCode, 422);
      }
      assert.equal((await ask(questionSubmission({ website: '' }), { [proofOfWorkHeader]: await proof('submitQuestion') })).statusCode, 201);
    });

    test('no proof, a wrong nonce, a forged or misdirected challenge: 403, and nothing written', async () => {
      const before = await questions();
      refusal(await ask(questionSubmission(), {}), /needs a solved challenge/);
      refusal(await comment(commentSubmission(), undefined), /needs a solved challenge/);
      const issued = await challenge('submitQuestion');
      const nonce = await solveChallenge(issued.challenge, issued.bits);
      // The nonce just before the smallest solution does not solve the challenge.
      if (nonce > 0) refusal(await ask(questionSubmission(), { [proofOfWorkHeader]: `${issued.challenge}:${nonce - 1}` }), /does not solve/);
      for (const malformed of ['', 'abc', issued.challenge, `${issued.challenge}:x`, `${issued.challenge}:-1`, `:${nonce}`]) {
        refusal(await ask(questionSubmission(), { [proofOfWorkHeader]: malformed }), /not a solved challenge/);
      }
      // Asking for 0 bits instead of the server's 10 breaks the signature.
      const easier = issued.challenge.replace(`.${bits}.`, '.0.');
      refusal(await ask(questionSubmission(), { [proofOfWorkHeader]: `${easier}:0` }), /not issued here/);
      const forComment = await proof('submitDraftComment');
      refusal(await ask(questionSubmission(), { [proofOfWorkHeader]: forComment }), /for submitDraftComment/);
      assert.equal(await questions(), before);
    });

    test('a challenge serves once, even sent five times at once', async () => {
      const before = await questions();
      const header = await proof('submitQuestion');
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, n) => ask(questionSubmission({ title: `Câu hỏi gửi đồng thời ${n}` }), { [proofOfWorkHeader]: header, 'idempotency-key': `concurrent-proof-${n}` })),
      );
      assert.deepEqual(answers.map((answer) => answer.statusCode).sort(), [201, 403, 403, 403, 403]);
      assert.equal(await questions(), before + 1);
      refusal(await ask(questionSubmission(), { [proofOfWorkHeader]: header }), /already used/);
    });

    test('a retry with the same Idempotency-Key gets the first receipt without a new proof', async () => {
      const header = await proof('submitQuestion');
      const first = await ask(questionSubmission({ title: 'Câu hỏi gửi lại' }), { [proofOfWorkHeader]: header, 'idempotency-key': 'bot-check-retry-1' });
      assert.equal(first.statusCode, 201);
      const retried = await ask(questionSubmission({ title: 'Câu hỏi gửi lại' }), { [proofOfWorkHeader]: header, 'idempotency-key': 'bot-check-retry-1' });
      assert.equal(retried.statusCode, 201);
      assert.equal(retried.json<QuestionReceipt>().trackingCode, first.json<QuestionReceipt>().trackingCode);
      const withoutProof = await ask(questionSubmission({ title: 'Câu hỏi gửi lại' }), { 'idempotency-key': 'bot-check-retry-1' });
      assert.equal(withoutProof.json<QuestionReceipt>().trackingCode, first.json<QuestionReceipt>().trackingCode);
    });

    test('a submission refused for its content does not use up its challenge', async () => {
      for (const key of [undefined, 'refused-then-fixed']) {
        const header = await proof('submitQuestion');
        const refused = await ask(questionSubmission({ topic: 'khong-co-chu-de' }), { [proofOfWorkHeader]: header, 'idempotency-key': key });
        assert.equal(refused.statusCode, 422);
        const fixed = await ask(questionSubmission(), { [proofOfWorkHeader]: header, 'idempotency-key': key === undefined ? undefined : `${key}-2` });
        assert.equal(fixed.statusCode, 201, fixed.body);
      }
    });

    test('a challenge expires after ten minutes, and spent ones are forgotten once expired', async () => {
      const header = await proof('submitQuestion');
      const used = await proof('submitQuestion');
      assert.equal((await ask(questionSubmission(), { [proofOfWorkHeader]: used })).statusCode, 201);
      const { db } = t.testDatabase.database;
      const spent = async () => (await db.selectFrom('spent_challenges').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const spentBefore = await spent();
      t.clock.advance(10 * 60_000 + 1);
      refusal(await ask(questionSubmission(), { [proofOfWorkHeader]: header }), /expired/);
      await purgeSpentChallenges(db, t.clock.now());
      assert.equal(await spent(), 0);
      assert.ok(spentBefore > 0, 'spent challenges were stored before the purge');
    });
  });
}
