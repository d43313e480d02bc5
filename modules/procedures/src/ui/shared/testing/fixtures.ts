import type { FormDefinition } from '../../../contract/form-schema.js';
import type { DossierDetail, ProcedureDetail, ProcedureSummary } from '../../../contract/schemas.js';

const text = (vi: string, en: string) => ({ vi, en });

/** A form with every kind of field the renderer knows, and one conditional field. */
export const HOUSEHOLD_FORM: FormDefinition = {
  sections: [
    {
      id: 'owner',
      title: text('Thông tin chủ hộ', 'Owner'),
      fields: [
        { id: 'ownerName', type: 'text', label: text('Họ và tên chủ hộ', 'Owner name'), required: true, prefill: 'name' },
        { id: 'nationalId', type: 'national_id', label: text('Số CCCD', 'ID number'), required: true, prefill: 'national_id' },
        { id: 'birthDate', type: 'date', label: text('Ngày sinh', 'Date of birth'), required: true, maxDate: 'today' },
        { id: 'phone', type: 'phone', label: text('Số điện thoại', 'Phone'), required: false, help: text('Để cán bộ liên hệ khi cần', 'So the officer can call') },
        { id: 'email', type: 'email', label: text('Thư điện tử', 'E-mail'), required: false },
      ],
    },
    {
      id: 'business',
      title: text('Thông tin hộ kinh doanh', 'Household business'),
      fields: [
        { id: 'businessName', type: 'text', label: text('Tên hộ kinh doanh', 'Business name'), required: true, maxLength: 200 },
        { id: 'taxCode', type: 'tax_code', label: text('Mã số thuế', 'Tax code'), required: false },
        { id: 'trade', type: 'select', label: text('Ngành nghề', 'Trade'), required: true, options: [
          { value: 'food', label: text('Ăn uống', 'Food and drink') },
          { value: 'retail', label: text('Bán lẻ', 'Retail') },
        ] },
        { id: 'premises', type: 'radio', label: text('Địa điểm kinh doanh', 'Premises'), required: true, options: [
          { value: 'owned', label: text('Nhà riêng', 'Owned') },
          { value: 'rented', label: text('Thuê', 'Rented') },
        ] },
        { id: 'capital', type: 'number', label: text('Vốn kinh doanh (đồng)', 'Capital (VND)'), required: true, min: 0, integer: true },
        { id: 'hasEmployees', type: 'checkbox', label: text('Có thuê lao động', 'Has employees'), required: false },
        { id: 'employeeCount', type: 'number', label: text('Số lao động', 'Employees'), required: true, integer: true, min: 1, visibleWhen: { field: 'hasEmployees', equals: [true] } },
        { id: 'address', type: 'textarea', label: text('Địa chỉ kinh doanh', 'Business address'), required: true },
        { id: 'pledge', type: 'checkbox', label: text('Tôi cam đoan thông tin trên là đúng sự thật', 'I declare the above is true'), required: true },
      ],
    },
  ],
};

export const HOUSEHOLD_SUMMARY: ProcedureSummary = {
  id: 'dang-ky-ho-kinh-doanh',
  code: '2.000720',
  name: text('Đăng ký thành lập hộ kinh doanh', 'Household business registration'),
  field: { id: 'thanh-lap-doanh-nghiep', name: text('Thành lập và hoạt động của hộ kinh doanh', 'Household businesses') },
  level: 'district',
  agency: { id: 'bp-mot-cua-tp-dbp', name: text('UBND thành phố Điện Biên Phủ — Bộ phận Một cửa', 'Dien Bien Phu City one-stop desk') },
  processingDays: 3,
  feeVnd: 100000,
  applicantTypes: ['citizen', 'business'],
  onlineLevel: 'full',
};

export const HOUSEHOLD_DETAIL: ProcedureDetail = {
  ...HOUSEHOLD_SUMMARY,
  summary: text('Đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp huyện.', 'Register a household business.'),
  feeNote: null,
  legalBasis: [text('Nghị định 01/2021/NĐ-CP', 'Decree 01/2021/ND-CP')],
  resultDelivery: 'electronic',
  resultName: text('Giấy chứng nhận đăng ký hộ kinh doanh', 'Household business registration certificate'),
  requiredDocuments: [
    { id: 'giay-de-nghi', name: text('Giấy đề nghị đăng ký hộ kinh doanh', 'Application form'), required: true, copies: 1, template: text('Mẫu Phụ lục III-1', 'Form III-1') },
    { id: 'hop-dong-thue', name: text('Hợp đồng thuê địa điểm', 'Lease'), required: false, copies: 1, template: null },
  ],
  form: HOUSEHOLD_FORM,
  agencyDetail: {
    id: 'bp-mot-cua-tp-dbp',
    codePrefix: 'H40.25',
    name: HOUSEHOLD_SUMMARY.agency.name,
    level: 'district',
    address: 'Số 1 đường Võ Nguyên Giáp, TP Điện Biên Phủ',
    phone: '0215 3825 123',
    hours: text('Thứ Hai–Thứ Sáu, 7:30–17:00', 'Mon–Fri, 7:30–17:00'),
  },
};

/** A draft of the household registration as the API answers it, pre-filled from the business account. */
export function draftDossier(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    id: '0b9c3f7e-1111-4222-8333-444455556666',
    code: null,
    status: 'draft',
    procedure: { id: HOUSEHOLD_DETAIL.id, code: HOUSEHOLD_DETAIL.code, name: HOUSEHOLD_DETAIL.name },
    agency: HOUSEHOLD_SUMMARY.agency,
    applicantName: 'Lò Văn Bình',
    applicantType: 'business',
    orgName: 'Công ty TNHH Hoa Ban Điện Biên',
    submittedAt: null,
    appointmentAt: null,
    overdue: false,
    handlerName: null,
    updatedAt: '2026-11-30T01:00:00.000Z',
    applicantIdNumber: '001090000004',
    orgTaxCode: '5600123456',
    form: { ownerName: 'Lò Văn Bình', nationalId: '001090000004' },
    procedureForm: HOUSEHOLD_FORM,
    requiredDocuments: HOUSEHOLD_DETAIL.requiredDocuments,
    attachments: [],
    supplementRequests: [],
    apologyLetters: [],
    timeline: [],
    payment: { feeVnd: 100000, status: 'due', provider: null, instructions: null, reference: null, paidAt: null },
    receivedAt: null,
    pausedAt: null,
    reason: null,
    result: null,
    version: 1,
    can: { applicant: ['edit', 'attach', 'submit', 'delete'], office: [] },
    ...overrides,
  };
}
