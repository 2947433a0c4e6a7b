import { cookieValues } from '../core/cookies';
import { deleteCookies } from './cookies';

const OSANO = 'cookieconsent_status';

/**
 * Reads, once, the choice left by the Osano cookie banner (`cookieconsent_status`: allow, deny or
 * dismiss), which many German privacy policies still name, and deletes its cookie. Only "deny" can
 * be taken over: "allow" and "dismiss" never said which services, so the visitor is asked again.
 */
export function takeOsanoChoice(): 'deny' | 'ask' | undefined {
  const values = cookieValues(document.cookie, OSANO);
  if (values.length === 0) return undefined;
  deleteCookies([{ name: OSANO }]);
  return values.includes('deny') ? 'deny' : 'ask';
}
