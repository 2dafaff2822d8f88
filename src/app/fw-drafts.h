/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Autosave drafts. A draft is the unsaved state of one window's document, written to
 * $XDG_DATA_HOME/framewright/drafts/ID.fwk with a sidecar ID.json (title, original file,
 * its etag and the time). The real file is never touched. A running window owns its draft
 * through a flock() held on ID.lock (see FwLockFile), which the kernel drops when the
 * process ends however it ends; drafts whose owner is gone are orphans, offered for
 * restoring at the next start.
 */

#define FW_TYPE_DRAFT (fw_draft_get_type ())
G_DECLARE_FINAL_TYPE (FwDraft, fw_draft, FW, DRAFT, GObject)

typedef struct
{
  char      *id;
  char      *path;           /* the draft document (.fwk) */
  char      *title;          /* occupation title when written, possibly "" */
  char      *original_path;  /* NULL for a document never saved */
  char      *original_etag;  /* the etag of the original file when it was loaded, or NULL */
  GDateTime *saved_at;       /* NULL when the sidecar is missing */
} FwDraftInfo;

void         fw_draft_info_free      (FwDraftInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwDraftInfo, fw_draft_info_free)

/* The drafts directory (newly allocated; not necessarily existing yet). */
char        *fw_drafts_get_directory (void);
/* Drafts no running window owns, oldest first (FwDraftInfo*; the array frees them). */
GPtrArray   *fw_drafts_find_orphans  (void);
/* Deletes an orphan draft that nobody owns. */
gboolean     fw_drafts_delete_orphan (const char   *id,
                                      GError      **error);

/* A new draft with a fresh id, owned by this process. Nothing is written yet. */
FwDraft     *fw_draft_new            (GError      **error);
/* Takes ownership of the orphan draft @id (to keep saving into it after restoring). */
FwDraft     *fw_draft_adopt          (const char   *id,
                                      GError      **error);
const char  *fw_draft_get_id         (FwDraft      *self);
/* The draft document's path (newly allocated). */
char        *fw_draft_get_path       (FwDraft      *self);
/* Whether a draft document is on disk. */
gboolean     fw_draft_exists         (FwDraft      *self);

/* Writes @contents and the sidecar atomically; blocking, safe to call from a thread. */
gboolean     fw_draft_write          (FwDraft      *self,
                                      GBytes       *contents,
                                      const char   *title,
                                      const char   *original_path,
                                      const char   *original_etag,
                                      GError      **error);
/* The same in a worker thread. A discard issued meanwhile wins: the write is dropped. */
void         fw_draft_write_async    (FwDraft             *self,
                                      GBytes              *contents,
                                      const char          *title,
                                      const char          *original_path,
                                      const char          *original_etag,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean     fw_draft_write_finish   (FwDraft             *self,
                                      GAsyncResult        *result,
                                      GError             **error);
/* Deletes the draft document and its sidecar (the lock stays while @self lives). */
void         fw_draft_discard        (FwDraft      *self);

G_END_DECLS
