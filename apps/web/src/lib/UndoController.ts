import { unitSharedTypes } from '@minga/doc-model';
import * as Y from 'yjs';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * This person's undo and redo on a unit: one Y.UndoManager over every structured part of the
 * unit, tracking only changes made with `origin`, so the others' changes are never undone here.
 * Rich text keeps its own undo in the editor. Built without side effects; `start` and `stop`
 * create and destroy the manager (React's strict mode runs them twice).
 */
export class UndoController {
  private manager: Y.UndoManager | null = null;
  private state: UndoState = { canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly origin: unknown,
    /** The shared types undone (a unit's by default; a session passes sessionSharedTypes). */
    private readonly scope: (doc: Y.Doc) => Y.AbstractType<unknown>[] = unitSharedTypes,
  ) {}

  start(): void {
    if (this.manager) return;
    const manager = new Y.UndoManager(this.scope(this.doc), { trackedOrigins: new Set([this.origin]) });
    manager.on('stack-item-added', this.refresh);
    manager.on('stack-item-popped', this.refresh);
    manager.on('stack-cleared', this.refresh);
    this.manager = manager;
    this.refresh();
  }

  stop(): void {
    this.manager?.destroy();
    this.manager = null;
    this.refresh();
  }

  undo = (): void => {
    this.manager?.undo();
  };

  redo = (): void => {
    this.manager?.redo();
  };

  /** Ends the current capture group, so the next change is undone on its own. */
  stopCapturing = (): void => {
    this.manager?.stopCapturing();
  };

  getState = (): UndoState => this.state;

  subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  };

  private refresh = (): void => {
    const next = { canUndo: (this.manager?.undoStack.length ?? 0) > 0, canRedo: (this.manager?.redoStack.length ?? 0) > 0 };
    if (next.canUndo === this.state.canUndo && next.canRedo === this.state.canRedo) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  };
}
