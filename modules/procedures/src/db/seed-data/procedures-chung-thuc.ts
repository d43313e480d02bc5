import { applicantFields, contactFields, document, field, option, pledgeField, required, t, type ProcedureSeed } from './form-parts.js';

/** Certification (chứng thực) at the ward office: copies from originals, and signatures. */

export const CHUNG_THUC_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'chung-thuc-ban-sao-tu-ban-chinh',
    code: '2.000815',
    nameVi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
    nameEn: 'Certified copy from an original issued by a Vietnamese authority',
    fieldId: 'chung-thuc',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 1,
    feeVnd: 2000,
    feeNote: t(
      '2.000 đồng/trang cho trang 1 và 2; từ trang thứ 3: 1.000 đồng/trang; tối đa 200.000 đồng/bản. Số tiền cuối cùng tính theo số trang thực tế.',
      '2,000 đồng per page for pages 1–2, 1,000 đồng per further page, at most 200,000 đồng per copy; the final amount follows the real page count.',
    ),
    legalBasis: [
      t('Nghị định 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký', 'Decree 23/2015/ND-CP on copies and certification'),
      t('Thông tư 01/2020/TT-BTP hướng dẫn Nghị định 23/2015/NĐ-CP', 'Circular 01/2020/TT-BTP guiding Decree 23/2015/ND-CP'),
      t('Thông tư 226/2016/TT-BTC về phí chứng thực', 'Circular 226/2016/TT-BTC on certification fees'),
    ],
    applicantTypes: ['citizen', 'business'],
    onlineLevel: 'partial',
    resultDelivery: 'counter',
    resultName: t('Bản sao có chứng thực', 'Certified copy'),
    summary: t(
      'Đăng ký trước trực tuyến; mang bản chính đến Bộ phận Một cửa UBND phường để đối chiếu và nhận bản sao có chứng thực trong ngày.',
      'Book online, then bring the original to the ward one-stop desk for comparison and collect the certified copies the same day.',
    ),
    requiredDocuments: [
      document('ban-chinh', t('Ảnh chụp bản chính giấy tờ cần chứng thực (mang bản chính khi đến nhận)', 'Photo of the original (bring the original when you collect)')),
    ],
    form: {
      sections: [
        { id: 'applicant', title: t('Người yêu cầu chứng thực', 'Applicant'), fields: [...applicantFields(), ...contactFields()] },
        {
          id: 'organisation',
          title: t('Tổ chức yêu cầu (nếu nộp cho doanh nghiệp)', 'Organisation (when filing for an enterprise)'),
          fields: [
            field('orgName', 'text', t('Tên tổ chức', 'Organisation name'), { prefill: 'org_name', maxLength: 200 }),
            field('orgTaxCode', 'tax_code', t('Mã số thuế', 'Tax code'), { prefill: 'org_tax_code' }),
          ],
        },
        {
          id: 'document',
          title: t('Giấy tờ cần chứng thực', 'Document to certify'),
          fields: [
            required('documentKind', 'select', t('Loại giấy tờ', 'Kind of document'), {
              options: [
                option('identity', 'Thẻ căn cước, hộ chiếu', 'ID card, passport'),
                option('diploma', 'Văn bằng, chứng chỉ, học bạ', 'Diploma, certificate, school record'),
                option('civil-status', 'Giấy khai sinh, giấy chứng nhận kết hôn', 'Birth or marriage certificate'),
                option('property', 'Giấy chứng nhận quyền sử dụng đất, đăng ký xe', 'Land certificate, vehicle registration'),
                option('other', 'Giấy tờ khác', 'Other document'),
              ],
            }),
            required('documentName', 'text', t('Tên giấy tờ', 'Name of the document'), { maxLength: 200, visibleWhen: { field: 'documentKind', equals: ['other'] } }),
            required('pages', 'number', t('Số trang của bản chính', 'Pages of the original'), { integer: true, min: 1, max: 500 }),
            required('copies', 'number', t('Số bản sao cần chứng thực', 'Certified copies needed'), { integer: true, min: 1, max: 50 }),
            required('pickupDate', 'date', t('Ngày dự kiến đến đối chiếu và nhận', 'Day you will come to compare and collect'), { minDate: 'today' }),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
  {
    id: 'chung-thuc-chu-ky',
    code: '2.000884',
    nameVi: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    nameEn: 'Certification of a signature on a paper or document',
    fieldId: 'chung-thuc',
    level: 'commune',
    agencyId: 'ubnd-phuong-him-lam',
    processingDays: 1,
    feeVnd: 10000,
    feeNote: t('10.000 đồng mỗi trường hợp (Thông tư 226/2016/TT-BTC).', '10,000 đồng per signature certified (Circular 226/2016/TT-BTC).'),
    legalBasis: [
      t('Nghị định 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký', 'Decree 23/2015/ND-CP on copies and certification'),
      t('Thông tư 226/2016/TT-BTC về phí chứng thực', 'Circular 226/2016/TT-BTC on certification fees'),
    ],
    applicantTypes: ['citizen'],
    onlineLevel: 'partial',
    resultDelivery: 'counter',
    resultName: t('Giấy tờ, văn bản đã chứng thực chữ ký', 'Document with the signature certified'),
    summary: t(
      'Người ký phải ký trước mặt người thực hiện chứng thực: đăng ký trực tuyến, rồi mang giấy tờ chưa ký đến UBND phường vào ngày đã chọn.',
      'The signer must sign in front of the certifying officer: book online, then bring the unsigned paper to the ward office on the chosen day.',
    ),
    requiredDocuments: [
      document('van-ban', t('Bản chụp giấy tờ, văn bản sẽ ký (mang bản giấy chưa ký khi đến)', 'Scan of the paper to be signed (bring it unsigned)')),
    ],
    form: {
      sections: [
        { id: 'signer', title: t('Người ký', 'Signer'), fields: [...applicantFields(), ...contactFields()] },
        {
          id: 'paper',
          title: t('Giấy tờ cần chứng thực chữ ký', 'The paper'),
          fields: [
            required('paperKind', 'select', t('Loại giấy tờ', 'Kind of paper'), {
              options: [
                option('declaration', 'Giấy cam kết, bản khai cá nhân', 'Personal declaration or undertaking'),
                option('authorisation', 'Giấy ủy quyền (không có thù lao, không chuyển quyền sở hữu)', 'Authorisation (unpaid, no transfer of property)'),
                option('application', 'Đơn, tờ khai gửi cơ quan nhà nước', 'Application to a state body'),
                option('other', 'Giấy tờ khác', 'Other paper'),
              ],
            }),
            required('paperTitle', 'text', t('Tên giấy tờ', 'Title of the paper'), { maxLength: 200 }),
            required('signatures', 'number', t('Số chữ ký cần chứng thực', 'Signatures to certify'), { integer: true, min: 1, max: 20 }),
            required('appointmentDate', 'date', t('Ngày đến ký', 'Day you will come to sign'), { minDate: 'today' }),
            field('needsInterpreter', 'checkbox', t('Người ký không thông thạo tiếng Việt, cần người phiên dịch', 'The signer needs an interpreter')),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
];
