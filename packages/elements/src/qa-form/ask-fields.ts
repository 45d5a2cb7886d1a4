import type { AskerKind, FieldRequirement, IndividualAsker, OrganizationAsker, Output, QaFormConfig } from '@vn-portal/schema';
import { msg } from '../shared/localization.js';

type IdentityField = Exclude<keyof Output<typeof IndividualAsker> | keyof Output<typeof OrganizationAsker>, 'kind'>;

/** Every control of the ask and track forms, by the `name` it carries (and its id, `qa-<name>`). */
export type FormField = IdentityField | 'kind' | 'topic' | 'agency' | 'title' | 'content' | 'consent' | 'trackingCode' | 'contact';

/** Identity fields in the order Cao Bằng Điều 9 lists them; which show is the province's choice. */
const identityOrder: Record<AskerKind, readonly IdentityField[]> = {
  individual: ['fullName', 'nationality', 'occupation', 'idNumber', 'address', 'phone', 'email'],
  organization: ['representativeName', 'representativePosition', 'organizationName', 'address', 'phone', 'email'],
};

export interface IdentityControl {
  name: IdentityField;
  rule: Exclude<FieldRequirement, 'hidden'>;
}

/** The identity fields the form shows for `kind`: names (and the organization's) are always required. */
export function identityControls(kind: AskerKind, config: QaFormConfig): IdentityControl[] {
  const rules: Partial<Record<IdentityField, FieldRequirement>> = config.fields[kind];
  return identityOrder[kind].flatMap((name) => {
    const rule = rules[name] ?? 'required';
    return rule === 'hidden' ? [] : [{ name, rule }];
  });
}

/** What the browser may fill in (WCAG 1.3.5), and the keyboard a phone shows. */
export const inputPurpose: Partial<Record<FormField, { autocomplete: string; type?: 'email' | 'tel' }>> = {
  fullName: { autocomplete: 'name' },
  representativeName: { autocomplete: 'name' },
  nationality: { autocomplete: 'country-name' },
  occupation: { autocomplete: 'organization-title' },
  representativePosition: { autocomplete: 'organization-title' },
  organizationName: { autocomplete: 'organization' },
  address: { autocomplete: 'street-address' },
  phone: { autocomplete: 'tel', type: 'tel' },
  email: { autocomplete: 'email', type: 'email' },
  idNumber: { autocomplete: 'off' },
  trackingCode: { autocomplete: 'off' },
};

/** Free text where pasted TCVN3/VNI text is looked for (not codes, numbers or addresses of mail). */
export const freeText = new Set<FormField>(['fullName', 'nationality', 'occupation', 'address', 'representativeName', 'representativePosition', 'organizationName', 'title', 'content']);

export function fieldLabel(field: FormField, kind: AskerKind): string {
  switch (field) {
    case 'fullName':
      return msg('Full name');
    case 'nationality':
      return msg('Nationality');
    case 'occupation':
      return msg('Occupation');
    case 'idNumber':
      return msg('ID card or passport number');
    case 'address':
      return kind === 'individual' ? msg('Address where you live, study or work') : msg('Head office address');
    case 'phone':
      return msg('Phone');
    case 'email':
      return msg('Email');
    case 'representativeName':
      return msg('Full name of the representative');
    case 'representativePosition':
      return msg('Position of the representative');
    case 'organizationName':
      return msg('Full name of the organization');
    case 'kind':
      return msg('You are asking as');
    case 'topic':
      return msg('Topic');
    case 'agency':
      return msg('Agency to answer');
    case 'title':
      return msg('Title of your question');
    case 'content':
      return msg('Your question');
    case 'consent':
      return msg('Consent to the use of personal data');
    case 'trackingCode':
      return msg('Tracking code');
    case 'contact':
      return msg('Email or phone given with the question');
  }
}

export function fieldHint(field: FormField): string | undefined {
  switch (field) {
    case 'idNumber':
      return msg('Citizen ID (12 digits), ID card (9 digits) or passport. It is never kept in this browser.');
    case 'phone':
      return msg('For example 0912 345 678.');
    case 'trackingCode':
      return msg('As given when you sent the question, for example HD-2025-7K3F9QXM.');
    default:
      return undefined;
  }
}
