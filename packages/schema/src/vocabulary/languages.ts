/** The portals' official languages (Bắc Kạn): Vietnamese, the default and fallback, and English. */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
