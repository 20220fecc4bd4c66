import './fields.css';

interface RemoveButtonProps {
  label: string;
  onRemove: () => void;
}

/** A small "remove this item" button, named after the item for screen readers. */
export function RemoveButton({ label, onRemove }: RemoveButtonProps) {
  return (
    <button type="button" className="icon-button icon-button--danger" onClick={onRemove} aria-label={label} title={label} data-testid="remove-item">
      <span aria-hidden="true">✕</span>
    </button>
  );
}
