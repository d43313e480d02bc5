// The design system's styles come with it: tokens, base styles and the self-hosted font.
import './styles/index.js';

export { Button, type ButtonProps, type ButtonVariant } from './components/button.js';
export { Card, type CardProps } from './components/card.js';
export { List, ListItem, type ListItemProps, type ListProps } from './components/list.js';
export { Tile, type TileProps } from './components/tile.js';
export { AppBar, type AppBarProps } from './components/app-bar.js';
export { PageHeader, type PageHeaderProps } from './components/page-header.js';
export { EmptyState, type EmptyStateProps } from './components/empty-state.js';
export { ErrorState, type ErrorStateProps } from './components/error-state.js';
export { Skeleton, type SkeletonProps } from './components/skeleton.js';
export { SearchField, type SearchFieldProps } from './components/search-field.js';
export { SmartLink, type SmartLinkProps } from './components/smart-link.js';
export { ICON_NAMES, Icon, isIconName, type IconName, type IconProps } from './icons/icon.js';
export {
  COMMON_NAMESPACE,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  addTranslations,
  changeLanguage,
  i18n,
  initI18n,
  isLanguage,
  type Language,
} from './i18n/i18n.js';
export { useLanguage, type LanguageState } from './i18n/use-language.js';
export { useTranslation } from 'react-i18next';
export {
  ROLES,
  isRole,
  maskNationalId,
  type Role,
  type Session,
  type SessionStatus,
  type SessionUser,
} from './session/session.js';
export { TOKEN_MIN_VALIDITY_SECONDS, createSessionFetch, type TokenSource } from './session/session-fetch.js';
export { ANONYMOUS_SESSION, SessionProvider, useSession } from './session/session-context.js';
export { useDebouncedValue } from './hooks/use-debounced-value.js';
