/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-onet-index.h"

G_BEGIN_DECLS

/* Shared by fw-onet-index.c (building, caching, loading) and fw-onet-search.c. */
struct _FwOnetIndex
{
  GVariant     *variant;
  gboolean      cached;
  guint         n_occupations;
  const char  **codes;
  const char  **titles;
  const guint8 *zones;
  const char  **title_words;
  const char  **title_stems;
  guint         n_alternates;
  const guint32 *alt_owner;
  const char  **alt_titles;
  const char  **alt_words;
  const char  **alt_stems;
  guint        *first_alt;     /* per occupation */
  guint        *n_alt;
  GHashTable   *by_code;       /* code -> index + 1 */

  /* The distinct words of the titles, so that a query scores each word once: text i (the
   * titles, then the alternate titles) has the words text_words[text_start[i] …]. */
  GPtrArray    *vocab_words;
  GPtrArray    *vocab_stems;
  guint32      *text_words;
  guint        *text_start;
};

G_END_DECLS
