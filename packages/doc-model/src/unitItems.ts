import type * as Y from 'yjs';
import {
  ItemIdSchema, NextStepSchema, STEP_KINDS, contributorKey,
  type Contributor, type Material, type NextStep, type Objective, type Slide, type Step, type StepKind,
} from '@minga/schema';
import { parsedOr, readBoolean, readMinutes, readRichText, readString, readText, setRichText, setText, setValue } from './yFields.ts';
import type { ItemCodec } from './listItems.ts';
import type { UnitListName } from './unitLayout.ts';

/** The JSON type of the items of each list. */
export interface UnitItems {
  nextSteps: NextStep;
  objectives: Objective;
  steps: Step;
  slides: Slide;
  materials: Material;
  contributors: Contributor;
}

const byId = (item: { id: string }) => item.id;

/** The optional plain values of a next step (owner, target…): last writer wins, a bad value reads as absent. */
const NEXT_STEP_EXTRAS = ['owner', 'target', 'author', 'doneBy', 'doneAt', 'origin'] as const;
type AnySchema = { safeParse(v: unknown): { success: true; data: unknown } | { success: false } };

function readKind(map: Y.Map<unknown>): StepKind {
  const value = map.get('kind');
  return (STEP_KINDS as readonly unknown[]).includes(value) ? (value as StepKind) : 'other';
}

/**
 * How the items of each list of a unit are written to and read from their Y.Map (the field
 * table is UNIT_ITEM_FIELDS in unitLayout.ts). `write` changes only the fields that differ.
 */
export const ITEM_CODECS: { [L in UnitListName]: ItemCodec<UnitItems[L]> } = {
  nextSteps: {
    idOf: byId,
    write(map, item) {
      setText(map, 'text', item.text);
      setValue(map, 'done', item.done);
      for (const key of NEXT_STEP_EXTRAS) setValue(map, key, item[key]);
    },
    read: (map, id) => {
      const step: NextStep = { id, text: readText(map, 'text'), done: readBoolean(map, 'done') };
      for (const key of NEXT_STEP_EXTRAS) {
        const value: unknown = parsedOr(NextStepSchema.shape[key] as AnySchema, map.get(key), undefined);
        if (value !== undefined) (step as Record<string, unknown>)[key] = value;
      }
      return step;
    },
  },
  objectives: {
    idOf: byId,
    write(map, item) {
      setText(map, 'text', item.text);
    },
    read: (map, id) => ({ id, text: readText(map, 'text') }),
  },
  steps: {
    idOf: byId,
    write(map, item) {
      setText(map, 'title', item.title);
      setValue(map, 'kind', item.kind);
      setValue(map, 'minutes', item.minutes);
      setText(map, 'notes', item.notes);
    },
    read: (map, id) => ({
      id,
      title: readText(map, 'title'),
      kind: readKind(map),
      minutes: readMinutes(map, 'minutes'),
      notes: readText(map, 'notes'),
    }),
  },
  slides: {
    idOf: byId,
    write(map, item) {
      setRichText(map, 'content', item.content);
      setRichText(map, 'notes', item.notes);
      setValue(map, 'hidden', item.hidden);
      setValue(map, 'stepId', item.stepId);
    },
    read: (map, id) => {
      const stepId = parsedOr(ItemIdSchema, map.get('stepId'), undefined);
      return {
        id,
        content: readRichText(map, 'content'),
        notes: readRichText(map, 'notes'),
        hidden: readBoolean(map, 'hidden'),
        ...(stepId === undefined ? {} : { stepId }),
      };
    },
  },
  materials: {
    idOf: byId,
    write(map, item) {
      setText(map, 'title', item.title);
      setValue(map, 'url', item.url);
      setValue(map, 'licence', item.licence);
    },
    read: (map, id) => ({ id, title: readText(map, 'title'), url: readString(map, 'url'), licence: readString(map, 'licence') }),
  },
  contributors: {
    idOf: (c) => contributorKey(c.name),
    write(map, item) {
      setValue(map, 'name', item.name);
      setValue(map, 'role', item.role);
    },
    read(map) {
      const name = readString(map, 'name').trim();
      if (name === '') return null;
      const role = map.get('role');
      return typeof role === 'string' ? { name, role } : { name };
    },
  },
};
