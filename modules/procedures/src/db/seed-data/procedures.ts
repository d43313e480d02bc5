import type { procedures } from '../schema.js';
import type { ProcedureSeed } from './form-parts.js';
import { CHUNG_THUC_PROCEDURES } from './procedures-chung-thuc.js';
import { CU_TRU_PROCEDURES } from './procedures-cu-tru.js';
import { HO_TICH_PROCEDURES } from './procedures-ho-tich.js';
import { HON_NHAN_PROCEDURES } from './procedures-hon-nhan.js';
import { KINH_DOANH_PROCEDURES } from './procedures-kinh-doanh.js';
import { THUONG_MAI_PROCEDURES } from './procedures-thuong-mai.js';
import { XAY_DUNG_DAT_DAI_PROCEDURES } from './procedures-xay-dung-dat-dai.js';

/**
 * The SAMPLE catalog: real, common procedures of Điện Biên with believable requirements (forms, documents,
 * fees, legal bases as in practice). National procedure codes follow the national catalog's format; an
 * operator checks each against the Cổng Dịch vụ công quốc gia before going live. The list order is the
 * display order (most asked for first).
 */
const ORDERED: ProcedureSeed[] = [
  ...HO_TICH_PROCEDURES.slice(0, 1), // Đăng ký khai sinh
  ...KINH_DOANH_PROCEDURES,
  ...CU_TRU_PROCEDURES,
  ...CHUNG_THUC_PROCEDURES,
  ...HON_NHAN_PROCEDURES,
  ...HO_TICH_PROCEDURES.slice(1),
  ...THUONG_MAI_PROCEDURES,
  ...XAY_DUNG_DAT_DAI_PROCEDURES,
];

export const PROCEDURES: ReadonlyArray<typeof procedures.$inferInsert> = ORDERED.map((procedure, index) => ({
  ...procedure,
  active: true,
  displayOrder: (index + 1) * 10,
}));

/** The procedure of the e2e journey and the demo: a business household, at the city's one-stop desk. */
export const BUSINESS_HOUSEHOLD_PROCEDURE_ID = 'dang-ky-thanh-lap-ho-kinh-doanh';
