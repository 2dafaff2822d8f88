/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FwOnetData: the O*NET tables shipped in data/onet (tasks, occupation titles, SOC major
 * groups, and lists of element names). It is immutable once loaded, so one instance may be
 * used from several threads. Every lookup accepts a NULL @self (no data) and then finds
 * nothing.
 */
typedef struct _FwOnetData FwOnetData;

/*
 * The shared instance, loaded on first use (thread-safe) from $FW_ONET_DATA_DIR, else
 * PKGDATADIR/onet, else $FW_DATA_DIR/onet. NULL when no data directory can be loaded.
 * Never free it.
 */
FwOnetData *fw_onet_data_get_default     (void);
/*
 * Loads the tables from @dir. tasks.tsv is required; the other files are optional.
 * Tab-delimited files may use CRLF or LF and start with a byte-order mark; columns are
 * found by header name.
 */
FwOnetData *fw_onet_data_load            (const char  *dir,
                                          GError     **error);
void        fw_onet_data_free            (FwOnetData  *self);

/* The number of task rows loaded. */
guint       fw_onet_data_get_n_tasks     (FwOnetData  *self);
/*
 * The task id of the task of occupation @soc whose text is @task_text, compared with
 * whitespace collapsed and case folded; NULL when there is none.
 */
const char *fw_onet_data_find_task_id    (FwOnetData  *self,
                                          const char  *soc,
                                          const char  *task_text);
gboolean    fw_onet_data_has_task_id     (FwOnetData  *self,
                                          const char  *task_id);
/* The O*NET title of occupation @soc ("29-2034.00"), or NULL. */
const char *fw_onet_data_get_title       (FwOnetData  *self,
                                          const char  *soc);
/*
 * The occupational group of @soc after its SOC 2018 major group, spelled as NSX does
 * ("Healthcare Practitioners & Technical"), or NULL.
 */
const char *fw_onet_data_get_major_group (FwOnetData  *self,
                                          const char  *soc);
/* Whether @name (exact, @length bytes or -1) is a known O*NET element name or example. */
gboolean    fw_onet_data_is_known_name   (FwOnetData  *self,
                                          const char  *name,
                                          gssize       length);
/*
 * Splits a list of names that a copied page glued together ("Active ListeningSocial
 * Perceptiveness…"). Items are cut where a lowercase letter is directly followed by an
 * uppercase one; where a known name starts, the longest known name is taken whole, which
 * handles names with inner capitals ("PowerPoint") or ending in capitals ("IBM SPSS").
 * Works (with the lowercase/uppercase rule only) when @self is NULL.
 * Returns at most @max_items items (0 = no limit); sets @truncated when more were there.
 */
char      **fw_onet_data_split_glued     (FwOnetData  *self,
                                          const char  *glued,
                                          guint        max_items,
                                          gboolean    *truncated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwOnetData, fw_onet_data_free)

G_END_DECLS
