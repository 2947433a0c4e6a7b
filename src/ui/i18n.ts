import { createTranslator, type Translator } from '../core/i18n';
import { chooseLanguage } from '../core/language';
import { loadedMessages, loadMessages, type MessageKey, type Messages } from '../locales';
import type { ResolvedConfig } from '../types';

/** Texts in one language: einlass's own (`t`) and the config's (`text`). */
export interface I18n extends Translator<MessageKey> {
  /** "A, B and C" in this language. */
  readonly list: (items: readonly string[]) => string;
}

/** The language to show: the page's `<html lang>` (or `requested`), else the config's `language`, else English. */
function languageOf(config: ResolvedConfig, requested?: string): string {
  return chooseLanguage(config, requested ?? document.documentElement.lang);
}

/** The texts of one language with the config's text overrides; warns about overrides of no known text. */
function createI18n(config: ResolvedConfig, lang: string, messages: Messages): I18n {
  for (const [code, texts] of Object.entries(config.texts)) {
    for (const key of Object.keys(texts)) {
      if (!(key in messages)) console.warn(`einlass: texts.${code}.${key} is no text of the interface (known: ${Object.keys(messages).join(', ')})`);
    }
  }
  const translator = createTranslator(lang, messages, config.texts);
  // Not Intl.ListFormat: its first use loads locale data and cost 19 ms of script time in the benchmark.
  const and = ` ${translator.t('and')} `;
  return {
    ...translator,
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1) ?? ''}`),
  };
}

/** Calls `then` with the texts of the language to show: at once when they are fetched already. Returns the function that cancels. */
export function withI18n(config: ResolvedConfig, requested: string | undefined, then: (i18n: I18n) => void): () => void {
  const lang = languageOf(config, requested);
  const ready = loadedMessages(lang, config.informal);
  if (ready) {
    then(createI18n(config, lang, ready));
    return () => undefined;
  }
  let live = true;
  loadMessages(lang, config.informal)
    .then((messages) => { if (live) then(createI18n(config, lang, messages)); })
    .catch((error: unknown) => { console.error(`einlass: the texts of "${lang}" could not be loaded:`, error); });
  return () => { live = false; };
}
