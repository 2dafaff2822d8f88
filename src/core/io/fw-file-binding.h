/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "fw-error.h"

G_BEGIN_DECLS

/**
 * FwFileBinding:
 *
 * A document's tie to its file: the #GFile and the fingerprint (see fw_io_get_etag()) of
 * the contents last read from it or written to it. Saving checks, at the moment of writing,
 * that the file on disk is still what the fingerprint says, so that what another program
 * wrote meanwhile is never replaced in silence. The app's windows and the CLI both read and
 * write through it.
 *
 * A binding made without a fingerprint stands for a file that should not exist yet: the
 * first save refuses to replace one that appeared.
 *
 * The fingerprint is guarded by a lock: the binding may be used from worker threads.
 */
#define FW_TYPE_FILE_BINDING (fw_file_binding_get_type ())
G_DECLARE_FINAL_TYPE (FwFileBinding, fw_file_binding, FW, FILE_BINDING, GObject)

/**
 * FwFileState:
 * @FW_FILE_STATE_UNCHANGED: the file is as last read or written
 * @FW_FILE_STATE_CHANGED: another program changed, replaced or created it
 * @FW_FILE_STATE_MISSING: it is gone (removed or renamed)
 */
typedef enum
{
  FW_FILE_STATE_UNCHANGED,
  FW_FILE_STATE_CHANGED,
  FW_FILE_STATE_MISSING,
} FwFileState;

/**
 * FwFileSaveFlags:
 * @FW_FILE_SAVE_NONE: refuse with %FW_ERROR_CONFLICT when the file changed on disk
 * @FW_FILE_SAVE_FORCE: replace the file whatever it holds now (the user said so)
 */
typedef enum
{
  FW_FILE_SAVE_NONE  = 0,
  FW_FILE_SAVE_FORCE = 1 << 0,
} FwFileSaveFlags;

/* @etag: the fingerprint the file is known by, or %NULL for a file that should not exist. */
FwFileBinding *fw_file_binding_new            (GFile               *file,
                                               const char          *etag);
FwFileBinding *fw_file_binding_new_for_path   (const char          *path,
                                               const char          *etag);
GFile         *fw_file_binding_get_file       (FwFileBinding       *self);
/* The fingerprint now held (newly allocated), or %NULL. */
char          *fw_file_binding_dup_etag       (FwFileBinding       *self);
/*
 * Takes what is on disk now as known: the next save replaces it without asking. FALSE when
 * the file exists but cannot be read.
 */
gboolean       fw_file_binding_accept_disk    (FwFileBinding       *self,
                                               GError             **error);

/*
 * Reads the file (at most @max_size bytes, see fw_io_load()) and holds the fingerprint of
 * the bytes read. Blocking; the _async variant runs in a worker thread.
 */
GBytes        *fw_file_binding_load           (FwFileBinding       *self,
                                               gsize                max_size,
                                               GError             **error);
void           fw_file_binding_load_async     (FwFileBinding       *self,
                                               gsize                max_size,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GBytes        *fw_file_binding_load_finish    (FwFileBinding       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/*
 * Replaces the file atomically with @contents. Unless @flags has %FW_FILE_SAVE_FORCE, the
 * file on disk is checked against the fingerprint at the moment of writing and a changed
 * file is refused with %FW_ERROR_CONFLICT. On success the binding holds the fingerprint of
 * what was written; on any failure the file and the fingerprint stay as they were.
 */
gboolean       fw_file_binding_save           (FwFileBinding       *self,
                                               GBytes              *contents,
                                               FwFileSaveFlags      flags,
                                               GError             **error);
void           fw_file_binding_save_async     (FwFileBinding       *self,
                                               GBytes              *contents,
                                               FwFileSaveFlags      flags,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       fw_file_binding_save_finish    (FwFileBinding       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Compares the file on disk with the fingerprint (reads the whole file: not for the UI thread). */
FwFileState    fw_file_binding_check          (FwFileBinding       *self);
void           fw_file_binding_check_async    (FwFileBinding       *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
FwFileState    fw_file_binding_check_finish   (FwFileBinding       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
