import type { CodedLabel } from '@vn-portal/schema';
import type { Secrets } from '../security/secrets.js';
import { moderateComment, submitComment } from '../legal-documents/comments.js';
import type { Db } from '../legal-documents/db.js';
import { insertDocuments } from '../legal-documents/store.js';
import { demoDrafts } from './drafts.js';
import { nationalDocuments } from './real-documents.js';
import { generateSyntheticDocuments } from './synthetic.js';

export interface LegalDocumentSeedOptions {
  /** The agency whose register lists the seeded documents (the province's). */
  agency: string;
  /** The demo province's People's Committee, issuer of the fictional drafts. */
  issuer: CodedLabel;
  secrets: Secrets;
  now: Date;
}

/**
 * The demo register's national documents, two fictional drafts (one open for comment, one closed),
 * and a few comments on the open one, one still waiting for moderation.
 */
export async function seedLegalDocuments(db: Db, options: LegalDocumentSeedOptions): Promise<void> {
  await insertDocuments(db, nationalDocuments(options.agency), options.now);
  const [openDraft] = await insertDocuments(db, demoDrafts(options), options.now);
  if (openDraft === undefined) return;
  const comments = [
    { name: 'Nguyễn Văn A', email: 'nguyenvana@example.com', content: 'Đề nghị quy định rõ thời hạn đăng tải văn bản quy phạm pháp luật lên Cổng thông tin điện tử.', approve: true },
    { name: 'Trần Thị B', email: 'tranthib@example.com', organization: 'Hội Luật gia (minh họa)', content: 'Nên bổ sung yêu cầu về khả năng truy cập cho người khuyết tật theo Thông tư 26/2020/TT-BTTTT.', approve: true },
    { name: 'Lê Văn C', email: 'levanc@example.com', content: 'Đề nghị công khai danh sách Cổng thông tin điện tử thành phần.', approve: false },
  ];
  for (const { approve, ...submission } of comments) {
    const outcome = await submitComment(db, options.secrets, openDraft, { ...submission, consent: true }, options.now);
    if (approve && outcome.kind === 'received') await moderateComment(db, options.secrets, outcome.receipt.id, { decision: 'approve' }, options.now);
  }
}

/** Inserts `n` synthetic documents (see `generateSyntheticDocuments`), a transaction per few thousand. */
export async function seedSyntheticDocuments(db: Db, n: number, seed = 1, now = new Date()): Promise<void> {
  const documents = generateSyntheticDocuments(n, seed);
  const perTransaction = 5000;
  for (let start = 0; start < documents.length; start += perTransaction) {
    await insertDocuments(db, documents.slice(start, start + perTransaction), now);
  }
}
