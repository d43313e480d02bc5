import { demoAccountSub, vietnamDay } from '@portal/module-kit';
import type { FormValues } from '../../contract/form-schema.js';

/**
 * SAMPLE applicants and the form values of their SAMPLE dossiers: the demo accounts of the gateway (same
 * names, birth dates and addresses as their tokens, so pre-filled fields agree), and believable answers for
 * the procedures of the two agencies that have demo officers.
 */

export interface SamplePerson {
  sub: string;
  name: string;
  nationalId: string;
  birthdate: string;
  address: string;
  phone: string;
  org: { taxCode: string; name: string } | null;
}

const HOA_BAN = { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' };

const person = (nationalId: string, name: string, birthdate: string, address: string, phone: string, org: SamplePerson['org'] = null): SamplePerson => ({
  sub: demoAccountSub(nationalId),
  name,
  nationalId,
  birthdate,
  address,
  phone,
  org,
});

export const PEOPLE = {
  an: person('001090000001', 'Nguyễn Văn An', '1990-03-15', 'Số 12, tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên', '0912345601'),
  binh: person('001090000002', 'Lò Thị Bình', '1992-07-02', 'Số 45, đường Võ Nguyên Giáp, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên', '0912345602'),
  cuong: person('001090000003', 'Quàng Văn Cường', '1988-11-20', 'Bản Noong Bua, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên', '0912345603'),
  dung: person('001090000004', 'Lường Văn Dũng', '1985-05-09', 'Số 8, đường Hoàng Văn Thái, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên', '0912345604', HOA_BAN),
  hoa: person('001090000005', 'Cà Thị Hoa', '1991-09-30', 'Số 21, tổ dân phố 5, phường Tân Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên', '0912345605', HOA_BAN),
} as const;
export type PersonKey = keyof typeof PEOPLE;

/** The SAMPLE procedures used, by agency (ids of the seeded catalog). */
export const SAMPLE_PROCEDURES = {
  householdBusiness: 'dang-ky-thanh-lap-ho-kinh-doanh',
  alcoholRetail: 'cap-giay-phep-ban-le-ruou',
  housePermit: 'cap-giay-phep-xay-dung-nha-o-rieng-le',
  birth: 'dang-ky-khai-sinh',
  maritalStatus: 'xac-nhan-tinh-trang-hon-nhan',
  extractCopy: 'cap-ban-sao-trich-luc-ho-tich',
} as const;
export type SampleProcedure = keyof typeof SAMPLE_PROCEDURES;

const STREETS = ['đường Võ Nguyên Giáp', 'đường Trần Đăng Ninh', 'đường Hoàng Văn Thái', 'đường Nguyễn Chí Thanh', 'đường 7/5'];
const WARDS = ['phường Him Lam', 'phường Mường Thanh', 'phường Tân Thanh', 'phường Noong Bua'];
const CHILDREN = ['Nguyễn Minh Khôi', 'Lò Gia Hân', 'Quàng Bảo Ngọc', 'Nguyễn Đức Anh', 'Lò An Nhiên'];
const SHOPS = ['Quán phở Him Lam', 'Tạp hóa Mường Thanh', 'Cà phê Hoa Ban', 'Cửa hàng nông sản Tây Bắc', 'Bánh cuốn Điện Biên'];
const LINES = ['5610 — Nhà hàng và dịch vụ ăn uống', '4711 — Bán lẻ lương thực, thực phẩm trong siêu thị mini', '5630 — Dịch vụ phục vụ đồ uống', '4722 — Bán lẻ thực phẩm trong cửa hàng chuyên doanh'];

const pick = <T>(list: readonly T[], variant: number): T => list[variant % list.length]!;
const addressOf = (variant: number) => `Số ${10 + ((variant * 7) % 90)}, ${pick(STREETS, variant)}, ${pick(WARDS, variant + 1)}, thành phố Điện Biên Phủ, tỉnh Điện Biên`;
const daysAfter = (day: Date, days: number) => vietnamDay(new Date(day.getTime() + days * 24 * 60 * 60 * 1000));

function applicantValues(who: SamplePerson): FormValues {
  return {
    applicantName: who.name,
    applicantIdNumber: who.nationalId,
    applicantBirthDate: who.birthdate,
    applicantAddress: who.address,
    phone: who.phone,
    pledge: true,
  };
}

/** The form of a SAMPLE dossier: the applicant's own details, then answers that differ with `variant`. */
export function sampleForm(procedure: SampleProcedure, who: SamplePerson, variant: number, submittedAt: Date): FormValues {
  const base = applicantValues(who);
  switch (procedure) {
    case 'householdBusiness':
      return {
        ...base,
        ...(who.org ? { orgName: who.org.name, orgTaxCode: who.org.taxCode } : {}),
        businessName: `Hộ kinh doanh ${pick(SHOPS, variant)}`,
        businessAddress: addressOf(variant),
        businessLines: pick(LINES, variant),
        capitalVnd: 50_000_000 + (variant % 5) * 25_000_000,
        employees: 1 + (variant % 5),
        ownership: 'individual',
        startDate: daysAfter(submittedAt, 10),
      };
    case 'alcoholRetail':
      return {
        phone: who.phone,
        pledge: true,
        traderKind: who.org ? 'enterprise' : 'household',
        traderName: who.org?.name ?? `Hộ kinh doanh ${pick(SHOPS, variant)}`,
        ...(who.org ? { traderTaxCode: who.org.taxCode } : { householdNumber: `62A8${String(1000 + variant * 37)}` }),
        representativeName: who.name,
        representativeIdNumber: who.nationalId,
        shopAddress: addressOf(variant + 2),
        shopArea: 30 + variant * 5,
        suppliers: 'Công ty Cổ phần Bia — Rượu — Nước giải khát Hà Nội, số 183 Hoàng Hoa Thám, quận Ba Đình, Hà Nội',
        products: pick(['all', 'wine', 'local'], variant),
        sellsOnline: variant % 2 === 0,
        noMinors: true,
        fireSafety: true,
      };
    case 'housePermit':
      return {
        ...base,
        plotNumber: String(120 + variant * 11),
        mapSheet: String(20 + (variant % 9)),
        plotAddress: addressOf(variant + 3),
        plotArea: 90 + variant * 6,
        footprint: 70 + variant * 4,
        floors: 2 + (variant % 3),
        height: 8.5 + (variant % 3) * 3.4,
        hasBasement: 'no',
        designer: 'Công ty TNHH Tư vấn Thiết kế Xây dựng Mường Thanh',
        plannedStart: daysAfter(submittedAt, 30),
        durationMonths: 6,
        buildAsPermitted: true,
      };
    case 'birth':
      return {
        ...base,
        relationship: 'parent',
        childName: pick(CHILDREN, variant),
        childGender: variant % 2 === 0 ? 'male' : 'female',
        childBirthDate: daysAfter(submittedAt, -12 - variant),
        birthPlace: 'Bệnh viện Đa khoa tỉnh Điện Biên',
        ethnicity: pick(['Kinh', 'Thái', 'Mông'], variant),
        nationality: 'Việt Nam',
        motherName: who.name.includes('Thị') ? who.name : 'Lò Thị Hương',
        motherIdNumber: who.name.includes('Thị') ? who.nationalId : '011195004321',
        fatherKnown: 'yes',
        fatherName: who.name.includes('Thị') ? 'Nguyễn Văn Hùng' : who.name,
        fatherIdNumber: who.name.includes('Thị') ? '011093001234' : who.nationalId,
        parentsMarried: true,
      };
    case 'maritalStatus':
      return {
        ...base,
        gender: who.name.includes('Thị') ? 'female' : 'male',
        maritalStatus: 'single',
        purpose: variant % 2 === 0 ? 'marriage' : 'other',
        ...(variant % 2 === 0
          ? { partnerName: who.name.includes('Thị') ? 'Quàng Văn Nam' : 'Lò Thị Mai', partnerBirthDate: '1994-04-18', marriagePlace: 'UBND phường Him Lam' }
          : { otherPurpose: 'Bổ sung hồ sơ vay vốn ngân hàng' }),
        copies: 1 + (variant % 2),
      };
    case 'extractCopy':
      return {
        ...base,
        relationship: 'self',
        eventType: 'birth',
        personName: who.name,
        registrationNumber: `${100 + variant * 13}/${who.birthdate.slice(0, 4)}`,
        registeredOn: daysAfter(new Date(`${who.birthdate}T00:00:00Z`), 20),
        copies: 2,
      };
  }
}
