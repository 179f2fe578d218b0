import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/index.ts';
import { useChangeLocale } from '../session.ts';
import buttons from '../ui/buttons.module.css';
import { cx } from '../ui/cx.ts';

/**
 * Offers the other language, named in that language ("English" / "Dansk") and marked with its
 * `lang` so screen readers pronounce it correctly.
 */
export function LanguageToggle() {
  const { t } = useTranslation();
  const changeLocale = useChangeLocale();
  const next = currentLocale() === 'da' ? 'en' : 'da';
  return (
    <Button className={cx(buttons.button, buttons['button--link'], 'header__lang')} onPress={() => void changeLocale(next)}>
      <span lang={next}>{t('language.switchTo')}</span>
    </Button>
  );
}
