import type { MessageRef } from '../../types';
import type { IntegrationService } from '../integration';
import { matomoBase, type MatomoOptions } from './runtime';

const months = (count: number): MessageRef => ({ message: 'durationMonths', count });
const minutes: MessageRef = { message: 'durationMinutes', count: 30 };
const whileChoiceKept: MessageRef = { message: 'whileChoiceKept' };

/** Matomo as the visitor reads about it: fetched with the interface, not by the loader. */
export function about(options: MatomoOptions): Omit<IntegrationService, 'category'> {
  return {
    title: 'Matomo',
    provider: { message: 'matomoProvider' },
    purpose: { message: 'matomoPurpose' },
    hosts: [matomoBase(options.url)?.hostname ?? ''],
    cookies: [
      { name: '^_pk_id', duration: months(13), description: { message: 'visitorCookie' } },
      { name: '^_pk_ses', duration: minutes },
      { name: '^_pk_ref', duration: months(6) },
      { name: '^_pk_cvar', duration: minutes },
      { name: '^_pk_hsr', duration: minutes },
      // Matomo's own memory of consent and of its withdrawal; einlass makes both expire with its decision.
      // The withdrawal's stays: should matomo.js ever run without einlass (a snippet left behind), it refuses too.
      { name: 'mtm_consent', duration: whileChoiceKept, description: { message: 'matomoConsentCookie' } },
      { name: 'mtm_consent_removed', duration: whileChoiceKept, description: { message: 'matomoConsentRemovedCookie' }, keptOnRefusal: true },
    ],
  };
}
