import '../test-setup.js';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../components/error-state.js';
import { LANGUAGE_STORAGE_KEY, addTranslations, changeLanguage, initI18n, storedLanguage } from './i18n.js';
import { useLanguage } from './use-language.js';

function LanguagePicker() {
  const { language, setLanguage } = useLanguage();
  return (
    <label>
      Ngôn ngữ
      <select value={language} onChange={(event) => setLanguage(event.target.value as 'vi' | 'en')}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

describe('language', () => {
  beforeEach(async () => {
    initI18n();
    await changeLanguage('vi');
    localStorage.clear();
  });

  it('starts in Vietnamese with <html lang="vi">', () => {
    render(<ErrorState onRetry={() => {}} />);
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
    expect(screen.getByText('Đã xảy ra lỗi')).toBeTruthy();
  });

  it('switches every text, sets <html lang> and remembers the choice', async () => {
    render(
      <>
        <LanguagePicker />
        <ErrorState onRetry={() => {}} />
      </>,
    );
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
    });
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect((screen.getByLabelText('Ngôn ngữ') as HTMLSelectElement).value).toBe('en');
  });

  it('ignores an unknown stored value and falls back to Vietnamese', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('vi');
  });

  it('serves a module its own namespace in both languages', async () => {
    addTranslations('demo', { vi: { title: 'Đường dây nóng' }, en: { title: 'Hotlines' } });
    function Title() {
      const { t } = useTranslation('demo');
      return <h1>{t('title')}</h1>;
    }
    render(<Title />);
    expect(screen.getByRole('heading', { name: 'Đường dây nóng' })).toBeTruthy();
    await act(() => changeLanguage('en'));
    expect(screen.getByRole('heading', { name: 'Hotlines' })).toBeTruthy();
  });
});
