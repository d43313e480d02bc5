import type { DossierDetail, DossierSummary } from '../../contract/schemas.js';

/** Dossiers as the API answers them, for the desk page tests (values like the seed's). */
export function summary(overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: '4b8e2c5a-0d1f-4c7e-9a55-7c3b2f0e1a01',
    code: 'H40.25-261125-0001',
    status: 'submitted',
    procedure: { id: 'dang-ky-ho-kinh-doanh', code: '2.000720', name: { vi: 'Đăng ký hộ kinh doanh', en: 'Business household registration' } },
    agency: { id: 'bp-mot-cua-tp-dbp', name: { vi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa', en: 'Dien Bien Phu City — One-stop desk' } },
    applicantName: 'Lò Văn Khánh',
    applicantType: 'business',
    orgName: 'Công ty TNHH Hoa Ban Điện Biên',
    submittedAt: '2026-11-25T02:00:00.000Z',
    appointmentAt: '2026-12-02T10:00:00.000Z',
    overdue: false,
    handlerName: null,
    updatedAt: '2026-11-25T02:00:00.000Z',
    ...overrides,
  };
}

export function detail(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    ...summary(),
    status: 'processing',
    applicantIdNumber: '001090000004',
    orgTaxCode: '5600123456',
    form: { businessName: 'Hộ kinh doanh Hoa Ban', capitalVnd: 50000000, hasPremises: true, startDate: '2026-12-15', sector: 'food' },
    procedureForm: {
      sections: [
        {
          id: 'business',
          title: { vi: 'Thông tin hộ kinh doanh', en: 'The household business' },
          fields: [
            { id: 'businessName', type: 'text', label: { vi: 'Tên hộ kinh doanh', en: 'Business name' }, required: true },
            { id: 'capitalVnd', type: 'number', label: { vi: 'Vốn kinh doanh (đồng)', en: 'Capital (VND)' }, required: true },
            { id: 'hasPremises', type: 'checkbox', label: { vi: 'Có địa điểm kinh doanh', en: 'Has premises' }, required: false },
            { id: 'startDate', type: 'date', label: { vi: 'Ngày bắt đầu', en: 'Start date' }, required: false },
            {
              id: 'sector',
              type: 'select',
              label: { vi: 'Ngành nghề', en: 'Sector' },
              required: true,
              options: [{ value: 'food', label: { vi: 'Ăn uống', en: 'Food and drink' } }],
            },
            {
              id: 'premisesOwner',
              type: 'text',
              label: { vi: 'Chủ sở hữu địa điểm', en: 'Premises owner' },
              required: false,
              visibleWhen: { field: 'hasPremises', equals: [false] },
            },
          ],
        },
      ],
    },
    requiredDocuments: [
      { id: 'giay-de-nghi', name: { vi: 'Giấy đề nghị đăng ký hộ kinh doanh', en: 'Registration request' }, required: true, copies: 1, template: null },
      { id: 'hop-dong-thue', name: { vi: 'Hợp đồng thuê địa điểm', en: 'Premises lease' }, required: false, copies: 1, template: null },
    ],
    attachments: [
      {
        id: 'f1',
        documentId: 'giay-de-nghi',
        supplementRequestId: null,
        fileName: 'giay-de-nghi.pdf',
        mediaType: 'application/pdf',
        size: 1_572_864,
        uploadedAt: '2026-11-25T01:50:00.000Z',
        url: '/api/procedures/dossiers/4b8e2c5a-0d1f-4c7e-9a55-7c3b2f0e1a01/files/f1',
      },
    ],
    supplementRequests: [],
    apologyLetters: [],
    timeline: [
      { id: 1, at: '2026-11-25T02:00:00.000Z', kind: 'submitted', visibility: 'applicant', actorName: 'Lò Văn Khánh', fromStatus: 'draft', toStatus: 'submitted', text: null, data: {} },
      { id: 2, at: '2026-11-25T03:00:00.000Z', kind: 'received', visibility: 'applicant', actorName: 'Cầm Văn Sơn', fromStatus: 'submitted', toStatus: 'processing', text: null, data: {} },
      { id: 3, at: '2026-11-25T03:05:00.000Z', kind: 'assigned', visibility: 'internal', actorName: 'Cầm Văn Sơn', fromStatus: 'processing', toStatus: 'processing', text: 'Giao Cầm Văn Sơn', data: {} },
    ],
    payment: { feeVnd: 100000, status: 'due', provider: 'counter', instructions: null, reference: null, paidAt: null },
    receivedAt: '2026-11-25T03:00:00.000Z',
    pausedAt: null,
    reason: null,
    result: null,
    version: 3,
    can: { applicant: [], office: ['assign', 'request_supplement', 'approve', 'deny', 'confirm_payment'] },
    ...overrides,
  };
}
