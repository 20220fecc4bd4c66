/** The CLI's messages in French and English; TypeScript keeps both catalogues complete. */
export interface CliMessages {
  running: (url: string) => string;
  openThis: (url: string) => string;
  noDefault: (url: string) => string;
  onNetwork: (origin: string) => string;
  stopping: string;
  created: (name: string) => string;
  editKey: string;
  viewKey: string;
  commentKey: string;
  editLink: string;
  noWorkspaces: string;
  rotated: (id: string) => string;
  backupDone: (file: string, bytes: number) => string;
  /** `minga backup`/`restore` with MINGA_DATABASE_URL: the data is in Postgres, pg_dump backs it up. */
  usePgDump: (schema: string) => string;
  exported: (file: string, bytes: number) => string;
  imported: (title: string, id: string, format: string) => string;
  restoreDone: (file: string, previous: string | null) => string;
  restoreServerRunning: (pid: number) => string;
  notMingaDb: (file: string) => string;
  notFound: (what: string) => string;
  workspaceNotFound: (id: string) => string;
  defaultWorkspaceName: string;
  followKeyRotated: (sessionId: string) => string;
  followKey: string;
  followLink: string;
  followKeyNeedsRotate: string;
  sessionNotFound: (id: string) => string;
  migrateNoSource: (dataDir: string) => string;
  migrateServerRunning: (pid: number) => string;
  migrateUnreachable: (url: string, reason: string) => string;
  migrateConflict: (schema: string, count: number, list: string) => string;
  migrateTitle: (source: string, schema: string) => string;
  /** Column heads of the report: table, in the data directory, in Postgres, inserted, already there, missing. */
  migrateColumns: [string, string, string, string, string, string];
  migrateDocs: (copied: number, merged: number, unchanged: number) => string;
  migrateSample: (compared: number, different: number) => string;
  migrateOk: string;
  migrateMismatch: string;
  migrateDefaultWorkspace: string;
}

const fr: CliMessages = {
  running: (url) => `Minga tourne sur ${url}`,
  openThis: (url) => `Ouvrez votre espace de travail\u00a0: ${url}`,
  noDefault: (url) => `Ouvrez ${url}\u00a0; pour un nouvel espace\u00a0: npm run minga -- workspace create --name "Mon espace"`,
  onNetwork: (origin) => `Sur le réseau local (téléphones, autres ordinateurs)\u00a0: ${origin}`,
  stopping: 'Arrêt de Minga\u00a0: enregistrement des documents…',
  created: (name) => `Espace de travail «\u00a0${name}\u00a0» créé.`,
  editKey: 'Clé d’édition',
  viewKey: 'Clé de lecture',
  commentKey: 'Clé de commentaire',
  editLink: 'Lien d’édition',
  noWorkspaces: 'Aucun espace de travail.',
  rotated: (id) => `Nouvelles clés pour ${id}\u00a0; les anciennes ne fonctionnent plus.`,
  backupDone: (file, bytes) => `Sauvegarde écrite dans ${file} (${bytes} octets).`,
  usePgDump: (schema) =>
    `Les données sont dans Postgres (MINGA_DATABASE_URL), schéma «\u00a0${schema}\u00a0»\u00a0: sauvegardez-les avec pg_dump, par exemple ` +
    `pg_dump --schema=${schema} -Fc "$MINGA_DATABASE_URL" > minga.dump, et restaurez avec pg_restore dans une base dont ce schéma n’existe pas encore. ` +
    `Le dossier de données ne garde que default-workspace.json (le lien de l’espace par défaut)\u00a0; copiez-le aussi si vous vous en servez.`,
  exported: (file, bytes) => `Export écrit dans ${file} (${bytes} octets).`,
  imported: (title, id, format) => `Unité «\u00a0${title}\u00a0» importée (${format}), identifiant ${id}.`,
  restoreDone: (file, previous) =>
    `Données restaurées depuis ${file}.${previous ? ` L’ancienne base est gardée dans ${previous}.` : ''}`,
  restoreServerRunning: (pid) => `Un serveur Minga tourne sur ce dossier de données (pid ${pid})\u00a0: arrêtez-le avant de restaurer.`,
  notMingaDb: (file) => `${file} n’est pas une sauvegarde Minga lisible.`,
  notFound: (what) => `Introuvable\u00a0: ${what}`,
  workspaceNotFound: (id) => `Aucun espace de travail n’a l’identifiant ${id}.`,
  defaultWorkspaceName: 'Mon espace de travail',
  followKeyRotated: (id) => `Nouveau lien de suivi pour la séance ${id}\u00a0; l’ancien ne fonctionne plus.`,
  followKey: 'Clé de suivi',
  followLink: 'Lien de suivi',
  followKeyNeedsRotate: 'La ligne de commande ne détient pas la clé d’édition\u00a0: elle ne peut que remplacer la clé de suivi (--rotate). La page de la séance montre le lien actuel.',
  sessionNotFound: (id) => `Aucune séance «\u00a0${id}\u00a0» dans cet espace.`,
  migrateNoSource: (dir) =>
    `Pas de minga.db dans ${dir}\u00a0: rien à migrer (indiquez le dossier de données intégré avec MINGA_DATA_DIR ou --data-dir).`,
  migrateServerRunning: (pid) => `Un serveur Minga tourne sur ce dossier de données (pid ${pid})\u00a0: arrêtez-le, puis migrez.`,
  migrateUnreachable: (url, reason) => `Postgres (${url}) ne répond pas ou refuse le schéma de Minga\u00a0: ${reason}`,
  migrateConflict: (schema, count, list) =>
    `Postgres (schéma «\u00a0${schema}\u00a0») contient déjà ${count} ligne(s) de même clé mais d’autres valeurs que le dossier de données (${list}). ` +
    `Rien n’a été écrit. Migrez vers un schéma vide, ou supprimez celui-ci s’il ne contient qu’une copie précédente de ce dossier.`,
  migrateTitle: (source, schema) => `Migration de ${source} vers Postgres, schéma «\u00a0${schema}\u00a0»`,
  migrateColumns: ['table', 'dossier', 'Postgres', 'insérées', 'déjà là', 'manquantes'],
  migrateDocs: (copied, merged, unchanged) => `documents\u00a0: ${copied} copiés, ${merged} complétés, ${unchanged} déjà à jour`,
  migrateSample: (compared, different) => `documents comparés (état et JSON)\u00a0: ${compared}, différents\u00a0: ${different}`,
  migrateOk: 'Vérifié\u00a0: chaque ligne et chaque document du dossier de données est dans Postgres.',
  migrateMismatch: 'Échec de la vérification\u00a0: voir les lignes manquantes ou les documents différents ci-dessus.',
  migrateDefaultWorkspace:
    'default-workspace.json (le lien de l’espace par défaut) reste dans le dossier de données\u00a0: donnez ce dossier (MINGA_DATA_DIR) aux nœuds, ou copiez ce fichier.',
};

const en: CliMessages = {
  running: (url) => `Minga is running on ${url}`,
  openThis: (url) => `Open your workspace: ${url}`,
  noDefault: (url) => `Open ${url}; for a new workspace: npm run minga -- workspace create --name "My workspace"`,
  onNetwork: (origin) => `On the local network (phones, other laptops): ${origin}`,
  stopping: 'Stopping Minga: saving documents…',
  created: (name) => `Workspace “${name}” created.`,
  editKey: 'Edit key',
  viewKey: 'View key',
  commentKey: 'Comment key',
  editLink: 'Edit link',
  noWorkspaces: 'No workspaces.',
  rotated: (id) => `New keys for ${id}; the old ones no longer work.`,
  backupDone: (file, bytes) => `Backup written to ${file} (${bytes} bytes).`,
  usePgDump: (schema) =>
    `The data is in Postgres (MINGA_DATABASE_URL), schema "${schema}": back it up with pg_dump, for example ` +
    `pg_dump --schema=${schema} -Fc "$MINGA_DATABASE_URL" > minga.dump, and restore it with pg_restore into a database where that schema does not exist yet. ` +
    `The data directory keeps only default-workspace.json (the default workspace's link); copy it too if you use it.`,
  exported: (file, bytes) => `Export written to ${file} (${bytes} bytes).`,
  imported: (title, id, format) => `Unit “${title}” imported (${format}), id ${id}.`,
  restoreDone: (file, previous) =>
    `Data restored from ${file}.${previous ? ` The previous database is kept in ${previous}.` : ''}`,
  restoreServerRunning: (pid) => `A Minga server is running on this data directory (pid ${pid}): stop it before restoring.`,
  notMingaDb: (file) => `${file} is not a readable Minga backup.`,
  notFound: (what) => `Not found: ${what}`,
  workspaceNotFound: (id) => `No workspace has the id ${id}.`,
  defaultWorkspaceName: 'My workspace',
  followKeyRotated: (id) => `New follow link for session ${id}; the old one no longer works.`,
  followKey: 'Follow key',
  followLink: 'Follow link',
  followKeyNeedsRotate: 'The command line holds no edit key: it can only replace the follow key (--rotate). The session page shows the current link.',
  sessionNotFound: (id) => `No session "${id}" in this workspace.`,
  migrateNoSource: (dir) => `No minga.db in ${dir}: nothing to migrate (point MINGA_DATA_DIR or --data-dir at the embedded data directory).`,
  migrateServerRunning: (pid) => `A Minga server is running on this data directory (pid ${pid}): stop it, then migrate.`,
  migrateUnreachable: (url, reason) => `Postgres (${url}) does not answer or refuses Minga's schema: ${reason}`,
  migrateConflict: (schema, count, list) =>
    `Postgres (schema "${schema}") already holds ${count} row(s) with the same key but other values than the data directory (${list}). ` +
    `Nothing was written. Migrate into an empty schema, or drop this one if it only holds an earlier copy of this data directory.`,
  migrateTitle: (source, schema) => `Migrating ${source} to Postgres, schema "${schema}"`,
  migrateColumns: ['table', 'data dir', 'Postgres', 'inserted', 'already', 'missing'],
  migrateDocs: (copied, merged, unchanged) => `documents: ${copied} copied, ${merged} completed, ${unchanged} already up to date`,
  migrateSample: (compared, different) => `documents compared (state and JSON): ${compared}, different: ${different}`,
  migrateOk: 'Verified: every row and every document of the data directory is in Postgres.',
  migrateMismatch: 'Verification failed: see the missing rows or the different documents above.',
  migrateDefaultWorkspace:
    "default-workspace.json (the default workspace's link) stays in the data directory: give the nodes this directory (MINGA_DATA_DIR), or copy that file.",
};

/** French when the environment's locale is French, English otherwise. */
export function cliMessages(env: NodeJS.ProcessEnv = process.env): CliMessages {
  const locale = env.MINGA_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return locale.toLowerCase().startsWith('fr') ? fr : en;
}

export const catalogues = { fr, en };
