/**
 * The general pad is one Y.XmlFragment, edited with Tiptap's Collaboration extension.
 * The field name is shared by the browser editor and any server code that reads the pad.
 */
export const GENERAL_PAD_FIELD = 'content';
