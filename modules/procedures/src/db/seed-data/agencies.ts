import type { agencies, fields } from '../schema.js';

/**
 * The agencies of the SAMPLE catalog, in Điện Biên province. `id` is the unit id demo officers carry:
 * 001090000011 works at `ubnd-phuong-him-lam`, 001090000015 at `bp-mot-cua-tp-dbp`. Code prefixes follow the
 * national dossier-code scheme (H40 = Điện Biên; .25 = the city; .01 = a ward of it). Street addresses and
 * phone numbers are SAMPLE values in the right towns, not verified lines: an operator corrects them.
 */
const OFFICE_HOURS = {
  hoursVi: 'Thứ Hai – Thứ Sáu: 7h00–11h30, 13h30–17h00 (trừ ngày lễ, Tết)',
  hoursEn: 'Monday – Friday: 7:00–11:30, 13:30–17:00 (except public holidays)',
};

export const AGENCIES: ReadonlyArray<typeof agencies.$inferInsert> = [
  {
    id: 'ttphvhcc-tinh-dien-bien',
    codePrefix: 'H40',
    nameVi: 'Trung tâm Phục vụ hành chính công tỉnh Điện Biên',
    nameEn: 'Điện Biên Provincial Public Administration Service Centre',
    level: 'province',
    address: 'Số 886, đường Võ Nguyên Giáp, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 810 886',
    ...OFFICE_HOURS,
  },
  {
    id: 'bp-mot-cua-tp-dbp',
    codePrefix: 'H40.25',
    nameVi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa',
    nameEn: 'Điện Biên Phủ City People’s Committee — One-stop desk',
    level: 'district',
    address: 'Số 1, đường Võ Nguyên Giáp, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 825 101',
    ...OFFICE_HOURS,
  },
  {
    id: 'ubnd-phuong-him-lam',
    codePrefix: 'H40.25.01',
    nameVi: 'UBND phường Him Lam',
    nameEn: 'Him Lam Ward People’s Committee',
    level: 'commune',
    address: 'Tổ dân phố 7, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 826 201',
    hoursVi: 'Thứ Hai – Thứ Sáu: 7h00–11h30, 13h30–17h00; sáng thứ Bảy: 7h30–11h00 (hộ tịch, chứng thực)',
    hoursEn: 'Monday – Friday: 7:00–11:30, 13:30–17:00; Saturday morning 7:30–11:00 (civil status, certification)',
  },
  {
    id: 'cong-an-phuong-him-lam',
    codePrefix: 'H40.25.01.CA',
    nameVi: 'Công an phường Him Lam',
    nameEn: 'Him Lam Ward Police',
    level: 'commune',
    address: 'Tổ dân phố 5, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    phone: '0215 3 826 113',
    hoursVi: 'Thứ Hai – Thứ Sáu: 7h00–11h30, 13h30–17h00; sáng thứ Bảy: 7h30–11h00',
    hoursEn: 'Monday – Friday: 7:00–11:30, 13:30–17:00; Saturday morning 7:30–11:00',
  },
];

/** Fields (lĩnh vực) as the national procedure catalog names them, in display order. */
export const FIELDS: ReadonlyArray<Omit<typeof fields.$inferInsert, 'displayOrder'>> = [
  { id: 'ho-tich', nameVi: 'Hộ tịch', nameEn: 'Civil status' },
  { id: 'chung-thuc', nameVi: 'Chứng thực', nameEn: 'Certification' },
  { id: 'cu-tru', nameVi: 'Đăng ký, quản lý cư trú', nameEn: 'Residence registration' },
  { id: 'ho-kinh-doanh', nameVi: 'Thành lập và hoạt động của hộ kinh doanh', nameEn: 'Business household registration' },
  { id: 'luu-thong-hang-hoa', nameVi: 'Lưu thông hàng hóa trong nước', nameEn: 'Domestic trade' },
  { id: 'xay-dung', nameVi: 'Hoạt động xây dựng', nameEn: 'Construction' },
  { id: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land' },
];
