import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

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
  const className = ['button', variant === 'secondary' ? 'button--secondary' : '', pending ? 'is-pending' : ''].filter(Boolean).join(' ');
  return (
    <>
      <Button type={onPress ? 'button' : 'submit'} className={className} onPress={pending ? undefined : onPress}>
        {children}
      </Button>
      <span role="status" className="visually-hidden">
        {pending ? t('common.working') : ''}
      </span>
    </>
  );
}
