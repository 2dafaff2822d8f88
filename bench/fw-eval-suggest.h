/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * The quality of suggestions on a labelled set: a TSV of "TEXT<TAB>ID[,ID…]" lines ('#'
 * comments) whose ids are the statements a reviewer accepts for the text. A text hits at 3
 * when one of them is among the engine's top three; its reciprocal rank is 1 / the rank of
 * the first of them (0 when none is in the top FW_EVAL_DEPTH).
 */
#define FW_EVAL_DEPTH 50

typedef struct
{
  guint  n;          /* labelled texts */
  guint  hits_at_1;
  guint  hits_at_3;
  double mrr;
} FwEvalResult;

/* Runs the set at @path against @framework; @verbose prints each miss to standard error. */
gboolean fw_eval_suggest (FwDocument    *framework,
                          const char    *path,
                          gboolean       verbose,
                          FwEvalResult  *result,
                          GError       **error);

G_END_DECLS
