import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import alerts from './alerts.module.css';
import buttons from './buttons.module.css';
import { cx } from './cx.ts';
import layout from './layout.module.css';
import overlays from './overlays.module.css';

type Props = {
  /** The button that opens the dialog. */
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs on confirm; the dialog closes when it resolves and shows the error when it rejects. */
  onConfirm: () => Promise<unknown>;
  /** Destructive actions (anonymise, revoke) get the warning style on both buttons. */
  danger?: boolean;
  small?: boolean;
};

/**
 * Asks before an action that cannot be undone. React Aria's modal traps focus, closes on Escape
 * and returns focus to the button that opened it; `alertdialog` makes screen readers read the
 * question at once.
 */
export function ConfirmButton({ label, title, children, confirmLabel, onConfirm, danger, small }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (pending) return;
    setPending(true);
    setError(null);
    onConfirm()
      .then(() => setOpen(false))
      .catch((e: unknown) => setError(errorMessage(t, e)))
      .finally(() => setPending(false));
  };

  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <Button
        className={cx(
          buttons.button,
          buttons['button--secondary'],
          small ? buttons['button--small'] : undefined,
          danger ? buttons['button--danger'] : undefined,
        )}
      >
        {label}
      </Button>
      <ModalOverlay className={overlays['p-modal-overlay']} isDismissable={!pending}>
        <Modal className={overlays['p-modal']}>
          <Dialog role="alertdialog" className={overlays['p-dialog']}>
            <Heading slot="title" className={overlays['p-dialog__title']}>
              {title}
            </Heading>
            <div className="p-dialog__body">{children}</div>
            {error && (
              <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
                <p>{error}</p>
              </div>
            )}
            <div className={buttons['form-actions']}>
              <Button
                className={cx(buttons.button, danger ? buttons['button--danger'] : undefined, pending ? buttons['is-pending'] : undefined)}
                onPress={confirm}
              >
                {confirmLabel}
              </Button>
              <Button className={cx(buttons.button, buttons['button--secondary'])} slot="close">
                {t('participants.cancel')}
              </Button>
            </div>
            <span role="status" className={layout['visually-hidden']}>
              {pending ? t('common.working') : ''}
            </span>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
