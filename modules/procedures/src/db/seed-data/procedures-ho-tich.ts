import { applicantFields, contactFields, document, field, GENDER_OPTIONS, option, pledgeField, RELATIONSHIP_OPTIONS, required, t, type ProcedureSeed } from './form-parts.js';

/** Civil status (hộ tịch) at the ward: births, deaths, copies of extracts. Luật Hộ tịch 2014 and its decrees. */

const HO_TICH_LAW = [
  t('Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014', 'Law on Civil Status No. 60/2014/QH13 of 20 November 2014'),
  t('Nghị định 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', 'Decree 123/2015/ND-CP detailing the Law on Civil Status'),
  t('Thông tư 04/2020/TT-BTP quy định chi tiết thi hành Luật Hộ tịch và Nghị định 123/2015/NĐ-CP', 'Circular 04/2020/TT-BTP guiding the Law on Civil Status'),
];

export const HO_TICH_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'dang-ky-khai-sinh',
    code: '1.001193',
    nameVi: 'Đăng ký khai sinh',
    nameEn: 'Birth registration',
    fieldId: 'ho-tich',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 1,
    feeVnd: 0,
    feeNote: t('Miễn lệ phí đăng ký khai sinh đúng hạn.', 'No fee for a birth registered within 60 days.'),
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Giấy khai sinh (bản điện tử)', 'Birth certificate (electronic copy)'),
    summary: t(
      'Cha, mẹ hoặc người thân khai sinh cho trẻ trong 60 ngày kể từ ngày sinh. Trẻ được cấp số định danh cá nhân cùng lúc.',
      'A parent or relative registers a child’s birth within 60 days; the child receives a personal identification number at the same time.',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai đăng ký khai sinh', 'Birth registration declaration'), { template: t('Mẫu tờ khai đăng ký khai sinh', 'Birth registration declaration form') }),
      document('giay-chung-sinh', t('Giấy chứng sinh (hoặc văn bản của người làm chứng xác nhận việc sinh)', 'Birth notice from the hospital (or a witness statement)')),
      document('giay-uy-quyen', t('Văn bản ủy quyền có chứng thực (khi nộp thay)', 'Certified authorisation (when filing for someone else)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'requester', title: t('Người đi khai sinh', 'Person registering'), fields: [...applicantFields(), required('relationship', 'select', t('Quan hệ với trẻ', 'Relationship to the child'), { options: RELATIONSHIP_OPTIONS.filter((o) => o.value !== 'self') }), ...contactFields()] },
        {
          id: 'child',
          title: t('Người được khai sinh', 'The child'),
          fields: [
            required('childName', 'text', t('Họ, chữ đệm, tên', 'Full name'), { minLength: 2, maxLength: 100 }),
            required('childGender', 'radio', t('Giới tính', 'Sex'), { options: GENDER_OPTIONS }),
            required('childBirthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { minDate: '1900-01-01', maxDate: 'today' }),
            required('birthPlace', 'text', t('Nơi sinh (tên cơ sở y tế hoặc địa chỉ)', 'Place of birth (hospital or address)'), { maxLength: 200 }),
            required('ethnicity', 'text', t('Dân tộc', 'Ethnicity'), { maxLength: 50, help: t('Ví dụ: Kinh, Thái, Mông, Khơ Mú…', 'For example: Kinh, Thái, Mông, Khơ Mú…') }),
            required('nationality', 'text', t('Quốc tịch', 'Nationality'), { maxLength: 50 }),
          ],
        },
        {
          id: 'parents',
          title: t('Cha, mẹ của trẻ', 'Parents'),
          fields: [
            required('motherName', 'text', t('Họ, chữ đệm, tên người mẹ', 'Mother’s full name'), { maxLength: 100 }),
            required('motherIdNumber', 'national_id', t('Số định danh cá nhân của người mẹ', 'Mother’s personal ID number')),
            required('fatherKnown', 'radio', t('Đã xác định được cha của trẻ', 'The father is known'), { options: [option('yes', 'Có', 'Yes'), option('no', 'Chưa', 'Not yet')] }),
            required('fatherName', 'text', t('Họ, chữ đệm, tên người cha', 'Father’s full name'), { maxLength: 100, visibleWhen: { field: 'fatherKnown', equals: ['yes'] } }),
            required('fatherIdNumber', 'national_id', t('Số định danh cá nhân của người cha', 'Father’s personal ID number'), { visibleWhen: { field: 'fatherKnown', equals: ['yes'] } }),
            field('parentsMarried', 'checkbox', t('Cha, mẹ đã đăng ký kết hôn', 'The parents are married'), { visibleWhen: { field: 'fatherKnown', equals: ['yes'] } }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
  {
    id: 'dang-ky-khai-tu',
    code: '1.000656',
    nameVi: 'Đăng ký khai tử',
    nameEn: 'Death registration',
    fieldId: 'ho-tich',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 1,
    feeVnd: 0,
    feeNote: t('Miễn lệ phí đăng ký khai tử đúng hạn.', 'No fee for a death registered within 15 days.'),
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Trích lục khai tử (bản điện tử)', 'Death certificate extract (electronic copy)'),
    summary: t(
      'Vợ, chồng, con, cha, mẹ hoặc người thân thích khai tử trong 15 ngày kể từ ngày người thân mất.',
      'A spouse, child, parent or other relative registers the death within 15 days.',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai đăng ký khai tử', 'Death registration declaration'), { template: t('Mẫu tờ khai đăng ký khai tử', 'Death registration declaration form') }),
      document('giay-bao-tu', t('Giấy báo tử hoặc giấy tờ thay giấy báo tử', 'Death notice or an equivalent document')),
    ],
    form: {
      sections: [
        { id: 'requester', title: t('Người đi khai tử', 'Person registering'), fields: [...applicantFields(), required('relationship', 'select', t('Quan hệ với người đã mất', 'Relationship to the deceased'), { options: RELATIONSHIP_OPTIONS.filter((o) => o.value !== 'self') }), ...contactFields()] },
        {
          id: 'deceased',
          title: t('Người đã mất', 'The deceased'),
          fields: [
            required('deceasedName', 'text', t('Họ, chữ đệm, tên', 'Full name'), { maxLength: 100 }),
            required('deceasedIdNumber', 'national_id', t('Số định danh cá nhân', 'Personal ID number')),
            required('deceasedBirthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { minDate: '1900-01-01', maxDate: 'today' }),
            required('deathDate', 'date', t('Ngày mất', 'Date of death'), { minDate: '1900-01-01', maxDate: 'today' }),
            required('deathPlace', 'text', t('Nơi chết', 'Place of death'), { maxLength: 200 }),
            required('deathCause', 'select', t('Nguyên nhân chết', 'Cause of death'), {
              options: [option('illness', 'Bệnh', 'Illness'), option('old-age', 'Già yếu', 'Old age'), option('accident', 'Tai nạn', 'Accident'), option('other', 'Khác', 'Other')],
            }),
            required('deathCauseOther', 'text', t('Ghi rõ nguyên nhân', 'Describe the cause'), { maxLength: 200, visibleWhen: { field: 'deathCause', equals: ['other'] } }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
  {
    id: 'cap-ban-sao-trich-luc-ho-tich',
    code: '2.000635',
    nameVi: 'Cấp bản sao trích lục hộ tịch',
    nameEn: 'Copy of a civil status extract',
    fieldId: 'ho-tich',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 1,
    feeVnd: 8000,
    feeNote: t('8.000 đồng mỗi bản sao trích lục (Thông tư 281/2016/TT-BTC).', '8,000 đồng per copy (Circular 281/2016/TT-BTC).'),
    legalBasis: [...HO_TICH_LAW, t('Thông tư 281/2016/TT-BTC về phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch', 'Circular 281/2016/TT-BTC on fees for civil status records')],
    applicantTypes: ['citizen'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Bản sao trích lục hộ tịch', 'Copy of the civil status extract'),
    summary: t(
      'Cấp bản sao trích lục khai sinh, kết hôn, khai tử… đã đăng ký tại UBND phường cho chính người đó hoặc người thân.',
      'Copies of birth, marriage or death extracts registered at the ward, for the person concerned or a relative.',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai cấp bản sao trích lục hộ tịch', 'Request for a copy of a civil status extract'), { template: t('Mẫu tờ khai cấp bản sao trích lục', 'Extract copy request form') }),
    ],
    form: {
      sections: [
        { id: 'requester', title: t('Người yêu cầu', 'Applicant'), fields: [...applicantFields(), required('relationship', 'select', t('Quan hệ với người được cấp', 'Relationship to the person named'), { options: RELATIONSHIP_OPTIONS }), ...contactFields()] },
        {
          id: 'record',
          title: t('Sự kiện hộ tịch', 'The record'),
          fields: [
            required('eventType', 'select', t('Loại trích lục', 'Kind of extract'), {
              options: [option('birth', 'Khai sinh', 'Birth'), option('marriage', 'Kết hôn', 'Marriage'), option('death', 'Khai tử', 'Death')],
            }),
            required('personName', 'text', t('Họ, chữ đệm, tên người được cấp', 'Full name of the person named'), { maxLength: 100 }),
            field('registrationNumber', 'text', t('Số đăng ký (nếu biết)', 'Registration number (if known)'), {
              pattern: '[0-9]{1,6}(/[0-9]{4})?',
              patternMessage: t('Số đăng ký gồm tối đa 6 chữ số, có thể kèm năm: 125/2019.', 'Up to 6 digits, optionally with the year: 125/2019.'),
            }),
            required('registeredOn', 'date', t('Ngày đăng ký', 'Date registered'), { minDate: '1945-09-02', maxDate: 'today' }),
            required('copies', 'number', t('Số bản sao', 'Number of copies'), { integer: true, min: 1, max: 10 }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
];
