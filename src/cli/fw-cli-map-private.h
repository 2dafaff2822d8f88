/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-cli-private.h"
#include "fw-map.h"

G_BEGIN_DECLS

/* The `map` verbs: framewright-cli map new|report|set|unset|suggest|coverage|validate … */
int         fw_cli_map_new    (int          argc,
                               char       **argv);
int         fw_cli_map_report (int          argc,
                               char       **argv);
int         fw_cli_map_set    (int          argc,
                               char       **argv);
int         fw_cli_map_unset  (int          argc,
                               char       **argv);
int         fw_cli_map_suggest  (int        argc,
                                 char     **argv);
int         fw_cli_map_coverage (int        argc,
                                 char     **argv);
int         fw_cli_map_validate (int        argc,
                                 char     **argv);

/*
 * Reads MAP and its framework (@framework_path, or the one the map names, relative to the
 * map), printing errors, and warnings for every mapped statement that changed in the
 * framework since it was mapped. FALSE on failure.
 */
gboolean    fw_cli_map_open   (const char   *map_path,
                               const char   *framework_path,
                               FwMap       **map,
                               FwDocument  **framework);
/* Prints a warning for every mapped statement that changed in @framework since it was
 * mapped. */
void        fw_cli_map_warn_stale (const char *map_path,
                                   FwMap      *map,
                                   FwDocument *framework);
/* Prints "FILE: error: MESSAGE" and returns FW_CLI_EXIT_FAILURE. */
int         fw_cli_map_fail   (const char   *file,
                               const char   *format,
                               ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
