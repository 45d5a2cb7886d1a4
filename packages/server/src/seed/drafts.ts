import type { DocumentInput } from '../legal-documents/store.js';
import { fields } from './real-documents.js';

const day = 24 * 60 * 60 * 1000;

/**
 * Drafts open for public comment in the demo province. Unlike the rest of the register these are
 * fictional, and say so in their summary; their windows are placed around the time of seeding so
 * that one is open and one has closed.
 */
export function demoDrafts(options: { agency: string; issuer: DocumentInput['issuer']; now: Date }): DocumentInput[] {
  const at = (offsetDays: number) => new Date(options.now.getTime() + offsetDays * day).toISOString();
  const date = (offsetDays: number) => at(offsetDays).slice(0, 10);
  const base: Pick<DocumentInput, 'issuer' | 'agency' | 'stage' | 'status' | 'normative' | 'attachments'> = {
    issuer: options.issuer,
    agency: options.agency,
    stage: 'draft',
    status: 'not-yet-in-force',
    normative: true,
    attachments: [],
  };
  return [
    {
      ...base,
      number: 'Dự thảo lần 1 (Cổng TTĐT)',
      type: 'decision',
      summary: {
        vi: 'Dự thảo Quyết định ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử tỉnh và các Cổng thông tin điện tử thành phần (văn bản minh họa)',
        en: 'Draft decision on the regulation of the provincial web portal and its component portals (illustrative document)',
      },
      issuedDate: date(-7),
      fields: [fields.it, fields.press],
      relations: [
        { kind: 'based-on', number: '42/2022/NĐ-CP' },
        { kind: 'based-on', number: '64/2025/QH15' },
      ],
      draft: { opensAt: at(-7), closesAt: at(60) },
    },
    {
      ...base,
      number: 'Dự thảo lần 2 (Dữ liệu cá nhân)',
      type: 'plan',
      summary: {
        vi: 'Dự thảo Kế hoạch triển khai bảo vệ dữ liệu cá nhân trong các cơ quan nhà nước của tỉnh (văn bản minh họa)',
        en: 'Draft plan for personal data protection in the province’s state agencies (illustrative document)',
      },
      issuedDate: date(-90),
      fields: [fields.personalData],
      relations: [{ kind: 'based-on', number: '91/2025/QH15' }],
      draft: { opensAt: at(-90), closesAt: at(-30) },
    },
  ];
}
