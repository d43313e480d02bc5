import { applicantFields, contactFields, document, field, option, pledgeField, required, t, type ProcedureSeed } from './form-parts.js';
import type { FormField } from '../../contract/form-schema.js';

/** Marriage at the ward: registering it, and the marital status certificate people need first. */

const LAW = [
  t('Luật Hôn nhân và gia đình số 52/2014/QH13', 'Law on Marriage and Family No. 52/2014/QH13'),
  t('Luật Hộ tịch số 60/2014/QH13', 'Law on Civil Status No. 60/2014/QH13'),
  t('Nghị định 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', 'Decree 123/2015/ND-CP detailing the Law on Civil Status'),
];

const MARITAL_STATUS = [
  option('single', 'Chưa đăng ký kết hôn với ai', 'Never married'),
  option('divorced', 'Đã ly hôn', 'Divorced'),
  option('widowed', 'Vợ/chồng đã chết', 'Widowed'),
];

/** The identity of one partner (the applicant's own details are pre-filled in the section before). */
function spouseFields(prefix: 'groom' | 'bride'): FormField[] {
  const who = prefix === 'groom' ? t('bên nam', 'the man') : t('bên nữ', 'the woman');
  return [
    required(`${prefix}Name`, 'text', t(`Họ, chữ đệm, tên ${who.vi}`, `Full name of ${who.en}`), { maxLength: 100 }),
    required(`${prefix}IdNumber`, 'national_id', t(`Số định danh cá nhân ${who.vi}`, `Personal ID number of ${who.en}`)),
    required(`${prefix}BirthDate`, 'date', t(`Ngày sinh ${who.vi}`, `Date of birth of ${who.en}`), { minDate: '1900-01-01', maxDate: 'today' }),
    required(`${prefix}Ethnicity`, 'text', t(`Dân tộc ${who.vi}`, `Ethnicity of ${who.en}`), { maxLength: 50 }),
    required(`${prefix}Address`, 'text', t(`Nơi cư trú ${who.vi}`, `Residence of ${who.en}`), { maxLength: 300 }),
  ];
}

export const HON_NHAN_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'dang-ky-ket-hon',
    code: '1.000894',
    nameVi: 'Đăng ký kết hôn',
    nameEn: 'Marriage registration',
    fieldId: 'ho-tich',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 1,
    feeVnd: 0,
    feeNote: t('Miễn lệ phí đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước.', 'No fee between Vietnamese citizens residing in Viet Nam.'),
    legalBasis: LAW,
    applicantTypes: ['citizen'],
    onlineLevel: 'partial',
    resultDelivery: 'counter',
    resultName: t('Giấy chứng nhận kết hôn', 'Marriage certificate'),
    summary: t(
      'Hai bên nộp tờ khai trực tuyến; khi nhận Giấy chứng nhận kết hôn cả hai phải có mặt tại UBND phường để ký vào Sổ hộ tịch.',
      'Both partners file online; both must come to the ward office to sign the register when the certificate is handed over.',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai đăng ký kết hôn', 'Marriage registration declaration'), { template: t('Mẫu tờ khai đăng ký kết hôn', 'Marriage registration declaration form') }),
      document('xac-nhan-hon-nhan', t('Giấy xác nhận tình trạng hôn nhân (khi một bên cư trú ở phường, xã khác)', 'Marital status certificate (when a partner lives in another ward)'), { required: false }),
      document('trich-luc-ly-hon', t('Bản sao trích lục bản án, quyết định ly hôn (nếu đã ly hôn)', 'Copy of the divorce judgement (if divorced)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'applicant', title: t('Người nộp hồ sơ (một trong hai bên)', 'Applicant (one of the partners)'), fields: [...applicantFields(), ...contactFields()] },
        { id: 'groom', title: t('Bên nam', 'The man'), fields: spouseFields('groom') },
        { id: 'bride', title: t('Bên nữ', 'The woman'), fields: spouseFields('bride') },
        {
          id: 'history',
          title: t('Hôn nhân trước đây', 'Previous marriages'),
          fields: [
            required('previouslyMarried', 'radio', t('Một trong hai bên đã từng kết hôn', 'Either partner was married before'), { options: [option('no', 'Không', 'No'), option('yes', 'Có', 'Yes')] }),
            required('divorceDecision', 'text', t('Số, ngày bản án/quyết định ly hôn', 'Number and date of the divorce judgement'), { maxLength: 200, visibleWhen: { field: 'previouslyMarried', equals: ['yes'] } }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField(), required('voluntary', 'checkbox', t('Hai bên tự nguyện kết hôn', 'Both partners marry of their own free will'))] },
      ],
    },
  },
  {
    id: 'xac-nhan-tinh-trang-hon-nhan',
    code: '1.004873',
    nameVi: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    nameEn: 'Marital status certificate',
    fieldId: 'ho-tich',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 3,
    feeVnd: 0,
    feeNote: t('Không thu lệ phí theo Nghị quyết của HĐND tỉnh Điện Biên.', 'Free under the Điện Biên People’s Council resolution.'),
    legalBasis: LAW,
    applicantTypes: ['citizen'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Giấy xác nhận tình trạng hôn nhân', 'Marital status certificate'),
    summary: t(
      'Xác nhận một người hiện chưa kết hôn, đã ly hôn hoặc góa, để đăng ký kết hôn hoặc dùng vào việc khác (vay vốn, mua bán nhà đất…). Giấy có giá trị 6 tháng.',
      'Certifies that a person is single, divorced or widowed, to marry or for other purposes (loans, property deals). Valid for 6 months.',
    ),
    requiredDocuments: [
      document('to-khai', t('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Marital status certificate request'), { template: t('Mẫu tờ khai xác nhận tình trạng hôn nhân', 'Marital status request form') }),
      document('giay-xac-nhan-cu', t('Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (nếu có)', 'The previous certificate (if any)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'applicant', title: t('Người yêu cầu xác nhận', 'Applicant'), fields: [...applicantFields(), required('gender', 'radio', t('Giới tính', 'Sex'), { options: [option('male', 'Nam', 'Male'), option('female', 'Nữ', 'Female')] }), ...contactFields()] },
        {
          id: 'status',
          title: t('Tình trạng hôn nhân', 'Marital status'),
          fields: [
            required('maritalStatus', 'select', t('Tình trạng hôn nhân hiện nay', 'Current marital status'), { options: MARITAL_STATUS }),
            required('divorceDecision', 'text', t('Số, ngày bản án/quyết định ly hôn', 'Number and date of the divorce judgement'), { maxLength: 200, visibleWhen: { field: 'maritalStatus', equals: ['divorced'] } }),
            required('purpose', 'select', t('Mục đích sử dụng', 'Purpose'), { options: [option('marriage', 'Để đăng ký kết hôn', 'To marry'), option('other', 'Mục đích khác', 'Another purpose')] }),
            required('partnerName', 'text', t('Họ, tên người dự định kết hôn', 'Name of the future spouse'), { maxLength: 100, visibleWhen: { field: 'purpose', equals: ['marriage'] } }),
            required('partnerBirthDate', 'date', t('Ngày sinh người dự định kết hôn', 'Future spouse’s date of birth'), { minDate: '1900-01-01', maxDate: 'today', visibleWhen: { field: 'purpose', equals: ['marriage'] } }),
            required('marriagePlace', 'text', t('Nơi dự định đăng ký kết hôn', 'Where the marriage will be registered'), { maxLength: 200, visibleWhen: { field: 'purpose', equals: ['marriage'] } }),
            required('otherPurpose', 'text', t('Ghi rõ mục đích', 'Describe the purpose'), { maxLength: 200, visibleWhen: { field: 'purpose', equals: ['other'] } }),
            field('copies', 'number', t('Số bản cần cấp', 'Copies needed'), { integer: true, min: 1, max: 5 }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
];

