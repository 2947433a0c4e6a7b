import type { ReadableAtom } from 'nanostores';
import type { View } from './core/view';
import type { GoogleAdsRuntime } from './integrations/google-ads/runtime';
import type { IntegrationRuntime } from './integrations/integration';
import type { MessageKey } from './locales/en';

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

/** A Google Consent Mode v2 signal. */
export type ConsentSignal = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage';

/** Google Consent Mode, for sites with Google Analytics, Google Ads or Tag Manager. Every default is the strict one. */
export interface ConsentModeOptions {
  /**
   * Defaults for visitors outside the EEA, by ISO 3166 code: `[{ "region": ["US"], "granted": ["analytics_storage"] }]`.
   * A region not listed gets everything denied until the visitor decides.
   */
  readonly regions?: readonly { readonly region: readonly string[]; readonly granted?: readonly ConsentSignal[] }[];
  /** Which category or service grants a signal, over einlass's mapping: `{ "security_storage": "necessary" }`. */
  readonly signals?: Readonly<Partial<Record<ConsentSignal, string>>>;
  /** Redact ad click identifiers while `ad_storage` is denied (default true). */
  readonly adsDataRedaction?: boolean;
  /** Pass ad click information in link URLs while `ad_storage` is denied (default false; it decorates links before consent). */
  readonly urlPassthrough?: boolean;
  /** Google's "advanced" mode: its tags load before consent and send cookieless pings. Default false; see the README before you turn it on. */
  readonly sendDataBeforeConsent?: boolean;
  /** Also push the dataLayer events Cookiebot pushes (`cookie_consent_update`, `cookie_consent_statistics`, …), for a container built for it (default false). */
  readonly cookiebotEvents?: boolean;
}

/** `consentMode` after validation. */
export interface ConsentModeConfig {
  readonly regions: readonly { readonly region: readonly string[]; readonly granted: readonly ConsentSignal[] }[];
  readonly signals: Readonly<Partial<Record<ConsentSignal, string>>>;
  readonly adsDataRedaction: boolean;
  readonly urlPassthrough: boolean;
  readonly sendDataBeforeConsent: boolean;
  readonly cookiebotEvents: boolean;
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

/** Fired on `document` once the script tag has started; `detail` is `window.Einlass`. */
export const READY_EVENT = 'einlass:ready';

/** Fired on `document` whenever consent changes, here or in another tab; `detail` is a `ConsentChange`. */
export const CHANGE_EVENT = 'einlass:change';

/** The `detail` of an `einlass:change` event. */
export interface ConsentChange {
  readonly record: ConsentRecord | null;
  readonly grants: Grants;
  /** The categories and services whose grant changed: empty when a decision confirms what was granted. */
  readonly changed: { readonly categories: readonly string[]; readonly services: readonly string[] };
  /**
   * How: `visitor` decided in this tab (its interface or the API), `tab` another tab's decision
   * was followed, `gpc` refused on the visitor's behalf (Global Privacy Control), `reset` forgot it.
   */
  readonly cause: 'visitor' | 'tab' | 'gpc' | 'reset';
}

/** A running consent manager: stores to subscribe to, and the actions a visitor can take. */
export interface Einlass {
  readonly config: ResolvedConfig;
  readonly $record: ReadableAtom<ConsentRecord | null>;
  readonly $grants: ReadableAtom<Grants>;
  readonly $decided: ReadableAtom<boolean>;
  /** What the interface shows: `banner` until a decision, `settings` while opened, else `null`. */
  readonly $view: ReadableAtom<View>;
  readonly showSettings: () => void;
  /** Closes the settings; grants nothing. */
  readonly closeSettings: () => void;
  /** Loads one blocked embed ("load once") without storing consent. */
  readonly activate: (element: Element) => void;
  /** A running integration by service name, e.g. `integration('google-ads')?.conversion(…)`. */
  readonly integration: {
    (name: 'google-ads'): GoogleAdsRuntime | undefined;
    (name: string): IntegrationRuntime | undefined;
  };
  readonly acceptAll: () => ConsentRecord;
  readonly rejectAll: () => ConsentRecord;
  readonly save: (selection: Selection) => ConsentRecord;
  /** Forgets the decision and deletes the consent cookie; the visitor is asked again. */
  readonly reset: () => void;
  readonly isGranted: (category: string) => boolean;
  readonly isServiceGranted: (service: string) => boolean;
  /** Stops following other tabs and gating the page. The stores keep their last value. */
  readonly destroy: () => void;
}

/**
 * `window.Einlass`, the script tag's consent manager: one object from the start. Reading consent,
 * `config`, `integration()` and `activate()` work at once; the actions fetch the interface part
 * when a page view has not needed it yet, so each returns a promise (`await Einlass.acceptAll()`).
 */
export type ScriptTagEinlass = Omit<Einlass, 'acceptAll' | 'rejectAll' | 'save' | 'reset'> & {
  readonly acceptAll: () => Promise<ConsentRecord>;
  readonly rejectAll: () => Promise<ConsentRecord>;
  readonly save: (selection: Selection) => Promise<ConsentRecord>;
  readonly reset: () => Promise<void>;
};

declare global {
  interface Window {
    /** The script tag's consent manager, set (and `einlass:ready` fired) as soon as it has read a valid config; never on an invalid one. */
    Einlass?: ScriptTagEinlass;
  }
  interface DocumentEventMap {
    /** The script tag has started; `detail` is `window.Einlass`. */
    'einlass:ready': CustomEvent<ScriptTagEinlass>;
    'einlass:change': CustomEvent<ConsentChange>;
  }
}
