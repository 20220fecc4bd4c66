import { storedValue } from './storedValue.ts';

/** How a person appears to others: in the "who is here" list and on their caret. */
export interface Identity {
  name: string;
  color: string;
}

/** Caret colours: dark enough for white label text, distinct from one another. */
export const IDENTITY_COLORS = [
  { value: '#b3261e', label: 'identity.colors.red' },
  { value: '#c2410c', label: 'identity.colors.orange' },
  { value: '#a16207', label: 'identity.colors.ochre' },
  { value: '#15803d', label: 'identity.colors.green' },
  { value: '#0f766e', label: 'identity.colors.teal' },
  { value: '#1d4ed8', label: 'identity.colors.blue' },
  { value: '#6d28d9', label: 'identity.colors.violet' },
  { value: '#be185d', label: 'identity.colors.pink' },
] as const;

const DEFAULT_COLOR = IDENTITY_COLORS[0].value;

export const MAX_NAME_LENGTH = 40;

function parseIdentity(raw: unknown): Identity | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, color } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  const validColor = typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color);
  return {
    name: name.trim().slice(0, MAX_NAME_LENGTH),
    color: validColor ? color : DEFAULT_COLOR,
  };
}

/** The person's chosen name and colour, on this device (null until they pick one). */
export const identityStore = storedValue<Identity | null>('minga:identity', parseIdentity);

/** A colour for a first visit, so two people rarely start with the same one. */
export function randomIdentityColor(): string {
  return IDENTITY_COLORS[Math.floor(Math.random() * IDENTITY_COLORS.length)]?.value ?? DEFAULT_COLOR;
}
