import type { FormField } from '../../contract/form-schema.js';
import { applicantFields, contactFields, document, field, option, pledgeField, required, t, type ProcedureSeed } from './form-parts.js';

/** Business households (hộ kinh doanh) and the alcohol retail licence, at the city's one-stop desk. */

const HKD_LAW = [
  t('Luật Doanh nghiệp số 59/2020/QH14', 'Law on Enterprises No. 59/2020/QH14'),
  t('Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp (Chương VIII: hộ kinh doanh)', 'Decree 01/2021/ND-CP on enterprise registration (chapter VIII: business households)'),
  t('Thông tư 01/2021/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp', 'Circular 01/2021/TT-BKHDT guiding enterprise registration'),
];

/** A service company or the household's own enterprise may file for the owner: then its name and tax code. */
function filingOrganisationFields(): FormField[] {
  return [
    field('orgName', 'text', t('Tổ chức nộp hồ sơ thay (nếu có)', 'Organisation filing on the owner’s behalf (if any)'), { prefill: 'org_name', maxLength: 200 }),
    field('orgTaxCode', 'tax_code', t('Mã số thuế của tổ chức', 'Tax code of the organisation'), { prefill: 'org_tax_code' }),
  ];
}

export const KINH_DOANH_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'dang-ky-thanh-lap-ho-kinh-doanh',
    code: '1.001612',
    nameVi: 'Đăng ký thành lập hộ kinh doanh',
    nameEn: 'Business household registration',
    fieldId: 'ho-kinh-doanh',
    level: 'district',
    agencyId: 'bp-mot-cua-tp-dbp',
    processingDays: 3,
    feeVnd: 100000,
    feeNote: t('Lệ phí đăng ký hộ kinh doanh theo Nghị quyết của HĐND tỉnh Điện Biên.', 'Registration fee set by the Điện Biên People’s Council.'),
    legalBasis: HKD_LAW,
    applicantTypes: ['citizen', 'business'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Giấy chứng nhận đăng ký hộ kinh doanh', 'Business household registration certificate'),
    summary: t(
      'Cá nhân hoặc thành viên hộ gia đình đăng ký kinh doanh tại một địa điểm, dùng dưới 10 lao động. Kết quả trong 3 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.',
      'An individual or household members register a business at one location with fewer than 10 workers. Result within 3 working days of a complete file.',
    ),
    requiredDocuments: [
      document('giay-de-nghi', t('Giấy đề nghị đăng ký hộ kinh doanh', 'Business household registration application'), {
        template: t('Mẫu giấy đề nghị đăng ký hộ kinh doanh (Phụ lục III-1, Thông tư 01/2021/TT-BKHĐT)', 'Application form (Annex III-1, Circular 01/2021/TT-BKHDT)'),
      }),
      document('bien-ban-hop', t('Biên bản họp thành viên hộ gia đình (khi các thành viên cùng thành lập)', 'Minutes of the household members’ meeting (when members register together)'), { required: false }),
      document('hop-dong-thue', t('Bản sao hợp đồng thuê hoặc mượn địa điểm kinh doanh', 'Copy of the lease of the business premises'), { required: false }),
      document('giay-uy-quyen', t('Văn bản ủy quyền cho người nộp hồ sơ (khi nộp thay)', 'Authorisation of the person filing (when filing for the owner)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'owner', title: t('Chủ hộ kinh doanh', 'Owner of the business household'), fields: [...applicantFields(), ...contactFields()] },
        { id: 'filer', title: t('Tổ chức nộp thay', 'Filing organisation'), fields: filingOrganisationFields() },
        {
          id: 'business',
          title: t('Thông tin hộ kinh doanh', 'The business'),
          fields: [
            required('businessName', 'text', t('Tên hộ kinh doanh', 'Business name'), {
              maxLength: 120,
              pattern: '(?:[Hh]ộ kinh doanh|HỘ KINH DOANH) .{2,}',
              patternMessage: t('Tên bắt đầu bằng "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Hoa Ban.', 'The name starts with "Hộ kinh doanh" and a proper name, e.g. Hộ kinh doanh Hoa Ban.'),
            }),
            required('businessAddress', 'text', t('Địa điểm kinh doanh', 'Business address'), { maxLength: 300 }),
            required('businessLines', 'textarea', t('Ngành, nghề kinh doanh', 'Lines of business'), { minLength: 5, maxLength: 2000, help: t('Ghi tên ngành theo Hệ thống ngành kinh tế Việt Nam, ví dụ: 5610 — Nhà hàng và dịch vụ ăn uống.', 'Name each line as in the Vietnamese industry classification, e.g. 5610 — Restaurants.') }),
            required('capitalVnd', 'number', t('Vốn kinh doanh (đồng)', 'Capital (đồng)'), { integer: true, min: 1000000, max: 100000000000 }),
            required('employees', 'number', t('Số lao động', 'Number of workers'), { integer: true, min: 0, max: 9, help: t('Hộ kinh doanh dùng dưới 10 lao động.', 'A business household has fewer than 10 workers.') }),
            required('ownership', 'radio', t('Hộ kinh doanh do', 'Registered by'), { options: [option('individual', 'Một cá nhân thành lập', 'One individual'), option('household', 'Các thành viên hộ gia đình thành lập', 'Household members')] }),
            required('members', 'textarea', t('Họ tên, số định danh các thành viên hộ gia đình', 'Names and ID numbers of the household members'), { maxLength: 2000, visibleWhen: { field: 'ownership', equals: ['household'] } }),
            required('startDate', 'date', t('Ngày dự kiến bắt đầu kinh doanh', 'Planned start date'), { minDate: 'today' }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
  {
    id: 'thay-doi-noi-dung-dang-ky-ho-kinh-doanh',
    code: '1.001570',
    nameVi: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    nameEn: 'Change of business household registration details',
    fieldId: 'ho-kinh-doanh',
    level: 'district',
    agencyId: 'bp-mot-cua-tp-dbp',
    processingDays: 3,
    feeVnd: 50000,
    feeNote: t('Lệ phí theo Nghị quyết của HĐND tỉnh Điện Biên.', 'Fee set by the Điện Biên People’s Council.'),
    legalBasis: HKD_LAW,
    applicantTypes: ['citizen', 'business'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Giấy chứng nhận đăng ký hộ kinh doanh (cấp đổi)', 'Business household registration certificate (updated)'),
    summary: t(
      'Đăng ký khi hộ kinh doanh đổi tên, địa điểm, ngành nghề, vốn, chủ hộ… trong 10 ngày kể từ ngày thay đổi.',
      'Register within 10 days when the household changes its name, address, lines of business, capital or owner.',
    ),
    requiredDocuments: [
      document('thong-bao-thay-doi', t('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'Notice of changed registration details'), {
        template: t('Mẫu thông báo thay đổi (Phụ lục III-2, Thông tư 01/2021/TT-BKHĐT)', 'Notice form (Annex III-2, Circular 01/2021/TT-BKHDT)'),
      }),
      document('giay-chung-nhan-cu', t('Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh đã cấp', 'The original certificate issued before')),
      document('hop-dong-chuyen-nhuong', t('Hợp đồng tặng cho, mua bán hộ kinh doanh (khi đổi chủ hộ)', 'Deed of transfer (when the owner changes)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'owner', title: t('Chủ hộ kinh doanh', 'Owner'), fields: [...applicantFields(), ...contactFields()] },
        { id: 'filer', title: t('Tổ chức nộp thay', 'Filing organisation'), fields: filingOrganisationFields() },
        {
          id: 'change',
          title: t('Nội dung thay đổi', 'What changes'),
          fields: [
            required('registrationNumber', 'text', t('Mã số đăng ký hộ kinh doanh', 'Business household registration number'), {
              pattern: '[0-9A-Z.-]{6,20}',
              patternMessage: t('Ghi đúng mã số in trên Giấy chứng nhận đăng ký hộ kinh doanh (chữ số, chữ in hoa).', 'Copy the number printed on the registration certificate (digits, capital letters).'),
            }),
            required('changeKind', 'select', t('Thay đổi', 'Change'), {
              options: [
                option('name', 'Tên hộ kinh doanh', 'Business name'),
                option('address', 'Địa điểm kinh doanh', 'Business address'),
                option('lines', 'Ngành, nghề kinh doanh', 'Lines of business'),
                option('capital', 'Vốn kinh doanh', 'Capital'),
                option('owner', 'Chủ hộ kinh doanh', 'Owner'),
              ],
            }),
            required('newName', 'text', t('Tên mới', 'New name'), { maxLength: 120, visibleWhen: { field: 'changeKind', equals: ['name'] } }),
            required('newAddress', 'text', t('Địa điểm mới', 'New address'), { maxLength: 300, visibleWhen: { field: 'changeKind', equals: ['address'] } }),
            required('newLines', 'textarea', t('Ngành, nghề sau khi thay đổi', 'Lines of business after the change'), { maxLength: 2000, visibleWhen: { field: 'changeKind', equals: ['lines'] } }),
            required('newCapitalVnd', 'number', t('Vốn kinh doanh mới (đồng)', 'New capital (đồng)'), { integer: true, min: 1000000, max: 100000000000, visibleWhen: { field: 'changeKind', equals: ['capital'] } }),
            required('newOwnerName', 'text', t('Họ tên chủ hộ mới', 'New owner’s name'), { maxLength: 100, visibleWhen: { field: 'changeKind', equals: ['owner'] } }),
            required('newOwnerIdNumber', 'national_id', t('Số định danh cá nhân chủ hộ mới', 'New owner’s personal ID number'), { visibleWhen: { field: 'changeKind', equals: ['owner'] } }),
            required('changedOn', 'date', t('Ngày thay đổi', 'Date of the change'), { minDate: '2021-01-01', maxDate: 'today' }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
];
