/**
 * Whether a key pressed on the presenting screens belongs to the control that has the focus rather
 * than to the slides. Fields and dialogs keep every key; a button or link keeps only Enter and
 * Space (which press it), so the arrows and a clicker's Page Up/Down still move the slides after
 * the presenter used a button.
 */
export function keyBelongsToControl(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (target.closest('input, textarea, select, dialog, [contenteditable="true"]')) return true;
  if (target.closest('button, a, summary')) return event.key === ' ' || event.key === 'Enter';
  return false;
}
