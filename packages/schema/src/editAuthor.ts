import { z } from 'zod';

/** The name an edit made through the REST API is credited to (`author` in PUT and import bodies). */
export const EditAuthorSchema = z.string().trim().min(1, 'author: a name, or leave it out').max(100, 'author: at most 100 characters');

/** What the history says of an edit made through the API with no `author`; the app translates it. */
export const VIA_API = 'via API';
