/**
 * The script-tag loader (`dist/einlass.js`), the only module with an effect on load. It reads the
 * config with the one normaliser and applies a stored decision by itself: integrations, the page's
 * blocked elements, the floating button. Deciding (the banner, the settings, the actions) lives in
 * the interface part, fetched only when there is something to decide or to show. Whatever fails,
 * it grants nothing and leaves the page working.
 */
import { apply, readingsOf } from '../apply';
import { normalise } from '../core/config';
import type { Problem } from '../core/config-reader';
import { cookieValues } from '../core/cookies';
import { chooseLanguage, localeOf } from '../core/language';
import { sameRecord } from '../core/record';
import { proofsPending } from '../dom/pending-proofs';
import { linkTabs } from '../dom/tabs';
import { fromConfig } from '../integrations/registry';
import { loadedMessages, loadMessages } from '../locales';
import fallback from 'einlass:reopen-fallback';
import { READY_EVENT, type Einlass, type ResolvedConfig, type ScriptTagEinlass } from '../types';
import { describe } from './describe';
import { EMBEDS } from '../ui/embeds';
import { followReopen } from '../ui/reopen-button';
import { ownScript } from './own-script';

const CONFIG_SELECTOR = 'script[type="application/json"][data-einlass-config]';
// A declaration needs the interface part; a blocked embed needs only a placeholder.
const DECLARATION = '[data-einlass-declaration]';
const BLOCKED_EMBED = EMBEDS.replaceAll(',', ':not([src]),') + ':not([src])';

function readJson(script: HTMLScriptElement | undefined): Record<string, unknown> {
  const id = script?.dataset.config;
  const block = id ? document.getElementById(id) : document.querySelector(CONFIG_SELECTOR);
  if (!block) {
    throw new Error(`einlass: no config found: put <script type="application/json" data-einlass-config>{…}</script> on the page${id ? ` (looked for id "${id}")` : ''}`);
  }
  try {
    return JSON.parse(block.textContent || '') as Record<string, unknown>;
  } catch (error) {
    throw new Error(`einlass: the config block is not valid JSON: ${(error as Error).message}`);
  }
}

/** Logs what is wrong with the config, in words fetched only now. */
function report(problems: readonly Problem[]): void {
  import('../core/config-check')
    .then(({ ConfigError }) => { console.error(new ConfigError(problems)); })
    .catch(() => { console.error('einlass: invalid config', problems); });
}

function start(): void {
  const script = ownScript(import.meta.url);
  const { integrations: listed, ...input } = readJson(script);
  const made = fromConfig(listed);
  const { config, problems = [] } = normalise(input, made.running.map((r) => r.brief));
  if (!config || made.problems.length > 0) {
    report([...made.problems, ...problems]);
    return;
  }
  // An element without a nonce reads as "": only a real one is passed on.
  const nonce = script?.nonce === '' ? undefined : script?.nonce;
  const applied = apply(config, { read: () => cookieValues(document.cookie, config.cookie.name), now: Date.now, integrations: made.running.map((r) => r.runtime), nonce });
  const lang = chooseLanguage(config, document.documentElement.lang);

  // What the parts show needs the integrations' descriptions (which the loader does without) and the page's language.
  let full: ResolvedConfig | undefined;
  let description: Promise<ResolvedConfig> | undefined;
  const described = () => (description ??= Promise.all([describe(input, made.running), loadMessages(lang, config.informal)]).then(([c]) => (full = c)));
  const failed = (part: string) => (error: unknown) => {
    throw new Error(`einlass: the ${part} could not be loaded (${(error as Error).message}); stored choices still apply.`);
  };
  let engine: Promise<Einlass> | undefined;
  let embedPart = false;
  // The last record another tab announced: the cookie this document sees may not show it yet.
  let announced: string | undefined;
  const decided = (): Promise<Einlass> =>
    // The interface part imports the embed part's code and needs the texts: asking for all at once saves round trips.
    (engine ??= Promise.all([import('./ui-part'), import('./embed-part'), described()]).catch(failed('interface part')).then(([part, , described]) => {
      const einlass = part.start(applied, described, !embedPart, announced);
      tabs.stop();
      return einlass;
    }));
  const ask = () => {
    decided().catch((error: unknown) => { console.error(error); });
  };
  // Another tab decided: the interface part follows it, and withdraws what must go.
  const tabs = linkTabs(config, (value) => {
    announced = value ?? announced;
    if (!sameRecord(applied.load(value), applied.$record.get(), config)) ask();
  });
  // The banner, or the settings opened by a link or the floating button.
  const stopView = applied.$view.subscribe((view) => { if (view) ask(); });
  // Only the interface part sends proofs, so waiting ones bring it in.
  if (config.consentLog && proofsPending()) ask();
  const readings = readingsOf(applied);
  // The site's own label, or the texts a part fetched, hold it; else its own part of 70 B or less, as the loader holds no language's texts.
  const reopenLabel = (): Promise<string> => {
    const known = config.texts[lang]?.reopen ?? loadedMessages(lang, config.informal)?.reopen;
    if (typeof known === 'string') return Promise.resolve(known);
    // A part that hangs must not keep the visitor from withdrawing: English's label after 3 s.
    const late = new Promise<string>((resolve) => { setTimeout(resolve, 3000, fallback); });
    return Promise.race([import(`./einlass-reopen-${localeOf(lang, config.informal)}.js`).then((part: { default: string }) => part.default, () => fallback), late]);
  };
  const hideReopen = followReopen(readings, reopenLabel);

  const handle: ScriptTagEinlass = {
    ...readings,
    // With its integrations' descriptions once a part has needed them.
    get config() {
      return full ?? config;
    },
    acceptAll: () => decided().then((einlass) => einlass.acceptAll()),
    rejectAll: () => decided().then((einlass) => einlass.rejectAll()),
    save: (selection) => decided().then((einlass) => einlass.save(selection)),
    reset: () => decided().then((einlass) => { einlass.reset(); }),
    destroy: () => {
      stopView();
      hideReopen();
      tabs.stop();
      applied.stop();
      void engine?.then((einlass) => { einlass.destroy(); });
    },
  };
  window.Einlass = handle;
  document.dispatchEvent(new CustomEvent(READY_EVENT, { detail: handle }));
  const needed = () => {
    if (document.querySelector(DECLARATION)) ask();
    else if (!engine && document.querySelector(BLOCKED_EMBED)) {
      embedPart = true;
      Promise.all([import('./embed-part'), described()]).catch(failed('embed part')).then(([part, described]) => { part.mount(handle, described); }).catch((error: unknown) => { console.error(error); });
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', needed, { once: true });
  else needed();
}

try {
  start();
} catch (error) {
  console.error(error);
}
