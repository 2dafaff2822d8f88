/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fw-library.h"

G_BEGIN_DECLS

#define FW_TYPE_LIBRARY_ITEM (fw_library_item_get_type ())
G_DECLARE_FINAL_TYPE (FwLibraryItem, fw_library_item, FW, LIBRARY_ITEM, GObject)

/*
 * One file of a library, as its list shows it: a framework, or a file that could not be
 * read (then "failure" holds the reader's error and "title" the file's name).
 * Read-only properties: "path", "title", "soc", "version", "job-zone" (0: unknown),
 * "errors", "warnings", "failure" (nullable).
 */
FwLibraryItem *fw_library_item_new_framework (const FwLibraryFramework *framework);
FwLibraryItem *fw_library_item_new_failure   (const FwLibraryFailure   *failure);
const char    *fw_library_item_get_path      (FwLibraryItem            *self);
const char    *fw_library_item_get_title     (FwLibraryItem            *self);
const char    *fw_library_item_get_soc       (FwLibraryItem            *self);
const char    *fw_library_item_get_version   (FwLibraryItem            *self);
int            fw_library_item_get_job_zone  (FwLibraryItem            *self);
guint          fw_library_item_get_errors    (FwLibraryItem            *self);
guint          fw_library_item_get_warnings  (FwLibraryItem            *self);
const char    *fw_library_item_get_failure   (FwLibraryItem            *self);
/* Whether @casefolded_text (g_utf8_casefold ()ed) is in the title, SOC or file name. */
gboolean       fw_library_item_matches       (FwLibraryItem            *self,
                                              const char               *casefolded_text);

G_END_DECLS
