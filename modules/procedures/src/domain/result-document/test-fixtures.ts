import type { AgencyRow, DossierRow, ProcedureRow } from '../../db/schema.js';

/**
 * Rows for the result-document tests (and the public routes' tests): the city's one-stop desk, a business
 * household registration with a conditional field, and an approved dossier of the demo enterprise.
 */

export const AGENCY: AgencyRow = {
  id: 'bp-mot-cua-tp-dbp',
  codePrefix: 'H40.25',
  nameVi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa',
  nameEn: 'Điện Biên Phủ City People’s Committee — One-stop desk',
  level: 'district',
  address: 'Số 2, đường Hoàng Văn Thái, phường Mường Thanh, thành phố Điện Biên Phủ',
  phone: '0215 3825 123',
  hoursVi: 'Thứ Hai – Thứ Sáu, 7:30 – 11:30 và 13:30 – 17:00',
  hoursEn: 'Monday – Friday, 7:30 – 11:30 and 13:30 – 17:00',
};

export const PROCEDURE: ProcedureRow = {
  id: 'dang-ky-ho-kinh-doanh',
  code: '1.001612',
  nameVi: 'Đăng ký thành lập hộ kinh doanh',
  nameEn: 'Business household registration',
  fieldId: 'thanh-lap-doanh-nghiep',
  level: 'district',
  agencyId: AGENCY.id,
  processingDays: 3,
  feeVnd: 100_000,
  feeNote: null,
  legalBasis: [{ vi: 'Nghị định 01/2021/NĐ-CP', en: 'Decree 01/2021/ND-CP' }],
  applicantTypes: ['citizen', 'business'],
  onlineLevel: 'full',
  resultDelivery: 'electronic',
  resultName: { vi: 'Giấy chứng nhận đăng ký hộ kinh doanh', en: 'Business household registration certificate' },
  summary: { vi: 'Đăng ký hộ kinh doanh mới.', en: 'Register a new business household.' },
  requiredDocuments: [
    { id: 'to-khai', name: { vi: 'Giấy đề nghị đăng ký hộ kinh doanh', en: 'Application form' }, required: true, copies: 1, template: { vi: 'Giấy đề nghị đăng ký hộ kinh doanh', en: 'Business household registration application' } },
    { id: 'cccd', name: { vi: 'Bản sao căn cước công dân', en: 'Copy of the identity card' }, required: true, copies: 1, template: null },
  ],
  form: {
    sections: [
      {
        id: 'ho-kinh-doanh',
        title: { vi: 'Thông tin hộ kinh doanh', en: 'Business household' },
        fields: [
          { id: 'representative', type: 'text', label: { vi: 'Người đại diện', en: 'Representative' }, required: true, prefill: 'name' },
          { id: 'phone', type: 'phone', label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone' }, required: true },
          { id: 'businessName', type: 'text', label: { vi: 'Tên hộ kinh doanh', en: 'Business name' }, required: true },
          { id: 'businessLine', type: 'textarea', label: { vi: 'Ngành, nghề kinh doanh', en: 'Business lines' }, required: true },
          { id: 'capitalVnd', type: 'number', label: { vi: 'Vốn kinh doanh (đồng)', en: 'Capital (VND)' }, required: true },
          {
            id: 'premises',
            type: 'radio',
            label: { vi: 'Địa điểm kinh doanh', en: 'Premises' },
            required: true,
            options: [
              { value: 'owned', label: { vi: 'Nhà riêng', en: 'Own house' } },
              { value: 'rented', label: { vi: 'Nhà thuê', en: 'Rented' } },
            ],
          },
          { id: 'leaseEnds', type: 'date', label: { vi: 'Ngày hết hạn hợp đồng thuê', en: 'Lease ends' }, required: false, visibleWhen: { field: 'premises', equals: ['rented'] } },
          { id: 'startDate', type: 'date', label: { vi: 'Ngày bắt đầu kinh doanh', en: 'Start date' }, required: false },
          { id: 'declaration', type: 'checkbox', label: { vi: 'Tôi cam kết những thông tin trên là đúng sự thật', en: 'I certify the above is true' }, required: true },
        ],
      },
    ],
  },
  active: true,
  displayOrder: 1,
};

export const ISSUED_AT = new Date('2026-11-30T03:15:00.000Z');

export const DOSSIER: DossierRow = {
  id: '5b0f8a55-2a3d-4a8e-9d4c-7f1b2c3d4e5f',
  code: 'H40.25-261125-0007',
  procedureId: PROCEDURE.id,
  agencyId: AGENCY.id,
  status: 'approved',
  applicantSub: 'business-rep-4',
  applicantType: 'business',
  applicantName: 'Lò Văn Hùng',
  applicantIdNumber: '5600123456',
  orgTaxCode: '5600123456',
  orgName: 'Công ty TNHH Hoa Ban Điện Biên',
  form: {
    representative: 'Lò Văn Hùng',
    phone: '0912345604',
    businessName: 'Hộ kinh doanh Quán phở Hoa Ban',
    businessLine: 'Dịch vụ ăn uống: phở, bún, cơm bình dân',
    capitalVnd: 150_000_000,
    premises: 'owned',
    leaseEnds: '2030-01-01',
    startDate: '2026-12-01',
    declaration: true,
  },
  feeVnd: 100_000,
  feeStatus: 'paid',
  paymentProvider: 'counter',
  paymentReference: 'BL-0001',
  paidAt: new Date('2026-11-26T02:00:00.000Z'),
  submittedAt: new Date('2026-11-25T02:00:00.000Z'),
  receivedAt: new Date('2026-11-25T03:00:00.000Z'),
  appointmentAt: new Date('2026-11-28T10:00:00.000Z'),
  pausedAt: null,
  handlerSub: null,
  handlerName: null,
  reason: null,
  decidedAt: new Date('2026-11-27T03:00:00.000Z'),
  resultFileKey: null,
  resultSha256: null,
  verificationCode: null,
  resultIssuedAt: null,
  returnedAt: null,
  version: 4,
  createdAt: new Date('2026-11-24T02:00:00.000Z'),
  updatedAt: new Date('2026-11-27T03:00:00.000Z'),
};
