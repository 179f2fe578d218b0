import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';

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

  const tone = danger ? ' button--danger' : '';
  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <Button className={`button button--secondary${small ? ' button--small' : ''}${tone}`}>{label}</Button>
      <ModalOverlay className="p-modal-overlay" isDismissable={!pending}>
        <Modal className="p-modal">
          <Dialog role="alertdialog" className="p-dialog">
            <Heading slot="title" className="p-dialog__title">
              {title}
            </Heading>
            <div className="p-dialog__body">{children}</div>
            {error && (
              <div className="alert alert--error" role="alert">
                <p>{error}</p>
              </div>
            )}
            <div className="form-actions">
              <Button className={`button${tone}${pending ? ' is-pending' : ''}`} onPress={confirm}>
                {confirmLabel}
              </Button>
              <Button className="button button--secondary" slot="close">
                {t('participants.cancel')}
              </Button>
            </div>
            <span role="status" className="visually-hidden">
              {pending ? t('common.working') : ''}
            </span>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
