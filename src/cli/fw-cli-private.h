/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fw-document.h"
#include "fw-file-binding.h"
#include "fw-formats.h"
#include "fw-validator.h"
#include "fw-onet-release.h"

G_BEGIN_DECLS

/* Exit statuses shared by every verb. */
typedef enum
{
  FW_CLI_EXIT_SUCCESS = 0, /* done; for validate: no errors */
  FW_CLI_EXIT_INVALID = 1, /* validate found errors, or export refused because of them */
  FW_CLI_EXIT_FAILURE = 2, /* unreadable or malformed input, a failed write, a usage error */
} FwCliExit;

/*
 * The verbs. Each gets the arguments from the verb on: argv[0] is the verb's name
 * ("import"), so a GOptionContext can parse them as a program's own.
 */
int      fw_cli_import      (int          argc,
                             char       **argv);
int      fw_cli_export      (int          argc,
                             char       **argv);
int      fw_cli_validate    (int          argc,
                             char       **argv);
int      fw_cli_info        (int          argc,
                             char       **argv);
int      fw_cli_rules       (int          argc,
                             char       **argv);
int      fw_cli_map         (int          argc,
                             char       **argv);
int      fw_cli_diff        (int          argc,
                             char       **argv);
int      fw_cli_show        (int          argc,
                             char       **argv);
int      fw_cli_merge       (int          argc,
                             char       **argv);
int      fw_cli_git_setup   (int          argc,
                             char       **argv);
int      fw_cli_review      (int          argc,
                             char       **argv);
int      fw_cli_new         (int          argc,
                             char       **argv);
int      fw_cli_occupations (int          argc,
                             char       **argv);
int      fw_cli_index       (int          argc,
                             char       **argv);
int      fw_cli_search      (int          argc,
                             char       **argv);
int      fw_cli_replace     (int          argc,
                             char       **argv);

/*
 * --onet DIR [--onet-release V] (fw-cli-onet.c): makes DIR the current O*NET release for
 * every use of O*NET data. FALSE, with the error printed, when DIR is no release folder or
 * --onet-release comes without --onet. Does nothing without them.
 */
gboolean fw_cli_use_onet    (const char  *verb,
                             const char  *dir,
                             const char  *release);
/* The --onet and --onet-release entries of a verb's GOptionEntry table. */
#define FW_CLI_ONET_ENTRIES(dir, release) \
    { "onet", 0, 0, G_OPTION_ARG_FILENAME, &(dir), \
      N_("Use the O*NET release files in DIR instead of the bundled ones"), N_("DIR") }, \
    { "onet-release", 0, 0, G_OPTION_ARG_STRING, &(release), \
      N_("The release of the --onet folder, when it has no manifest (e.g. 30.1)"), \
      N_("VERSION") }

/* The current O*NET release; NULL, with an error printed, when there is none. */
FwOnetRelease *fw_cli_get_onet (void);

/*
 * The validation gate in front of an NSX export: FALSE, with an error naming the number of
 * validation errors and pointing at `validate`, while the validator finds errors.
 */
gboolean fw_cli_export_gate (FwDocument  *document,
                             GError     **error);
/* The same gate, validating with @profile (NULL: the default profile). */
gboolean fw_cli_export_gate_with_profile (FwDocument  *document,
                                          FwProfile   *profile,
                                          GError     **error);

/*
 * Shared helpers (framewright-cli.c).
 */

/* A GOptionContext for @verb, with "framewright-cli VERB" in its usage line. */
GOptionContext *fw_cli_option_context_new (const char  *verb,
                                           const char  *parameter_string,
                                           const char  *summary);
/*
 * Parses @argv for @verb; on failure prints the error and a hint to stderr and returns FALSE
 * (the caller exits with FW_CLI_EXIT_FAILURE). --help prints and exits with status 0.
 */
gboolean fw_cli_parse_options      (GOptionContext  *context,
                                    const char      *verb,
                                    int             *argc,
                                    char          ***argv);
/* Prints "framewright-cli VERB: MESSAGE" and a --help hint to stderr; returns 2. */
int      fw_cli_usage_error        (const char      *verb,
                                    const char      *format,
                                    ...) G_GNUC_PRINTF (2, 3);
/* Prints an error whose message already names the file ("FILE:LINE:COLUMN: error: …"). */
void     fw_cli_print_error        (const GError    *error);
/* Prints reader warnings ("FILE:LINE: warning: …") to stderr. */
void     fw_cli_print_warnings     (GPtrArray       *warnings);
/* Parses a --from/--to value; FALSE (and a usage message) for an unknown format name. */
gboolean fw_cli_parse_format       (const char      *verb,
                                    const char      *option,
                                    const char      *value,
                                    FwFormat        *format);
/* Reads INPUT ("-" is stdin), printing warnings and errors; NULL on failure. */
FwDocument *fw_cli_read_input      (const char      *input,
                                    FwFormat         format);
/*
 * Binds @output as it is now, before the input is read: *@binding is NULL for "-" (standard
 * output). FALSE with @error when the file exists but cannot be read.
 */
gboolean fw_cli_bind_output        (const char      *output,
                                    FwFileBinding  **binding,
                                    GError         **error);
/*
 * Writes @document as @format to @output through @binding (see fw_cli_bind_output()): a file
 * that another program changed since it was bound is refused, not replaced.
 */
gboolean fw_cli_write_output       (FwDocument            *document,
                                    const char            *output,
                                    FwFileBinding         *binding,
                                    FwFormat               format,
                                    const FwWriteOptions  *options,
                                    GError               **error);
/* Flushes stdout; FALSE (with a message on stderr) when writing to it failed. */
gboolean fw_cli_flush_stdout       (void);

/* Curriculum maps in the revision verbs (fw-cli-map-diff.c). */
gboolean fw_cli_is_map_file        (const char      *path);
/* @format: "text", "json" or "xhtml". */
int      fw_cli_diff_maps          (const char      *old_path,
                                    const char      *new_path,
                                    const char      *format);
int      fw_cli_show_map           (const char      *path);
int      fw_cli_merge_maps         (const char      *base_path,
                                    const char      *our_path,
                                    const char      *their_path,
                                    const char      *output);

G_END_DECLS
