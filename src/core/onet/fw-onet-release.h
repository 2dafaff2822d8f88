/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-onet-data.h"

G_BEGIN_DECLS

/*
 * FwOnetRelease: a folder of O*NET release files and the release they come from. The
 * folder's manifest.tsv (columns "File", "Release" and optionally "Adds To") names each
 * file's release; a folder without one takes the version it is given, or the one its name
 * says ("db_30_1_text" is 30.1). The tables are read on first use.
 *
 * One release is the current one for the whole process: the bundled files unless the CLI's
 * --onet or the app's preference names another folder. Every use of O*NET data (task id
 * checks, the page importer's task lookup, `new`, occupation search) goes through it.
 */
typedef struct _FwOnetRelease FwOnetRelease;
typedef struct _FwOnetIndex FwOnetIndex;

/*
 * Opens the release in @dir. @version, when not NULL or empty, names the release and
 * overrides the manifest. Fails when @dir has no "Occupation Data.txt" or a broken manifest.
 */
FwOnetRelease *fw_onet_release_open        (const char     *dir,
                                            const char     *version,
                                            GError        **error);
FwOnetRelease *fw_onet_release_ref         (FwOnetRelease  *self);
void           fw_onet_release_unref       (FwOnetRelease  *self);

const char    *fw_onet_release_get_dir     (FwOnetRelease  *self);
/* The release of the occupations ("30.0"), "" when unknown. */
const char    *fw_onet_release_get_version (FwOnetRelease  *self);
/*
 * The release as a framework cites it: the version, and the files that come from another
 * release ("30.0 (Task Statements.txt 29.x; Task Statements 30.3 excerpt.txt 30.3)").
 * Newly allocated; "" when unknown.
 */
char          *fw_onet_release_describe    (FwOnetRelease  *self);
/* The release of file @name as the manifest says, or the release's version. */
const char    *fw_onet_release_get_file_release (FwOnetRelease *self,
                                                 const char    *name);
/* The task files that add to "Task Statements.txt", NULL-terminated. */
const char * const *fw_onet_release_get_task_overlays (FwOnetRelease *self);

/* The tables, loaded on first use (thread-safe); NULL, with @error set once, on failure. */
FwOnetData    *fw_onet_release_load_data   (FwOnetRelease  *self,
                                            GError        **error);
/* Like fw_onet_release_load_data (), logging a failure as a warning. */
FwOnetData    *fw_onet_release_get_data    (FwOnetRelease  *self);
/* The occupation index (see fw-onet-index.h), built or read from the cache on first use. */
FwOnetIndex   *fw_onet_release_load_index  (FwOnetRelease  *self,
                                            GError        **error);

/*
 * The current release (borrowed: valid until the current release changes, and kept alive
 * for the life of the process after that). On first use it is the bundled one:
 * $FW_ONET_DATA_DIR if set (and only it), else PKGDATADIR/onet, else $FW_DATA_DIR/onet,
 * else the source tree's data. NULL when none can be opened.
 */
FwOnetRelease *fw_onet_release_get_current (void);
/* Makes @release (NULL: the bundled one again) the current release. */
void           fw_onet_release_set_current (FwOnetRelease  *release);
/* Opens @dir (see fw_onet_release_open ()) and makes it current. */
gboolean       fw_onet_release_use_dir     (const char     *dir,
                                            const char     *version,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwOnetRelease, fw_onet_release_unref)

G_END_DECLS
