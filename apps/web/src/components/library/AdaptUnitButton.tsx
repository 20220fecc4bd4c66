import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForkDialog } from './ForkDialog.tsx';

interface AdaptUnitButtonProps {
  workspaceId: string;
  accessKey: string;
  unit: { id: string; title: string; licence: string };
}

/** "Adapt this unit": opens the fork dialog (licence rule, name of the adaptation), then the new unit. */
export function AdaptUnitButton({ workspaceId, accessKey, unit }: AdaptUnitButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="adapt-unit">{t('fork.adapt')}</button>
      {open && <ForkDialog workspaceId={workspaceId} accessKey={accessKey} source={unit} onClose={() => setOpen(false)} />}
    </>
  );
}
