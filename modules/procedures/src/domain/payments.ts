import type { LocalizedText } from '../contract/form-schema.js';
import type { AgencyRow, DossierRow } from '../db/schema.js';

/**
 * How an applicant pays a dossier's fee. A provider only says how to pay; whether the money arrived is
 * confirmed by an officer (confirm-payment) — an online provider would confirm through its own callback.
 * There is deliberately no fake online provider: the built-in one is paying at the counter.
 */
export interface PaymentProvider {
  id: string;
  name: LocalizedText;
  /** Paid without coming to the counter (a bank or wallet gateway). */
  online: boolean;
  /** What to do to pay, shown on the dossier once the provider is chosen. */
  instructions(agency: AgencyRow, dossier: DossierRow): LocalizedText;
}

const formatVnd = (amount: number, lang: 'vi' | 'en') =>
  lang === 'vi' ? `${amount.toLocaleString('vi-VN')} đồng` : `VND ${amount.toLocaleString('en-US')}`;

/** Pay in cash (or by card, where the counter has a terminal) at the agency's one-stop desk. */
export const counterProvider: PaymentProvider = {
  id: 'counter',
  name: { vi: 'Nộp phí tại Bộ phận Một cửa', en: 'Pay at the one-stop desk' },
  online: false,
  instructions: (agency, dossier) => ({
    vi:
      `Nộp ${formatVnd(dossier.feeVnd, 'vi')} tại Bộ phận Một cửa ${agency.nameVi}, ${agency.address}, ${agency.hoursVi}; ` +
      `mang theo mã hồ sơ ${dossier.code ?? ''}. Cán bộ xác nhận đã thu trên hệ thống.`,
    en:
      `Pay ${formatVnd(dossier.feeVnd, 'en')} at the one-stop desk of ${agency.nameEn}, ${agency.address}, ${agency.hoursEn}; ` +
      `bring dossier code ${dossier.code ?? ''}. The officer confirms the payment in the system.`,
  }),
};

/** The providers an applicant may choose from, by id. Add a real gateway here (with its confirmation callback). */
export const PAYMENT_PROVIDERS: readonly PaymentProvider[] = [counterProvider];

export const paymentProviderById = (id: string | null): PaymentProvider | undefined =>
  id === null ? undefined : PAYMENT_PROVIDERS.find((provider) => provider.id === id);
