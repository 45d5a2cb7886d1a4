import { msg } from '@lit/localize';
import { individualFields, organizationFields, type Asker, type IndividualField, type OrganizationField } from '@vn-portal/schema';

type AskerField = 'fullName' | 'organizationName' | 'representativeName' | IndividualField | OrganizationField;

/** An asker's field by the label the question screen and the ask form's settings both show. */
export const askerFieldLabel = (name: AskerField): string =>
  ({
    fullName: msg('Họ và tên', { id: 'asker-full-name' }),
    nationality: msg('Quốc tịch', { id: 'asker-nationality' }),
    occupation: msg('Nghề nghiệp', { id: 'asker-occupation' }),
    idNumber: msg('Số giấy tờ tùy thân', { id: 'asker-id-number' }),
    organizationName: msg('Tổ chức', { id: 'asker-organization' }),
    representativeName: msg('Người đại diện', { id: 'asker-representative' }),
    representativePosition: msg('Chức vụ', { id: 'asker-representative-position' }),
    address: msg('Địa chỉ', { id: 'asker-address' }),
    phone: msg('Điện thoại', { id: 'asker-phone' }),
    email: msg('Thư điện tử', { id: 'asker-email' }),
  })[name];

/** The asker's fields in the order the form asks them, with their labels. */
export const askerFields = (asker: Asker): [string, string | undefined][] =>
  asker.kind === 'individual'
    ? (['fullName', ...individualFields] as const).map((name) => [askerFieldLabel(name), asker[name]])
    : (['organizationName', 'representativeName', ...organizationFields] as const).map((name) => [askerFieldLabel(name), asker[name]]);
