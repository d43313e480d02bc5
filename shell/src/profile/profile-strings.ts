import { addTranslations } from '@portal/shared-ui';

/** Texts of the profile page (namespace "profile"), loaded with it. */
export const PROFILE_NAMESPACE = 'profile';

const vi = {
  title: 'Tài khoản',
  nationalId: 'Số định danh cá nhân',
  identityLevel: 'Mức định danh điện tử',
  levels: { '1': 'VNeID mức 1', '2': 'VNeID mức 2' },
  roles: 'Vai trò',
  roleNames: {
    citizen: 'Công dân',
    business: 'Doanh nghiệp',
    officer: 'Cán bộ',
    unit_lead: 'Lãnh đạo đơn vị',
    admin: 'Quản trị hệ thống',
  },
  units: 'Đơn vị công tác',
  enterprise: 'Doanh nghiệp đại diện',
  taxCode: 'Mã số thuế',
  notProvided: 'Chưa có',
  signOut: 'Đăng xuất',
};

const en: typeof vi = {
  title: 'Account',
  nationalId: 'Personal identification number',
  identityLevel: 'Electronic identity level',
  levels: { '1': 'VNeID level 1', '2': 'VNeID level 2' },
  roles: 'Roles',
  roleNames: {
    citizen: 'Citizen',
    business: 'Business',
    officer: 'Officer',
    unit_lead: 'Unit lead',
    admin: 'Administrator',
  },
  units: 'Units',
  enterprise: 'Enterprise represented',
  taxCode: 'Tax code',
  notProvided: 'Not provided',
  signOut: 'Sign out',
};

export function registerProfileStrings(): void {
  addTranslations(PROFILE_NAMESPACE, { vi, en });
}
