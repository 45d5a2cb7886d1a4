// A server process under write load, for the kill rounds of `src/kill-rounds.test.ts`. It drives
// the write paths the handlers acknowledge through, below HTTP (which adds nothing to durability
// and most of the start-up time): questions and comments in the idempotency transaction of
// `runOnce`, votes through the ballot box's group commit. Once loaded it waits for a line on
// stdin (so the test can start the next process while it checks the last one), opens the
// database, and prints one `ack <kind> <key>` line per write that resolved, as the handler would
// then answer 2xx, until it is killed. Configured by the server's environment variables, plus
// POLL_ID and DRAFT_ID (where to vote and comment) and RUN (unique per process, so that keys
// never repeat).
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { fingerprintOf, runOnce } from '../src/http/idempotency.js';
import { submitComment } from '../src/legal-documents/comments.js';
import { BallotBox } from '../src/polls/ballot-box.js';
import { insertQuestion } from '../src/qa/question-repository.js';
import { loadMasterKey } from '../src/security/master-key.js';
import { Secrets } from '../src/security/secrets.js';
import { consentVersion } from './fixtures.js';

await once(createInterface({ input: process.stdin }), 'line');

const { POLL_ID: pollId = '', DRAFT_ID: draftId = '', RUN: run = '0' } = process.env;
const config = loadConfig();
const { db } = createDatabase(config);
const secrets = new Secrets(loadMasterKey(config.encryptionKey, config.dataDir));
const ballots = new BallotBox(db);

const asker = { kind: 'individual' as const, fullName: 'Người Thử Độ Bền', phone: '0912345678', email: 'do.ben@example.com' };

/** The stored answer of an idempotent creation, as the route stores it with the write. */
const createOnce = (operation: string, key: string, body: unknown, create: Parameters<typeof runOnce>[2]) => runOnce(db, { operation, key, fingerprint: fingerprintOf([body]), now: new Date() }, create);

async function question(key: string): Promise<string> {
  const trackingCode = `HD-DB-${key}`.toUpperCase();
  const at = new Date().toISOString();
  await createOnce('submitQuestion', key, trackingCode, async (transaction) => {
    await insertQuestion(transaction, secrets, {
      id: `q-${key}`,
      trackingCode,
      asker,
      topic: 'chinh-sach',
      agency: undefined,
      title: `Câu hỏi độ bền ${key}`,
      content: 'Xin hỏi thủ tục chuyển mục đích sử dụng đất như thế nào?',
      receivedAt: at,
      receivedDay: at.slice(0, 10),
      workingDays: 15,
      dueDate: at.slice(0, 10),
      consentVersion,
    });
    return { status: 201, body: { trackingCode } };
  });
  return trackingCode;
}

async function comment(key: string): Promise<string> {
  const body = { name: 'Người góp ý', email: 'gop.y@example.com', content: `Góp ý độ bền ${key}`, consent: true as const };
  const stored = await createOnce('submitDraftComment', key, body, async (transaction) => {
    const outcome = await submitComment(transaction, secrets, draftId, body);
    if (outcome.kind !== 'received') throw new Error(`the comment was not taken: ${outcome.kind}`);
    return { status: 202, body: outcome.receipt };
  });
  return (stored.body as { id: string }).id;
}

async function vote(key: string): Promise<string> {
  const voterToken = `durable-${key}`;
  await ballots.cast({ pollId, voterToken, optionIds: ['tot'], castAt: new Date() });
  return voterToken;
}

let next = 0;

/** One write: mostly votes, as a portal sees them, with questions and comments among them. */
async function write(): Promise<void> {
  const n = next++;
  const key = `r${run}-${String(n).padStart(8, '0')}`;
  const kind = n % 4 === 0 ? 'question' : n % 4 === 1 ? 'comment' : 'vote';
  const acknowledged = kind === 'question' ? await question(key) : kind === 'comment' ? await comment(key) : await vote(key);
  // Written to a pipe, synchronously on Linux: once this returns, the line is the test's.
  process.stdout.write(`ack ${kind} ${acknowledged}\n`);
}

async function keepWriting(): Promise<void> {
  for (;;) await write();
}

await Promise.all(Array.from({ length: 16 }, keepWriting));
