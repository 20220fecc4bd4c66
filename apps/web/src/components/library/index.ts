/** The library's pieces other screens mount (the unit page above all). */
export { AdaptUnitButton } from './AdaptUnitButton.tsx';
export { ForkDialog } from './ForkDialog.tsx';
export { PublishToggle } from './PublishToggle.tsx';
export { UnitLibraryPanel } from './UnitLibraryPanel.tsx';
export { UnitLineage } from './UnitLineage.tsx';
export { UpstreamChanges } from './UpstreamChanges.tsx';
export { libraryPath } from './libraryQuery.ts';
