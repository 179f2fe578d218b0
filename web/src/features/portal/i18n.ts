import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { portal?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`. The portal keeps
 * its codes (login names, invitation codes, the login page's `login_format`) in its own catalogue
 * and merges them into those namespaces without overwriting a key that is already there. The
 * participants feature does the same merge; doing it here too keeps the portal working whichever
 * feature loads first, or if that one moves.
 */
for (const locale of LOCALES) {
  const portal = (i18next.getResourceBundle(locale, 'translation') as Bundle).portal;
  if (!portal) continue;
  i18next.addResourceBundle(locale, 'translation', { validation: portal.validation ?? {}, errors: portal.errors ?? {} }, true, false);
}
