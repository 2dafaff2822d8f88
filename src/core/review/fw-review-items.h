/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Item references as reviewers write them: "task:ID", "title:TEXT", "technology:TEXT",
 * "work-style:TEXT", "skill:TEXT", "knowledge:TEXT", "ability:TEXT", "cip-code:CODE",
 * "apprenticeship:CODE", "statement:ID", "job-zone" and "new-task". A TEXT may also be the
 * entry's id. Resolves the reference against @document: the item type, its stable id ("" for
 * the job zone and a new task) and its current value. FALSE with an error naming what is
 * missing when the item is not in the framework.
 */
gboolean      fw_review_parse_item       (FwDocument   *document,
                                          const char   *reference,
                                          char        **item_type,
                                          char        **item_id,
                                          char        **current,
                                          GError      **error);
/* The reference a reviewer would write for @correction's item ("task:22811" …), newly
 * allocated; for list entries it names the entry's current text when it still exists. */
char         *fw_review_format_item      (FwDocument   *document,
                                          FwCorrection *correction);
/* The O*NET element name of an item type, as the hand-off file names it ("Task" …). */
const char   *fw_review_element_name     (const char   *item_type);

/* What a new correction needs; NULL fields are left empty. */
typedef struct
{
  const char         *reference;  /* as for fw_review_parse_item () */
  const char         *kind;
  const char         *proposed;
  const char         *rationale;
  const char * const *evidence;   /* source ids of the framework's registry */
  const char         *reviewer;
  const char         *time;       /* created and updated; NULL for now */
} FwReviewNew;

/* A new open correction (not yet added to @document), or NULL with an error. */
FwCorrection *fw_review_new_correction   (FwDocument        *document,
                                          const FwReviewNew *request,
                                          GError           **error);

/* Whether @correction passes the filters (NULL passes everything). */
gboolean      fw_review_matches          (FwCorrection *correction,
                                          const char   *status,
                                          const char   *kind,
                                          const char   *reviewer);
/* The newest correction of the item that is neither rejected nor applied (the one an item's
 * marker shows), or NULL. */
FwCorrection *fw_review_find_pending     (FwDocument   *document,
                                          const char   *item_type,
                                          const char   *item_id);
/* The number of open corrections of @document. */
guint         fw_review_count_open       (FwDocument   *document);
/* The default reviewer name: the account's real name, else its user name. */
const char   *fw_review_default_reviewer (void);

G_END_DECLS
