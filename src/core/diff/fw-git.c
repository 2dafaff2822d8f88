/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <git2.h>
#include <glib/gi18n-lib.h>

#include "fw-error.h"
#include "fw-git.h"
#include "fw-io.h"
#include "fw-lazy-library.h"

/* libgit2 is opened on first use, not linked: see fw-lazy-library.h. */
#define FW_GIT_FUNCTIONS(X) \
  X (git_blob_free) \
  X (git_blob_lookup) \
  X (git_blob_rawcontent) \
  X (git_blob_rawsize) \
  X (git_commit_author) \
  X (git_commit_free) \
  X (git_commit_lookup) \
  X (git_commit_parent) \
  X (git_commit_parentcount) \
  X (git_commit_summary) \
  X (git_commit_time) \
  X (git_commit_tree) \
  X (git_config_free) \
  X (git_config_set_string) \
  X (git_error_last) \
  X (git_libgit2_init) \
  X (git_oid_cpy) \
  X (git_oid_equal) \
  X (git_oid_fromstr) \
  X (git_oid_tostr) \
  X (git_repository_config) \
  X (git_repository_free) \
  X (git_repository_open_ext) \
  X (git_repository_workdir) \
  X (git_revwalk_free) \
  X (git_revwalk_new) \
  X (git_revwalk_next) \
  X (git_revwalk_push_head) \
  X (git_revwalk_sorting) \
  X (git_tree_entry_bypath) \
  X (git_tree_entry_free) \
  X (git_tree_entry_id) \
  X (git_tree_free)

FW_GIT_FUNCTIONS (FW_LAZY_STATIC)
static const FwLazySymbol git_symbols[] = { FW_GIT_FUNCTIONS (FW_LAZY_SYMBOL) };
static FwLazyLibrary libgit2 = FW_LAZY_LIBRARY_INIT (FW_LIBGIT2_SONAME, git_symbols);

#define git_blob_free (*fw_lazy_git_blob_free)
#define git_blob_lookup (*fw_lazy_git_blob_lookup)
#define git_blob_rawcontent (*fw_lazy_git_blob_rawcontent)
#define git_blob_rawsize (*fw_lazy_git_blob_rawsize)
#define git_commit_author (*fw_lazy_git_commit_author)
#define git_commit_free (*fw_lazy_git_commit_free)
#define git_commit_lookup (*fw_lazy_git_commit_lookup)
#define git_commit_parent (*fw_lazy_git_commit_parent)
#define git_commit_parentcount (*fw_lazy_git_commit_parentcount)
#define git_commit_summary (*fw_lazy_git_commit_summary)
#define git_commit_time (*fw_lazy_git_commit_time)
#define git_commit_tree (*fw_lazy_git_commit_tree)
#define git_config_free (*fw_lazy_git_config_free)
#define git_config_set_string (*fw_lazy_git_config_set_string)
#define git_error_last (*fw_lazy_git_error_last)
#define git_libgit2_init (*fw_lazy_git_libgit2_init)
#define git_oid_cpy (*fw_lazy_git_oid_cpy)
#define git_oid_equal (*fw_lazy_git_oid_equal)
#define git_oid_fromstr (*fw_lazy_git_oid_fromstr)
#define git_oid_tostr (*fw_lazy_git_oid_tostr)
#define git_repository_config (*fw_lazy_git_repository_config)
#define git_repository_free (*fw_lazy_git_repository_free)
#define git_repository_open_ext (*fw_lazy_git_repository_open_ext)
#define git_repository_workdir (*fw_lazy_git_repository_workdir)
#define git_revwalk_free (*fw_lazy_git_revwalk_free)
#define git_revwalk_new (*fw_lazy_git_revwalk_new)
#define git_revwalk_next (*fw_lazy_git_revwalk_next)
#define git_revwalk_push_head (*fw_lazy_git_revwalk_push_head)
#define git_revwalk_sorting (*fw_lazy_git_revwalk_sorting)
#define git_tree_entry_bypath (*fw_lazy_git_tree_entry_bypath)
#define git_tree_entry_free (*fw_lazy_git_tree_entry_free)
#define git_tree_entry_id (*fw_lazy_git_tree_entry_id)
#define git_tree_free (*fw_lazy_git_tree_free)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_repository, git_repository_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_config, git_config_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_revwalk, git_revwalk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_commit, git_commit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree_entry, git_tree_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_blob, git_blob_free)

/* Opens libgit2 and initialises it, once; FALSE (and @error set) when it cannot be opened. */
static gboolean
ensure_init (GError **error)
{
  static gsize initialized = 0;

  if (!fw_lazy_library_load (&libgit2, error))
    return FALSE;
  if (g_once_init_enter (&initialized))
    {
      git_libgit2_init ();
      g_once_init_leave (&initialized, 1);
    }

  return TRUE;
}

static gboolean
git_failed (GError    **error,
            const char *path,
            const char *what)
{
  const git_error *last = git_error_last ();

  fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "%s: %s", what,
                   last != NULL && last->message != NULL ? last->message : _("unknown error"));
  return FALSE;
}

/* The repository that holds @path, and @path relative to its working folder. */
static git_repository *
open_repository (const char  *path,
                 char       **relative,
                 GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *start = NULL;
  git_repository *repository = NULL;
  const char *workdir;

  if (!ensure_init (error))
    return NULL;
  start = g_file_test (absolute, G_FILE_TEST_IS_DIR) ? g_strdup (absolute)
                                                      : g_path_get_dirname (absolute);
  if (git_repository_open_ext (&repository, start, 0, NULL) != 0)
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "%s",
                       _("not in a git repository"));
      return NULL;
    }

  workdir = git_repository_workdir (repository);
  if (relative != NULL)
    {
      g_autofree char *real_workdir = workdir != NULL ? realpath (workdir, NULL) : NULL;
      g_autofree char *real_file = NULL;
      g_autofree char *real_dir = realpath (start, NULL);
      g_autofree char *base = g_path_get_basename (absolute);

      real_file = real_dir != NULL ? g_build_filename (real_dir, base, NULL) : NULL;
      if (real_workdir == NULL || real_file == NULL
          || !g_str_has_prefix (real_file, real_workdir))
        {
          git_repository_free (repository);
          fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "%s",
                           _("not in the working folder of a git repository"));
          return NULL;
        }
      *relative = g_strdup (real_file + strlen (real_workdir)
                            + (real_file[strlen (real_workdir)] == '/'));
    }

  return repository;
}

static gboolean
add_attributes_line (const char  *attributes_path,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GString) updated = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length = 0;
  gboolean have_fwk = FALSE;
  gboolean have_map = FALSE;

  if (g_file_test (attributes_path, G_FILE_TEST_EXISTS)
      && !g_file_get_contents (attributes_path, &contents, &length, error))
    return FALSE;

  lines = g_strsplit (contents != NULL ? contents : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      have_fwk = have_fwk || g_str_equal (lines[i], FW_GIT_ATTRIBUTES);
      have_map = have_map || g_str_equal (lines[i], FW_GIT_MAP_ATTRIBUTES);
    }
  if (have_fwk && have_map)
    return TRUE;

  updated = g_string_new (contents);
  if (updated->len > 0 && updated->str[updated->len - 1] != '\n')
    g_string_append_c (updated, '\n');
  if (!have_fwk)
    g_string_append (updated, FW_GIT_ATTRIBUTES "\n");
  if (!have_map)
    g_string_append (updated, FW_GIT_MAP_ATTRIBUTES "\n");

  return g_file_set_contents (attributes_path, updated->str, updated->len, error);
}

gboolean
fw_git_setup (const char  *path,
              const char  *command,
              char       **attributes_path,
              GError     **error)
{
  g_autoptr(git_repository) repository = NULL;
  g_autoptr(git_config) config = NULL;
  g_autofree char *attributes = NULL;
  g_autofree char *driver = NULL;
  g_autofree char *textconv = NULL;
  g_autofree char *quoted = NULL;
  const char *workdir;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (command != NULL, FALSE);

  repository = open_repository (path, NULL, error);
  if (repository == NULL)
    return FALSE;
  workdir = git_repository_workdir (repository);
  if (workdir == NULL)
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "%s",
                       _("a bare repository has no .gitattributes to write"));
      return FALSE;
    }

  attributes = g_build_filename (workdir, ".gitattributes", NULL);
  if (!add_attributes_line (attributes, error))
    return FALSE;

  /* git runs the commands through the shell. */
  quoted = strchr (command, ' ') != NULL || strchr (command, '\'') != NULL
           ? g_shell_quote (command) : g_strdup (command);
  driver = g_strdup_printf (FW_GIT_MERGE_DRIVER, quoted);
  textconv = g_strdup_printf (FW_GIT_TEXTCONV, quoted);
  if (git_repository_config (&config, repository) != 0)
    return git_failed (error, path, _("cannot open the repository’s configuration"));
  if (git_config_set_string (config, "merge.framewright.name", "Framewright statement merge") != 0
      || git_config_set_string (config, "merge.framewright.driver", driver) != 0
      || git_config_set_string (config, "diff.framewright.textconv", textconv) != 0)
    return git_failed (error, path, _("cannot write the repository’s configuration"));

  if (attributes_path != NULL)
    *attributes_path = g_steal_pointer (&attributes);
  return TRUE;
}

void
fw_git_commit_free (FwGitCommit *commit)
{
  if (commit == NULL)
    return;

  g_free (commit->id);
  g_free (commit->summary);
  g_free (commit->author);
  g_free (commit);
}

/* The id of the file's blob at @commit, or FALSE when the commit does not have it. */
static gboolean
blob_id_at (git_commit *commit,
            const char *relative,
            git_oid    *oid)
{
  git_tree *tree = NULL;
  g_autoptr(git_tree_entry) entry = NULL;
  gboolean found;

  if (git_commit_tree (&tree, commit) != 0)
    return FALSE;
  found = git_tree_entry_bypath (&entry, tree, relative) == 0;
  git_tree_free (tree);
  if (found)
    git_oid_cpy (oid, git_tree_entry_id (entry));
  return found;
}

/* Whether @commit changed the file: its blob differs from every parent's. */
static gboolean
changes_file (git_commit *commit,
              const char *relative)
{
  git_oid blob, parent_blob;
  guint n_parents = git_commit_parentcount (commit);

  if (!blob_id_at (commit, relative, &blob))
    return FALSE;
  for (guint i = 0; i < n_parents; i++)
    {
      g_autoptr(git_commit) parent = NULL;

      if (git_commit_parent (&parent, commit, i) == 0 && blob_id_at (parent, relative, &parent_blob)
          && git_oid_equal (&blob, &parent_blob))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
fw_git_file_history (const char  *path,
                     guint        limit,
                     GError     **error)
{
  g_autoptr(git_repository) repository = NULL;
  g_autoptr(git_revwalk) walk = NULL;
  g_autoptr(GPtrArray) commits = NULL;
  g_autofree char *relative = NULL;
  git_oid oid;

  g_return_val_if_fail (path != NULL, NULL);

  repository = open_repository (path, &relative, error);
  if (repository == NULL)
    return NULL;

  commits = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_git_commit_free);
  if (git_revwalk_new (&walk, repository) != 0)
    {
      git_failed (error, path, _("cannot read the history"));
      return NULL;
    }
  git_revwalk_sorting (walk, GIT_SORT_TIME);
  /* A repository without commits has an empty history. */
  if (git_revwalk_push_head (walk) != 0)
    return g_steal_pointer (&commits);

  while (commits->len < limit && git_revwalk_next (&oid, walk) == 0)
    {
      g_autoptr(git_commit) commit = NULL;
      FwGitCommit *entry;
      char id[GIT_OID_HEXSZ + 1];

      if (git_commit_lookup (&commit, repository, &oid) != 0 || !changes_file (commit, relative))
        continue;

      entry = g_new0 (FwGitCommit, 1);
      entry->id = g_strdup (git_oid_tostr (id, sizeof id, &oid));
      entry->summary = g_strdup (git_commit_summary (commit) != NULL
                                 ? git_commit_summary (commit) : "");
      entry->author = g_strdup (git_commit_author (commit)->name);
      entry->time = git_commit_time (commit);
      g_ptr_array_add (commits, entry);
    }

  return g_steal_pointer (&commits);
}

GBytes *
fw_git_read_file_at (const char  *path,
                     const char  *commit_id,
                     GError     **error)
{
  g_autoptr(git_repository) repository = NULL;
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(git_blob) blob = NULL;
  g_autofree char *relative = NULL;
  git_oid oid, blob_oid;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (commit_id != NULL, NULL);

  repository = open_repository (path, &relative, error);
  if (repository == NULL)
    return NULL;

  if (git_oid_fromstr (&oid, commit_id) != 0
      || git_commit_lookup (&commit, repository, &oid) != 0)
    {
      git_failed (error, path, _("no such commit"));
      return NULL;
    }
  if (!blob_id_at (commit, relative, &blob_oid) || git_blob_lookup (&blob, repository,
                                                                    &blob_oid) != 0)
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, _("the file is not in commit %.12s"),
                       commit_id);
      return NULL;
    }
  if (git_blob_rawsize (blob) > FW_MAX_FILE_SIZE)
    {
      fw_set_error_at (error, FW_ERROR_TOO_LARGE, path, 0, 0,
                       _("the file at commit %.12s is larger than %d bytes"), commit_id,
                       FW_MAX_FILE_SIZE);
      return NULL;
    }

  return g_bytes_new (git_blob_rawcontent (blob), git_blob_rawsize (blob));
}
