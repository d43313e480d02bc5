/**
 * Libraries the shell and every module remote share as single instances (one React, one router,
 * one i18next, one design system). Host and remotes build from this one list so they always agree.
 */
export const SHARED_SINGLETONS = [
  'react',
  'react-dom',
  'react-router',
  'i18next',
  'react-i18next',
  '@portal/shared-ui',
] as const;
