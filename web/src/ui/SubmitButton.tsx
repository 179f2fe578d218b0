import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import buttons from '../ui/buttons.module.css';
import layout from '../ui/layout.module.css';
import { cx } from '../ui/cx.ts';

/**
 * A button that shows progress without being disabled, so focus stays on it. React Aria's own
 * `isPending` announces through a live node that points at the button's label and is left
 * dangling afterwards, which axe reports as an unlabelled image; a plain status region avoids it.
 */
export function SubmitButton({
  children,
  pending,
  onPress,
  variant = 'primary',
}: {
  children: ReactNode;
  pending: boolean;
  onPress?: () => void;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        type={onPress ? 'button' : 'submit'}
        className={cx(
          buttons.button,
          variant === 'secondary' ? buttons['button--secondary'] : undefined,
          pending ? buttons['is-pending'] : undefined,
        )}
        onPress={pending ? undefined : onPress}
      >
        {children}
      </Button>
      <span role="status" className={layout['visually-hidden']}>
        {pending ? t('common.working') : ''}
      </span>
    </>
  );
}
