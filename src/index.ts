export { createConsent } from './create';
export type { ConsentOptions } from './create';
export { CHANGE_EVENT, READY_EVENT } from './types';
export type { View } from './core/view';
export { ConfigError, resolveConfig } from './core/config-check';
export type { ConfigProblem } from './core/config-check';
export type { Problem } from './core/config-reader';
export { cookieStorage, memoryStorage } from './core/storage';
export type { Integration, IntegrationContext, IntegrationRuntime } from './integrations/integration';
export type { IntegrationInput } from './core/config';
export type { ConsentStorage, CookieOptions } from './core/storage';
export type {
  CategoryConfig,
  Config,
  ConsentAction,
  ConsentChange,
  ConsentRecord,
  CookieConfig,
  CookieInfo,
  Einlass,
  Grants,
  IntegrationAbout,
  IntegrationService,
  LegalBasis,
  MessageRef,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedCookie,
  ResolvedService,
  ResolvedText,
  ScriptTagEinlass,
  Selection,
  ServiceConfig,
  Text,
  Theme,
} from './types';
