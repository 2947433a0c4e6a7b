export { createConsent, CHANGE_EVENT } from './create';
export type { ConsentChange, ConsentOptions, Einlass } from './create';
export type { View } from './core/view';
export { resolveConfig } from './core/config';
export { ConfigError } from './core/config-reader';
export type { ConfigProblem } from './core/config-reader';
export { cookieStorage, memoryStorage } from './core/storage';
export type { Integration, IntegrationAbout, IntegrationContext, IntegrationRuntime } from './integrations/integration';
export type { ConsentStorage, CookieOptions } from './core/storage';
export type {
  CategoryConfig,
  Config,
  ConsentAction,
  ConsentRecord,
  CookieConfig,
  CookieInfo,
  Grants,
  LegalBasis,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedService,
  Selection,
  ServiceConfig,
  Text,
  Theme,
} from './types';
