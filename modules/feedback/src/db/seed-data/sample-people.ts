import { demoAccountSub } from '@portal/module-kit';

/*
 * People of the SAMPLE reports. The demo accounts of the gateway (gateway/src/identity/demo-accounts.ts)
 * appear under the `sub` demoAccountSub(nationalId) gives; everyone else is invented and has a fixed
 * 'sample-…' sub that no real sign-in produces.
 */

export interface SamplePerson {
  sub: string;
  name: string;
  phone: string | null;
  nationalId: string | null;
}

const demo = (nationalId: string, name: string, phone: string | null): SamplePerson => ({ sub: demoAccountSub(nationalId), name, phone, nationalId });
const invented = (key: string, name: string, phone: string | null): SamplePerson => ({ sub: `sample-${key}`, name, phone, nationalId: null });

/** Reporters: the demo citizens and business representative, then invented people (phones are not real). */
export const PEOPLE = {
  an: demo('001090000001', 'Nguyễn Văn An', '0912 000 001'),
  binh: demo('001090000002', 'Lò Thị Bình', '0912 000 002'),
  cuong: demo('001090000003', 'Quàng Văn Cường', null),
  dung: demo('001090000004', 'Lường Văn Dũng', '0912 000 004'),
  tuan: invented('citizen-tuan', 'Hoàng Minh Tuấn', '0900 000 101'),
  hien: invented('citizen-hien', 'Lò Thị Hiền', '0900 000 102'),
  thang: invented('citizen-thang', 'Cầm Văn Thắng', null),
  mai: invented('citizen-mai', 'Phạm Thị Mai', '0900 000 104'),
  son: invented('citizen-son', 'Đỗ Hồng Sơn', null),
  yen: invented('citizen-yen', 'Vàng Thị Yến', '0900 000 106'),
  long: invented('citizen-long', 'Tạ Đức Long', null),
} as const satisfies Record<string, SamplePerson>;

export type SampleReporter = keyof typeof PEOPLE;

/** The officer who acts for each unit in the samples: the demo officers where there are some. */
export const OFFICERS: Readonly<Record<string, SamplePerson>> = {
  'ubnd-phuong-him-lam': demo('001090000011', 'Tòng Văn Khánh', null),
  'phong-qldt-tp-dbp': demo('001090000012', 'Vì Thị Lan', null),
  'dien-luc-tp-dbp': demo('001090000013', 'Lò Văn Minh', null),
  'so-vhttdl-dien-bien': invented('officer-so-vhttdl', 'Lê Thu Trang', null),
  'van-phong-ubnd-tinh': invented('officer-vp-ubnd-tinh', 'Nguyễn Đức Hải', null),
  'ubnd-phuong-muong-thanh': invented('officer-muong-thanh', 'Lò Văn Thành', null),
  'ubnd-phuong-tan-thanh': invented('officer-tan-thanh', 'Bạc Thị Nga', null),
  'ubnd-phuong-thanh-binh': invented('officer-thanh-binh', 'Khoàng Văn Pọm', null),
  'ubnd-phuong-thanh-truong': invented('officer-thanh-truong', 'Lường Thị Duyên', null),
  'ubnd-phuong-nam-thanh': invented('officer-nam-thanh', 'Trần Văn Hùng', null),
  'ubnd-phuong-noong-bua': invented('officer-noong-bua', 'Quàng Thị Xuân', null),
};

/** The lead of the Urban Management Department (demo account 001090000014). */
export const URBAN_MANAGEMENT_LEAD = demo('001090000014', 'Trần Thị Ngọc', null);
