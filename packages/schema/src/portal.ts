import * as z from 'zod/mini';
import { languages } from './vocabulary/languages.js';
import { organizationNameMax, personNameMax, positionMax } from './vocabulary/limits.js';
import { LanguageUpdates, LocalizedHtml, LocalizedText, code, email, httpUrl, id, isoDate, localized, named, requiredText, text, vietnamesePhone } from './primitives.js';

export const Contact = named(
  'Contact',
  z.object({
    label: LocalizedText,
    phone: z.optional(vietnamesePhone),
    fax: z.optional(vietnamesePhone),
    email: z.optional(email),
    address: z.optional(LocalizedText),
  }),
);
export type Contact = z.output<typeof Contact>;

/**
 * How content reused from the portal must be credited. The wording is per province (Cao Bằng
 * Điều 7.3: "Theo Cổng Thông tin điện tử tỉnh Cao Bằng"; Bắc Giang Điều 24.1; Đắk Lắk Điều 25.1).
 */
export const CreditWording = named(
  'CreditWording',
  z.object({
    /** The credit line, e.g. `{ vi: "Theo Cổng Thông tin điện tử tỉnh Cao Bằng" }`. */
    line: localized(300),
    /** The short form allowed by the regulation, e.g. "Theo www.caobang.gov.vn". */
    short: z.optional(localized(300)),
  }),
);
export type CreditWording = z.output<typeof CreditWording>;

export const Portal = named(
  'Portal',
  z.object({
    name: localized(300),
    shortName: z.optional(localized(100)),
    province: LocalizedText,
    url: httpUrl,
    credit: CreditWording,
    /** Governing body (cơ quan chủ quản) and the editorial board responsible for the content. */
    owner: LocalizedText,
    editorInChief: z.optional(text(200)),
    license: z.optional(LocalizedText),
    contacts: z.array(Contact),
    languages: z.array(z.enum(languages)),
  }),
);
export type Portal = z.output<typeof Portal>;

export const AgencyKind = z.enum(['province', 'department', 'district', 'commune', 'other']);
export type AgencyKind = z.output<typeof AgencyKind>;

export const Agency = named(
  'Agency',
  z.object({
    code,
    name: localized(organizationNameMax),
    kind: AgencyKind,
    parent: z.optional(code),
    url: z.optional(httpUrl),
    address: z.optional(LocalizedText),
    phone: z.optional(vietnamesePhone),
    fax: z.optional(vietnamesePhone),
    email: z.optional(email),
    /** Protocol order among siblings (smaller first). */
    order: z.int().check(z.minimum(0)),
  }),
);
export type Agency = z.output<typeof Agency>;

export const AgencyList = named('AgencyList', z.object({ items: z.array(Agency) }));
export type AgencyList = z.output<typeof AgencyList>;

export const LeaderTerm = z.object({
  from: z.optional(isoDate),
  to: z.optional(isoDate),
});

/** A leader as Cao Bằng Điều 5.1 and 5.9 require: contacts, short biography, duties. */
export const Leader = named(
  'Leader',
  z.object({
    id,
    agency: code,
    fullName: requiredText(personNameMax),
    position: localized(positionMax),
    unit: z.optional(localized(positionMax)),
    /** Protocol order within the agency (smaller first): the API returns leaders in this order. */
    order: z.int().check(z.minimum(0)),
    term: z.optional(LeaderTerm),
    duties: z.optional(localized(20_000)),
    /** Short biography (tiểu sử tóm tắt), HTML from editors: sanitized on save, and by clients again. */
    biography: z.optional(LocalizedHtml),
    phone: z.optional(vietnamesePhone),
    mobile: z.optional(vietnamesePhone),
    fax: z.optional(vietnamesePhone),
    email: z.optional(email),
    photo: z.optional(
      z.object({
        url: httpUrl,
        width: z.optional(z.int().check(z.positive())),
        height: z.optional(z.int().check(z.positive())),
      }),
    ),
    languageUpdatedAt: z.optional(LanguageUpdates),
  }),
);
export type Leader = z.output<typeof Leader>;

export const LeaderList = named('LeaderList', z.object({ items: z.array(Leader) }));
export type LeaderList = z.output<typeof LeaderList>;

export const LeaderListQuery = z.object({ agency: z.optional(code) });
export type LeaderListQuery = z.input<typeof LeaderListQuery>;
