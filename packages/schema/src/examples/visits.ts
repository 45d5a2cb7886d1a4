import type { VisitHitReceipt, VisitStats } from '../visit.js';

/** The figures as a provincial portal shows them today: "Khách 26, Thành viên 0, Tổng 26; Tổng lượt truy cập: 11454030". */
export const exampleVisitStats: VisitStats = {
  online: { guests: 26, members: 0, total: 26 },
  total: 11_454_030,
  today: 3_512,
  month: 84_217,
  at: '2026-03-05T02:30:00.000Z',
};

/** A busy day on a large portal: numbers long enough to test narrow layouts. */
export const exampleVisitStatsBusy: VisitStats = {
  agency: 'ubnd-tinh',
  online: { guests: 12_408, members: 1_375, total: 13_783 },
  total: 2_147_483_647,
  today: 918_204,
  month: 27_530_116,
  at: '2026-03-05T02:30:00.000Z',
};

/** A portal that has only just started counting. */
export const exampleVisitStatsNew: VisitStats = {
  online: { guests: 0, members: 0, total: 0 },
  total: 0,
  today: 0,
  month: 0,
  at: '2026-01-01T00:00:00.000Z',
};

export const exampleVisitHitReceipt: VisitHitReceipt = { counted: true, bot: false };
