import type { ConsentModeConfig, ConsentModeOptions } from './core/config-consent-mode';
import type { MessageKey } from './locales/en';

// The public types, in three homes: the config (here, with Consent Mode's beside its reader) and
// the running consent manager with its events (api.ts). Everything is exported from here.
export type { ConsentModeConfig, ConsentModeOptions, ConsentSignal } from './core/config-consent-mode';
export * from './api';

/** A text in several languages, keyed by language code (`{ de: '…', en: '…' }`), or one plain string for all. */
export type Text = string | Readonly<Record<string, string>>;

/**
 * One of einlass's own texts, shown in the visitor's language: the integrations' descriptions and
 * the necessary category's defaults are these, so each language keeps all of its texts in one file.
 * `count` picks the plural form (`{ message: 'durationMonths', count: 13 }`).
 */
export interface MessageRef {
  readonly message: MessageKey;
  readonly count?: number;
}

/** A text after normalisation: the site's own, or one of einlass's. */
export type ResolvedText = Text | MessageRef;

/** A cookie a service sets. A `name` that starts with `^` is a regular expression (`^_ga`). */
export interface CookieInfo {
  readonly name: string;
  /** How long it lives, as shown to the visitor ("2 years", `{ de: '2 Jahre' }`). */
  readonly duration: Text;
  readonly description?: Text;
  /** Set where the cookie lives on a parent domain (`.example.com`). */
  readonly domain?: string;
}

/** Why a service may run: the visitor's consent, or being strictly necessary (§25(2) Nr. 2 TDDDG). */
export type LegalBasis = 'consent' | 'necessary';

/** A group of services the visitor can switch on or off as a whole. */
export interface CategoryConfig {
  readonly name: string;
  readonly title: Text;
  readonly description?: Text;
}

/** One third-party (or first-party) service the site uses. */
export interface ServiceConfig {
  readonly name: string;
  readonly category: string;
  readonly title?: Text;
  /** Company and address that receives the data. */
  readonly provider?: Text;
  readonly purpose?: Text;
  readonly cookies?: readonly CookieInfo[];
  readonly legalBasis?: LegalBasis;
  /** Address of the provider's privacy policy (http(s) or relative). */
  readonly privacyPolicy?: string;
  /** Countries outside the EU/EEA the data goes to, and on what basis; `false` for none. */
  readonly thirdCountry?: Text | false;
  /** Hosts it loads from (`matomo.example.com`): einlass warns when one is reached without consent. */
  readonly hosts?: readonly string[];
}

/** Where and how long the consent cookie lives. */
export interface CookieConfig {
  readonly name?: string;
  /** Share consent across subdomains: `example.com` or `.example.com`. */
  readonly domain?: string;
  /** Days until the visitor is asked again (default 182, about six months). */
  readonly lifetimeDays?: number;
}

/** What a site owner writes: the input to `createConsent`. */
export interface Config {
  /** Bump to ask every visitor again (new services, new purposes). */
  readonly revision?: number;
  /** The categories; `necessary` is added when missing, and so is each integration's category. */
  readonly categories?: readonly CategoryConfig[];
  readonly services?: readonly ServiceConfig[];
  readonly cookie?: CookieConfig;
  /** Treat a Global Privacy Control signal as a refusal instead of asking (default true). */
  readonly gpc?: boolean;
  readonly privacyPolicy?: string;
  readonly imprint?: string;
  /** Reload the page once when consent is withdrawn for a script that has already run (default true). */
  readonly reloadOnWithdraw?: boolean;
  /** The language for pages whose `<html lang>` einlass does not offer (default English). */
  readonly language?: string;
  /** The languages the site offers (default: all einlass ships); a page in any other gets `language`. */
  readonly languages?: readonly string[];
  /** Address visitors informally where the language has such a variant (German "du"; default false). */
  readonly informal?: boolean;
  /** `auto` (the default) follows the visitor's light or dark preference. */
  readonly theme?: Theme;
  /** Show a small button on every page that reopens the settings (default true). */
  readonly floatingButton?: boolean | 'left' | 'right';
  /** Block the page until the visitor decides (default false: the page stays usable). */
  readonly modal?: boolean;
  /** Replace any interface text, by language: `{ "de": { "acceptAll": "Alles erlauben" } }`. */
  readonly texts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The page's Content-Security-Policy nonce, for the scripts and stylesheets einlass adds (the script tag's own nonce is used otherwise). */
  readonly nonce?: string;
  /** Where to POST each decision as a JSON record, to prove consent (GDPR Art. 7(1)). */
  readonly consentLog?: string;
  /** Google Consent Mode v2, for the Google integrations. */
  readonly consentMode?: ConsentModeOptions;
}

/** The colour scheme of the interface. */
export type Theme = 'light' | 'dark' | 'auto';

/** A cookie after validation; an integration's lifetimes and descriptions are einlass's texts. */
export interface ResolvedCookie {
  readonly name: string;
  readonly duration: ResolvedText;
  readonly description?: ResolvedText | undefined;
  readonly domain?: string | undefined;
  /** It records a refusal (Matomo's `mtm_consent_removed`), so it stays when its service is refused. */
  readonly keptOnRefusal?: true;
  /**
   * The service whose cookie it is, where another lists it too (Tag Manager lists the cookies of the
   * Google tags it fires): while that service is configured and refused, the listing keeps nothing.
   */
  readonly owner?: string;
}

/** A category after validation, with every default filled in. */
export interface ResolvedCategory {
  readonly name: string;
  readonly title: ResolvedText;
  readonly description: ResolvedText | undefined;
  /** Always on; the visitor cannot switch it off. Only the `necessary` category. */
  readonly required: boolean;
  /** Names of the services in this category, in config order. */
  readonly services: readonly string[];
}

/** A service after validation, with every default filled in. */
export interface ResolvedService {
  readonly name: string;
  readonly category: string;
  readonly title: ResolvedText;
  readonly provider: ResolvedText | undefined;
  readonly purpose: ResolvedText | undefined;
  readonly cookies: readonly ResolvedCookie[];
  readonly legalBasis: LegalBasis;
  readonly privacyPolicy: string | undefined;
  readonly thirdCountry: ResolvedText | false;
  readonly hosts: readonly string[];
  /**
   * A company the banner names as receiving data, with its page on how it uses data from the sites
   * that use its services (Google's EU user consent policy asks for both). Set by the integrations.
   */
  readonly recipient?: { readonly name: string; readonly dataUse: string } | undefined;
}

/** The validated, frozen config every other part works from. */
export interface ResolvedConfig {
  readonly revision: number;
  readonly categories: readonly ResolvedCategory[];
  readonly services: readonly ResolvedService[];
  readonly cookie: { readonly name: string; readonly domain: string | undefined; readonly lifetimeDays: number };
  readonly gpc: boolean;
  readonly privacyPolicy: string | undefined;
  readonly imprint: string | undefined;
  readonly reloadOnWithdraw: boolean;
  readonly language: string | undefined;
  readonly languages: readonly string[];
  readonly informal: boolean;
  readonly theme: Theme;
  /** The floating button's corner at the bottom of the screen, or `false` for none. */
  readonly floatingButton: 'left' | 'right' | false;
  readonly modal: boolean;
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly nonce: string | undefined;
  readonly consentLog: string | undefined;
  readonly consentMode: ConsentModeConfig;
}

/** How a decision was made. `gpc`: refused on the visitor's behalf because the browser sent Global Privacy Control. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** What is granted, by category and by service name. */
export interface Grants {
  readonly categories: Readonly<Record<string, boolean>>;
  readonly services: Readonly<Record<string, boolean>>;
}

/** The visitor's decision, as kept in the consent cookie. */
export interface ConsentRecord extends Grants {
  /** Random id of this visitor's consent, the same across later changes. */
  readonly id: string;
  /** When consent was first given, in milliseconds since 1970 (whole seconds). */
  readonly created: number;
  /** When it last changed. */
  readonly updated: number;
  /** The config revision it was given for. */
  readonly revision: number;
  readonly action: ConsentAction;
}

/** A choice from the settings: categories switch all their services; a service entry overrides its category's. */
export interface Selection {
  readonly categories?: Readonly<Record<string, boolean>>;
  readonly services?: Readonly<Record<string, boolean>>;
}

/** The service an integration adds to the config; a service of the same name in the config overrides any field. */
export type IntegrationService = Pick<ResolvedService, 'category' | 'title'> & Partial<Omit<ResolvedService, 'name' | 'category' | 'title'>>;

/** What the visitor reads about an integration: its service joins the config, and so does its category when the config has none of that name. */
export interface IntegrationAbout {
  readonly service: IntegrationService;
  readonly category: { readonly name: string; readonly title: ResolvedText; readonly description?: ResolvedText };
}
