/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Git, through libgit2: setting a repository up for .fwk merges and diffs, and reading
 * earlier versions of a file. */

/* The merge driver and textconv commands git-setup writes (COMMAND is framewright-cli). */
#define FW_GIT_MERGE_DRIVER "%s merge %%O %%A %%B -o %%A"
#define FW_GIT_TEXTCONV     "%s show"
#define FW_GIT_ATTRIBUTES   "*.fwk merge=framewright diff=framewright"
#define FW_GIT_MAP_ATTRIBUTES "*.fwmap merge=framewright diff=framewright"

/*
 * Sets up the repository that holds @path (a folder or a file in it): adds the attributes
 * line to its top-level .gitattributes (once), and sets merge.framewright.driver,
 * merge.framewright.name and diff.framewright.textconv in its local config, running
 * @command (e.g. "framewright-cli"). On success, @attributes_path receives the path of the
 * .gitattributes file.
 */
gboolean    fw_git_setup               (const char  *path,
                                        const char  *command,
                                        char       **attributes_path,
                                        GError     **error);

typedef struct
{
  char   *id;        /* full commit id */
  char   *summary;   /* the first line of the message */
  char   *author;
  gint64  time;      /* seconds since the epoch */
} FwGitCommit;

void        fw_git_commit_free         (FwGitCommit *commit);

/*
 * The commits, newest first, that changed the file at @path, at most @limit of them.
 * FALSE with @error when @path is not in a git repository.
 */
GPtrArray  *fw_git_file_history        (const char  *path,
                                        guint        limit,
                                        GError     **error);
/* The file's contents at commit @commit_id. */
GBytes     *fw_git_read_file_at        (const char  *path,
                                        const char  *commit_id,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwGitCommit, fw_git_commit_free)

G_END_DECLS
