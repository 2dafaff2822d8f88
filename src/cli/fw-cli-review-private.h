/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-cli-private.h"

G_BEGIN_DECLS

/* The sub-verbs of `review`; argv[0] is the sub-verb's name. */
int      fw_cli_review_add        (int          argc,
                                   char       **argv);
int      fw_cli_review_list       (int          argc,
                                   char       **argv);
int      fw_cli_review_set_status (int          argc,
                                   char       **argv);

/* Prints "INPUT: error: MESSAGE" ("<stdin>" for "-"); returns FW_CLI_EXIT_FAILURE. */
int      fw_cli_review_fail       (const char  *input,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (2, 3);
/* Runs @command on @document and writes it as .fwk to @output through @binding. */
int      fw_cli_review_save       (FwDocument    *document,
                                   FwCommand     *command,
                                   const char    *output,
                                   FwFileBinding *binding);

G_END_DECLS
