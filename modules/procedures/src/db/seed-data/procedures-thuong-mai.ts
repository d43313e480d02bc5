import { contactFields, document, field, option, pledgeField, required, t, type ProcedureSeed } from './form-parts.js';

/** Domestic trade: the alcohol retail licence, issued by the city (Phòng Kinh tế) through its one-stop desk. */

export const THUONG_MAI_PROCEDURES: ProcedureSeed[] = [
  {
    id: 'cap-giay-phep-ban-le-ruou',
    code: '2.000633',
    nameVi: 'Cấp Giấy phép bán lẻ sản phẩm rượu',
    nameEn: 'Alcohol retail licence',
    fieldId: 'luu-thong-hang-hoa',
    level: 'district',
    agencyId: 'bp-mot-cua-tp-dbp',
    processingDays: 10,
    feeVnd: 1200000,
    feeNote: t(
      'Phí thẩm định 1.200.000 đồng/điểm kinh doanh tại thành phố trực thuộc tỉnh (Thông tư 168/2016/TT-BTC).',
      'Appraisal fee of 1,200,000 đồng per shop in a provincial city (Circular 168/2016/TT-BTC).',
    ),
    legalBasis: [
      t('Nghị định 105/2017/NĐ-CP về kinh doanh rượu', 'Decree 105/2017/ND-CP on alcohol trading'),
      t('Nghị định 17/2020/NĐ-CP sửa đổi các nghị định thuộc lĩnh vực Công Thương', 'Decree 17/2020/ND-CP amending trade decrees'),
      t('Thông tư 168/2016/TT-BTC về phí thẩm định kinh doanh hàng hóa hạn chế kinh doanh', 'Circular 168/2016/TT-BTC on appraisal fees for restricted goods'),
    ],
    applicantTypes: ['citizen', 'business'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: t('Giấy phép bán lẻ sản phẩm rượu', 'Alcohol retail licence'),
    summary: t(
      'Thương nhân (doanh nghiệp, hợp tác xã, hộ kinh doanh) bán lẻ rượu từ 5,5 độ cồn trở lên tại cửa hàng. Giấy phép có thời hạn 5 năm.',
      'Traders (enterprises, cooperatives, business households) selling alcohol of 5.5% or more at a shop. The licence is valid for 5 years.',
    ),
    requiredDocuments: [
      document('don-de-nghi', t('Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm rượu', 'Application for an alcohol retail licence'), {
        template: t('Mẫu số 01, Phụ lục Nghị định 105/2017/NĐ-CP', 'Form 01, annex to Decree 105/2017/ND-CP'),
      }),
      document('dang-ky-kinh-doanh', t('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 'Copy of the enterprise or household registration certificate')),
      document('dia-diem', t('Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng cửa hàng', 'Copy of the lease or proof of the right to use the shop')),
      document('hop-dong-nguon-hang', t('Bản sao văn bản giới thiệu hoặc hợp đồng mua bán với nhà cung cấp rượu', 'Copy of the supply contract with an alcohol supplier')),
    ],
    form: {
      sections: [
        {
          id: 'trader',
          title: t('Thương nhân', 'Trader'),
          fields: [
            required('traderKind', 'radio', t('Loại thương nhân', 'Kind of trader'), {
              options: [option('enterprise', 'Doanh nghiệp, hợp tác xã', 'Enterprise, cooperative'), option('household', 'Hộ kinh doanh', 'Business household')],
            }),
            required('traderName', 'text', t('Tên thương nhân', 'Trader name'), { prefill: 'org_name', maxLength: 200 }),
            required('traderTaxCode', 'tax_code', t('Mã số doanh nghiệp / mã số thuế', 'Enterprise number / tax code'), { prefill: 'org_tax_code', visibleWhen: { field: 'traderKind', equals: ['enterprise'] } }),
            required('householdNumber', 'text', t('Mã số đăng ký hộ kinh doanh', 'Household registration number'), { maxLength: 20, visibleWhen: { field: 'traderKind', equals: ['household'] } }),
            required('representativeName', 'text', t('Người đại diện theo pháp luật', 'Legal representative'), { prefill: 'name', maxLength: 100 }),
            required('representativeIdNumber', 'national_id', t('Số định danh cá nhân người đại diện', 'Representative’s personal ID number'), { prefill: 'national_id' }),
            ...contactFields(),
          ],
        },
        {
          id: 'shop',
          title: t('Địa điểm bán lẻ', 'The shop'),
          fields: [
            required('shopAddress', 'text', t('Địa chỉ cửa hàng', 'Shop address'), { maxLength: 300 }),
            required('shopArea', 'number', t('Diện tích cửa hàng (m²)', 'Shop area (m²)'), { min: 5, max: 10000 }),
            required('suppliers', 'textarea', t('Tên, địa chỉ thương nhân cung cấp rượu', 'Names and addresses of the alcohol suppliers'), { minLength: 5, maxLength: 1000 }),
            required('products', 'select', t('Loại sản phẩm rượu', 'Products'), {
              options: [option('all', 'Rượu các loại', 'All kinds'), option('wine', 'Rượu vang', 'Wine'), option('spirits', 'Rượu mạnh', 'Spirits'), option('local', 'Rượu sản xuất trong nước', 'Domestic alcohol')],
            }),
            field('sellsOnline', 'checkbox', t('Có bán qua sàn thương mại điện tử', 'Also sells through e-commerce')),
          ],
        },
        {
          id: 'declaration',
          title: t('Cam kết', 'Commitments'),
          fields: [
            required('noMinors', 'checkbox', t('Cam kết không bán rượu cho người dưới 18 tuổi', 'I will not sell alcohol to anyone under 18')),
            required('fireSafety', 'checkbox', t('Cửa hàng bảo đảm điều kiện phòng cháy, chữa cháy', 'The shop meets fire-safety requirements')),
            pledgeField(),
          ],
        },
      ],
    },
  },
];
