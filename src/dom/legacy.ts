import { deleteCookies } from './cookies';

const OSANO = 'cookieconsent_status';

/**
 * Reads, once, the choice left by the Osano cookie banner (`cookieconsent_status`: allow, deny or
 * dismiss), which many German privacy policies still name, and deletes its cookie. Only "deny" can
 * be taken over: "allow" and "dismiss" never said which services, so the visitor is asked again.
 */
export function takeOsanoChoice(): 'deny' | 'ask' | undefined {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`${OSANO}=`));
  if (pair === undefined) return undefined;
  deleteCookies([{ name: OSANO, duration: '' }]);
  return pair.slice(OSANO.length + 1) === 'deny' ? 'deny' : 'ask';
}
