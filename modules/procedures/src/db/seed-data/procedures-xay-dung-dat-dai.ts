import { applicantFields, contactFields, document, field, option, pledgeField, required, t, type ProcedureSeed } from './form-parts.js';

/** A building permit for a family house (the city) and the re-issue of a lost land-use certificate (the province). */

const PLOT_NUMBER = {
  pattern: '[0-9]{1,5}',
  patternMessage: t('Số thửa gồm 1 đến 5 chữ số, như in trên giấy chứng nhận.', 'The plot number has 1 to 5 digits, as printed on the certificate.'),
};
const MAP_SHEET = {
  pattern: '[0-9]{1,4}',
  patternMessage: t('Số tờ bản đồ gồm 1 đến 4 chữ số.', 'The map sheet number has 1 to 4 digits.'),
};

export const XAY_DUNG_DAT_DAI_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'cap-giay-phep-xay-dung-nha-o-rieng-le',
    code: '1.009994',
    nameVi: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    nameEn: 'Building permit for a new family house',
    fieldId: 'xay-dung',
    level: 'district',
    agencyId: 'bp-mot-cua-tp-dbp',
    processingDays: 15,
    feeVnd: 75000,
    feeNote: t('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ theo Nghị quyết của HĐND tỉnh Điện Biên.', 'Permit fee for a family house set by the Điện Biên People’s Council.'),
    legalBasis: [
      t('Luật Xây dựng số 50/2014/QH13, sửa đổi bởi Luật số 62/2020/QH14', 'Construction Law No. 50/2014/QH13, amended by Law No. 62/2020/QH14'),
      t('Nghị định 175/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng', 'Decree 175/2024/ND-CP on the management of construction activities'),
    ],
    applicantTypes: ['citizen'],
    onlineLevel: 'partial',
    resultDelivery: 'counter',
    resultName: t('Giấy phép xây dựng (kèm bản vẽ được đóng dấu)', 'Building permit (with stamped drawings)'),
    summary: t(
      'Chủ hộ xin phép xây nhà ở riêng lẻ trong đô thị. Nộp hồ sơ trực tuyến; nhận giấy phép và bộ bản vẽ có đóng dấu tại Bộ phận Một cửa.',
      'A household applies to build a family house in town. File online; collect the permit and the stamped drawings at the one-stop desk.',
    ),
    requiredDocuments: [
      document('don-de-nghi', t('Đơn đề nghị cấp giấy phép xây dựng', 'Building permit application'), { template: t('Mẫu đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ', 'Family house permit application form') }),
      document('giay-to-dat', t('Bản sao giấy tờ chứng minh quyền sử dụng đất', 'Copy of the land-use right certificate')),
      document('ban-ve', t('Bản vẽ thiết kế: mặt bằng, mặt cắt, mặt đứng, móng và đấu nối hạ tầng', 'Design drawings: plans, sections, elevations, foundations and utility connections'), { copies: 2 }),
      document('cam-ket-lien-ke', t('Bản cam kết bảo đảm an toàn công trình liền kề (nhà có tầng hầm hoặc xen kẹp)', 'Undertaking on the safety of adjoining buildings (basement or infill houses)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'owner', title: t('Chủ đầu tư', 'Owner'), fields: [...applicantFields(), ...contactFields()] },
        {
          id: 'plot',
          title: t('Thửa đất xây dựng', 'The plot'),
          fields: [
            required('plotNumber', 'text', t('Thửa đất số', 'Plot number'), PLOT_NUMBER),
            required('mapSheet', 'text', t('Tờ bản đồ số', 'Map sheet number'), MAP_SHEET),
            required('plotAddress', 'text', t('Địa chỉ thửa đất', 'Address of the plot'), { maxLength: 300 }),
            required('plotArea', 'number', t('Diện tích thửa đất (m²)', 'Plot area (m²)'), { min: 10, max: 5000 }),
          ],
        },
        {
          id: 'building',
          title: t('Công trình', 'The building'),
          fields: [
            required('footprint', 'number', t('Diện tích xây dựng tầng 1 (m²)', 'Ground floor area (m²)'), { min: 10, max: 5000 }),
            required('floors', 'number', t('Số tầng (không kể tầng hầm)', 'Floors (without basement)'), { integer: true, min: 1, max: 7 }),
            required('height', 'number', t('Chiều cao công trình (m)', 'Building height (m)'), { min: 2.5, max: 30 }),
            required('hasBasement', 'radio', t('Có tầng hầm', 'Basement'), { options: [option('no', 'Không', 'No'), option('yes', 'Có', 'Yes')] }),
            required('basementArea', 'number', t('Diện tích tầng hầm (m²)', 'Basement area (m²)'), { min: 5, max: 5000, visibleWhen: { field: 'hasBasement', equals: ['yes'] } }),
            required('designer', 'text', t('Đơn vị hoặc cá nhân thiết kế', 'Designer (firm or person)'), { maxLength: 200 }),
            required('plannedStart', 'date', t('Ngày dự kiến khởi công', 'Planned start of works'), { minDate: 'today' }),
            field('durationMonths', 'number', t('Thời gian thi công dự kiến (tháng)', 'Planned duration (months)'), { integer: true, min: 1, max: 36 }),
          ],
        },
        { id: 'declaration', title: t('Cam kết', 'Commitment'), fields: [required('buildAsPermitted', 'checkbox', t('Cam kết xây dựng đúng giấy phép được cấp', 'I will build as the permit allows')), pledgeField()] },
      ],
    },
  },
  {
    id: 'cap-lai-giay-chung-nhan-quyen-su-dung-dat',
    code: '1.012794',
    nameVi: 'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất',
    nameEn: 'Re-issue of a lost land-use right certificate',
    fieldId: 'dat-dai',
    level: 'province',
    agencyId: 'ttphvhcc-tinh-dien-bien',
    processingDays: 10,
    feeVnd: 50000,
    feeNote: t(
      'Lệ phí cấp lại giấy chứng nhận theo Nghị quyết của HĐND tỉnh; chưa gồm phí đo đạc nếu phải đo lại. Thời gian không tính 15 ngày niêm yết thông báo mất.',
      'Re-issue fee set by the People’s Council, excluding any re-survey fee. The time does not count the 15 days the loss notice is posted.',
    ),
    legalBasis: [
      t('Luật Đất đai số 31/2024/QH15', 'Land Law No. 31/2024/QH15'),
      t('Nghị định 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận', 'Decree 101/2024/ND-CP on land registration and certificates'),
    ],
    applicantTypes: ['citizen', 'business'],
    onlineLevel: 'partial',
    resultDelivery: 'counter',
    resultName: t('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Certificate of land-use rights and ownership of attached assets'),
    summary: t(
      'Người sử dụng đất bị mất Giấy chứng nhận khai báo mất tại UBND cấp xã (niêm yết 15 ngày) rồi nộp hồ sơ đề nghị cấp lại qua Văn phòng Đăng ký đất đai tỉnh.',
      'Report the loss to the commune (posted for 15 days), then apply for a new certificate through the provincial Land Registration Office.',
    ),
    requiredDocuments: [
      document('don-de-nghi', t('Đơn đăng ký cấp lại Giấy chứng nhận (Mẫu số 11/ĐK)', 'Application for re-issue (form 11/DK)'), { template: t('Mẫu số 11/ĐK', 'Form 11/DK') }),
      document('xac-nhan-niem-yet', t('Giấy xác nhận của UBND cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận', 'The commune’s confirmation that the loss notice was posted')),
      document('giay-to-uy-quyen', t('Văn bản ủy quyền hoặc giấy tờ của tổ chức (khi tổ chức đứng tên)', 'Authorisation or the organisation’s papers (when an organisation holds the land)'), { required: false }),
    ],
    form: {
      sections: [
        { id: 'holder', title: t('Người sử dụng đất', 'Land user'), fields: [...applicantFields(), ...contactFields()] },
        {
          id: 'organisation',
          title: t('Tổ chức sử dụng đất (nếu có)', 'Organisation holding the land (if any)'),
          fields: [field('orgName', 'text', t('Tên tổ chức', 'Organisation'), { prefill: 'org_name', maxLength: 200 }), field('orgTaxCode', 'tax_code', t('Mã số thuế', 'Tax code'), { prefill: 'org_tax_code' })],
        },
        {
          id: 'certificate',
          title: t('Giấy chứng nhận đã mất', 'The lost certificate'),
          fields: [
            required('certificateSerial', 'text', t('Số phát hành (số seri) Giấy chứng nhận', 'Serial number of the certificate'), {
              pattern: '[A-Z]{2} ?[0-9]{6}',
              patternMessage: t('Số seri gồm 2 chữ cái in hoa và 6 chữ số, ví dụ: CĐ 123456 ghi là CD 123456.', 'Two capital letters and 6 digits, e.g. CD 123456.'),
            }),
            required('plotNumber', 'text', t('Thửa đất số', 'Plot number'), PLOT_NUMBER),
            required('mapSheet', 'text', t('Tờ bản đồ số', 'Map sheet number'), MAP_SHEET),
            required('plotAddress', 'text', t('Địa chỉ thửa đất', 'Address of the plot'), { maxLength: 300 }),
            required('lostOn', 'date', t('Ngày phát hiện mất', 'Date the loss was found'), { minDate: '1993-01-01', maxDate: 'today' }),
            required('lossCircumstance', 'select', t('Lý do mất', 'How it was lost'), {
              options: [option('misplaced', 'Thất lạc', 'Misplaced'), option('disaster', 'Thiên tai, hỏa hoạn', 'Natural disaster, fire'), option('theft', 'Bị trộm cắp', 'Stolen'), option('other', 'Lý do khác', 'Other')],
            }),
            required('lossDetail', 'textarea', t('Trình bày cụ thể', 'Describe what happened'), { minLength: 10, maxLength: 1000, visibleWhen: { field: 'lossCircumstance', equals: ['other', 'theft'] } }),
            required('noticePosted', 'checkbox', t('Đã khai báo mất và được UBND cấp xã niêm yết thông báo đủ 15 ngày', 'The loss was reported and posted by the commune for 15 days')),
          ],
        },
        { id: 'declaration', title: t('Cam đoan', 'Declaration'), fields: [pledgeField()] },
      ],
    },
  },
];
