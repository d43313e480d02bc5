import { applicantFields, contactFields, document, field, option, pledgeField, required, t, type ProcedureSeed } from './form-parts.js';

/** Residence (cư trú) at the ward police: confirming it, and registering a permanent residence. */

export const CU_TRU_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'xac-nhan-thong-tin-cu-tru',
    code: '1.004194',
    nameVi: 'Xác nhận thông tin về cư trú',
    nameEn: 'Residence information confirmation',
    fieldId: 'cu-tru',
    level: 'commune',
    agencyId: 'cong-an-phuong-him-lam',
    processingDays: 1,
    feeVnd: 0,
    feeNote: null,
    legalBasis: [
      t('Luật Cư trú số 68/2020/QH14', 'Law on Residence No. 68/2020/QH14'),
      t('Nghị định 62/2021/NĐ-CP quy định chi tiết một số điều của Luật Cư trú', 'Decree 62/2021/ND-CP detailing the Law on Residence'),
      t('Thông tư 55/2021/TT-BCA quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', 'Circular 55/2021/TT-BCA guiding the Law on Residence'),
    ],
    applicantTypes: ['citizen'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Văn bản xác nhận thông tin về cư trú', 'Confirmation of residence information'),
    summary: t(
      'Xác nhận nơi thường trú, tạm trú, thời gian sinh sống và các thông tin cư trú khác có trong Cơ sở dữ liệu về cư trú. Văn bản có giá trị 1 năm (tạm trú: 30 ngày).',
      'Confirms permanent or temporary residence, time lived there and other residence data from the national residence database. Valid 1 year (temporary residence: 30 days).',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 'Residence information declaration (form CT01)'), { template: t('Mẫu CT01', 'Form CT01') }),
    ],
    form: {
      sections: [
        { id: 'applicant', title: t('Người đề nghị', 'Applicant'), fields: [...applicantFields(), ...contactFields()] },
        {
          id: 'request',
          title: t('Nội dung đề nghị xác nhận', 'What to confirm'),
          fields: [
            required('residenceType', 'radio', t('Loại cư trú', 'Kind of residence'), {
              options: [option('permanent', 'Thường trú', 'Permanent'), option('temporary', 'Tạm trú', 'Temporary'), option('history', 'Quá trình cư trú', 'Residence history')],
            }),
            required('historyFrom', 'date', t('Xác nhận từ ngày', 'Confirm from'), { minDate: '1955-01-01', maxDate: 'today', visibleWhen: { field: 'residenceType', equals: ['history'] } }),
            required('purpose', 'textarea', t('Mục đích sử dụng', 'Purpose'), { minLength: 5, maxLength: 500, help: t('Ví dụ: bổ sung hồ sơ nhập học cho con.', 'For example: a school enrolment file.') }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
  {
    id: 'dang-ky-thuong-tru',
    code: '1.004222',
    nameVi: 'Đăng ký thường trú',
    nameEn: 'Permanent residence registration',
    fieldId: 'cu-tru',
    level: 'commune',
    agencyId: 'cong-an-phuong-him-lam',
    processingDays: 7,
    feeVnd: 10000,
    feeNote: t(
      'Lệ phí 20.000 đồng khi nộp tại quầy; nộp trực tuyến 10.000 đồng (Thông tư 75/2022/TT-BTC). Miễn cho các trường hợp luật định.',
      '20,000 đồng at the counter, 10,000 đồng online (Circular 75/2022/TT-BTC); exemptions as the law provides.',
    ),
    legalBasis: [
      t('Luật Cư trú số 68/2020/QH14', 'Law on Residence No. 68/2020/QH14'),
      t('Nghị định 154/2024/NĐ-CP quy định chi tiết một số điều của Luật Cư trú', 'Decree 154/2024/ND-CP detailing the Law on Residence'),
      t('Thông tư 75/2022/TT-BTC về lệ phí đăng ký cư trú', 'Circular 75/2022/TT-BTC on residence registration fees'),
    ],
    applicantTypes: ['citizen'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Thông báo kết quả đăng ký thường trú', 'Notice of permanent residence registration'),
    summary: t(
      'Đăng ký nơi thường trú mới tại chỗ ở hợp pháp (nhà của mình, nhà thuê, mượn hoặc ở nhờ người thân). Thông tin được cập nhật vào Cơ sở dữ liệu về cư trú; không cấp sổ hộ khẩu giấy.',
      'Register a new permanent address at a lawful residence (own, rented, borrowed or a relative’s home). The residence database is updated; no paper household book is issued.',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 'Residence information declaration (form CT01)'), { template: t('Mẫu CT01', 'Form CT01') }),
      document('cho-o-hop-phap', t('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Proof of a lawful residence (title, lease or loan contract)')),
      document('dong-y-chu-ho', t('Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở (khi ở nhờ, thuê, mượn)', 'Consent of the head of household or owner (when staying with, renting or borrowing)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'applicant', title: t('Người đăng ký', 'Applicant'), fields: [...applicantFields(), ...contactFields()] },
        {
          id: 'residence',
          title: t('Nơi đăng ký thường trú', 'The new residence'),
          fields: [
            required('newAddress', 'text', t('Địa chỉ nơi đăng ký thường trú', 'Address of the new residence'), { maxLength: 300 }),
            required('housing', 'select', t('Chỗ ở thuộc', 'The home is'), {
              options: [
                option('own', 'Nhà thuộc sở hữu của người đăng ký', 'Owned by the applicant'),
                option('relative', 'Nhà của người thân (ở nhờ, về ở với gia đình)', 'A relative’s home'),
                option('rented', 'Nhà thuê, mượn', 'Rented or borrowed'),
              ],
            }),
            required('hostName', 'text', t('Họ tên chủ hộ / chủ sở hữu', 'Name of the head of household / owner'), { maxLength: 100, visibleWhen: { field: 'housing', equals: ['relative', 'rented'] } }),
            required('hostIdNumber', 'national_id', t('Số định danh cá nhân của chủ hộ / chủ sở hữu', 'Personal ID number of the head of household / owner'), { visibleWhen: { field: 'housing', equals: ['relative', 'rented'] } }),
            required('hostRelationship', 'text', t('Quan hệ với chủ hộ', 'Relationship to the head of household'), { maxLength: 50, visibleWhen: { field: 'housing', equals: ['relative'] } }),
            required('floorArea', 'number', t('Diện tích sàn nhà thuê, mượn (m²)', 'Floor area of the rented home (m²)'), { min: 8, max: 10000, visibleWhen: { field: 'housing', equals: ['rented'] }, help: t('Tối thiểu 8 m² sàn mỗi người theo quy định của HĐND tỉnh.', 'At least 8 m² of floor per person as the province requires.') }),
            required('previousAddress', 'text', t('Nơi thường trú trước khi chuyển đến', 'Previous permanent address'), { maxLength: 300 }),
            field('movingMembers', 'textarea', t('Thành viên cùng chuyển đến (họ tên, số định danh, quan hệ)', 'Members moving too (name, ID number, relationship)'), { maxLength: 2000 }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
];
