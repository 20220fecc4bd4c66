import { useEffect } from 'react';
import { DocPage } from '../components/doc/DocPage.tsx';
import { UnitEditor } from '../components/unit/UnitEditor.tsx';
import { preloadUnitPanels } from '../components/unit/UnitLazyPanels.tsx';

/** `/w/:workspaceId/units/:unitId?key=…`: a unit's own page, shareable like a pad. */
export function UnitPage() {
  // The panels load while the workspace and the unit are checked, not after.
  useEffect(preloadUnitPanels, []);
  return <DocPage kind="unit" idParam="unitId">{(open) => <UnitEditor {...open} />}</DocPage>;
}
