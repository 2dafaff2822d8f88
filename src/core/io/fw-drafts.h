/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Autosave drafts. A draft is the unsaved state of one window's document, written to
 * $XDG_DATA_HOME/framewright/drafts/ID.fwk (a framework) or ID.fwmap (a curriculum map) with
 * a sidecar ID.json (title, original file, its etag, a map's framework and the time). The
 * real file is never touched. A running window owns its draft through a flock() held on
 * ID.lock (see FwLockFile), which the kernel drops when the process ends however it ends;
 * drafts whose owner is gone are orphans, offered for restoring at the next start.
 */

#define FW_TYPE_DRAFT (fw_draft_get_type ())
G_DECLARE_FINAL_TYPE (FwDraft, fw_draft, FW, DRAFT, GObject)

/* What a draft holds; the draft document's file name ends in the kind's own extension. */
typedef enum
{
  FW_DRAFT_FRAMEWORK,  /* a framework, .fwk */
  FW_DRAFT_MAP,        /* a curriculum map, .fwmap */
} FwDraftKind;

typedef struct
{
  char        *id;
  FwDraftKind  kind;
  char        *path;           /* the draft document (.fwk or .fwmap) */
  char        *title;          /* occupation title or program name when written, possibly "" */
  char        *original_path;  /* NULL for a document never saved */
  char        *original_etag;  /* the etag of the original file when it was loaded, or NULL */
  char        *framework_path; /* a map's framework (absolute), or NULL */
  GDateTime   *saved_at;       /* NULL when the sidecar is missing */
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

/* A new draft of @kind with a fresh id, owned by this process. Nothing is written yet. */
FwDraft     *fw_draft_new            (FwDraftKind   kind,
                                      GError      **error);
/*
 * Takes ownership of the orphan draft @id (to keep saving into it after restoring); its kind
 * is that of the draft document found.
 */
FwDraft     *fw_draft_adopt          (const char   *id,
                                      GError      **error);
const char  *fw_draft_get_id         (FwDraft      *self);
FwDraftKind  fw_draft_get_kind       (FwDraft      *self);
/*
 * A map's framework, as an absolute path: recorded in the sidecar at the next write, so that
 * a map never saved (whose framework path is relative to nothing yet) can be restored.
 */
void         fw_draft_set_framework_path (FwDraft    *self,
                                          const char *path);
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
