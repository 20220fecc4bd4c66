import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewUnitDialog } from './NewUnitDialog.tsx';

interface NewUnitButtonProps {
  workspaceId: string;
  accessKey: string;
}

/** « Nouvelle unité »: asks the title in a dialog; nothing is created before it is given. */
export function NewUnitButton({ workspaceId, accessKey }: NewUnitButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="new-unit">
      <button type="button" className="button--primary" onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="new-unit">
        {t('unitList.newUnit')}
      </button>
      {open && <NewUnitDialog workspaceId={workspaceId} accessKey={accessKey} onClose={() => setOpen(false)} />}
    </div>
  );
}
