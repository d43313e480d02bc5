/** The demo password of every demo account (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'Demo@2026';

export interface AccountSeed {
  nationalId: string;
  name: string;
  identityLevel: 1 | 2;
  roles: string[];
  units?: string[];
  org?: { taxCode: string; name: string };
  /** 'YYYY-MM-DD'. */
  birthdate?: string;
  address?: string;
}

const HOA_BAN = { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' };

/** Seeded only when DEMO_ACCOUNTS is on (default on unless NODE_ENV=production). */
export const DEMO_ACCOUNTS: readonly AccountSeed[] = [
  { nationalId: '001090000001', name: 'Nguyễn Văn An', identityLevel: 2, roles: ['citizen'], birthdate: '1990-03-15', address: 'Số 12, tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên' },
  { nationalId: '001090000002', name: 'Lò Thị Bình', identityLevel: 2, roles: ['citizen'], birthdate: '1992-07-02', address: 'Số 45, đường Võ Nguyên Giáp, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên' },
  { nationalId: '001090000003', name: 'Quàng Văn Cường', identityLevel: 1, roles: ['citizen'], birthdate: '1988-11-20', address: 'Bản Noong Bua, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên' },
  { nationalId: '001090000004', name: 'Lường Văn Dũng', identityLevel: 2, roles: ['business'], org: HOA_BAN, birthdate: '1985-05-09', address: 'Số 8, đường Hoàng Văn Thái, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên' },
  { nationalId: '001090000005', name: 'Cà Thị Hoa', identityLevel: 2, roles: ['business'], org: HOA_BAN, birthdate: '1991-09-30', address: 'Số 21, tổ dân phố 5, phường Tân Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên' },
  { nationalId: '001090000011', name: 'Tòng Văn Khánh', identityLevel: 2, roles: ['officer'], units: ['ubnd-phuong-him-lam'] },
  { nationalId: '001090000012', name: 'Vì Thị Lan', identityLevel: 2, roles: ['officer'], units: ['phong-qldt-tp-dbp'] },
  { nationalId: '001090000013', name: 'Lò Văn Minh', identityLevel: 2, roles: ['officer'], units: ['dien-luc-tp-dbp'] },
  { nationalId: '001090000014', name: 'Trần Thị Ngọc', identityLevel: 2, roles: ['officer', 'unit_lead'], units: ['phong-qldt-tp-dbp'] },
  { nationalId: '001090000015', name: 'Điêu Thị Phương', identityLevel: 2, roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] },
  // a second desk officer, so a dossier can be handed to a colleague
  { nationalId: '001090000016', name: 'Đinh Văn Quý', identityLevel: 2, roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] },
  { nationalId: '001090000099', name: 'Phạm Quản Trị', identityLevel: 2, roles: ['admin'] },
];
