import type { AskerKind, FieldRequirement, IndividualAsker, OrganizationAsker, Output, QaFormConfig } from '@vn-portal/schema';
import type { Translator } from '../shared/localization.js';

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

export function fieldLabel(t: Translator, field: FormField, kind: AskerKind): string {
  switch (field) {
    case 'fullName':
      return t.msg('Họ và tên');
    case 'nationality':
      return t.msg('Quốc tịch');
    case 'occupation':
      return t.msg('Nghề nghiệp');
    case 'idNumber':
      return t.msg('Số CCCD/CMND hoặc hộ chiếu');
    case 'address':
      return kind === 'individual' ? t.msg('Địa chỉ nơi đang sinh sống, học tập, làm việc') : t.msg('Địa chỉ trụ sở chính');
    case 'phone':
      return t.msg('Điện thoại');
    case 'email':
      return t.msg('Thư điện tử');
    case 'representativeName':
      return t.msg('Họ và tên người đại diện');
    case 'representativePosition':
      return t.msg('Chức vụ người đại diện');
    case 'organizationName':
      return t.msg('Tên đầy đủ của tổ chức');
    case 'kind':
      return t.msg('Bạn gửi câu hỏi với tư cách');
    case 'topic':
      // The topic of a question: 'Lĩnh vực' as portals say, 'Topic' in English, not the register's 'Field'.
      return t.msg('Lĩnh vực', { id: 'qa-topic' });
    case 'agency':
      return t.msg('Cơ quan trả lời');
    case 'title':
      return t.msg('Tiêu đề câu hỏi');
    case 'content':
      return t.msg('Nội dung câu hỏi');
    case 'consent':
      return t.msg('Đồng ý cho sử dụng thông tin cá nhân');
    case 'trackingCode':
      return t.msg('Mã tra cứu');
    case 'contact':
      return t.msg('Thư điện tử hoặc số điện thoại đã khai khi gửi câu hỏi');
  }
}

export function fieldHint(t: Translator, field: FormField): string | undefined {
  switch (field) {
    case 'idNumber':
      return t.msg('CCCD 12 chữ số, CMND 9 chữ số hoặc số hộ chiếu. Số này không được lưu lại trên trình duyệt.');
    case 'phone':
      return t.msg('Ví dụ: 0912 345 678.');
    case 'trackingCode':
      return t.msg('Mã được cấp khi gửi câu hỏi, ví dụ HD-2025-7K3F9QXM.');
    default:
      return undefined;
  }
}
