/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-diff-private.h"

GPtrArray *
fw_diff_documents (FwDocument *old_document,
                   FwDocument *new_document)
{
  GPtrArray *changes;

  g_return_val_if_fail (FW_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (new_document), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_change_free);

  /* In the order of the file: header, statements, then the rest. */
  _fw_diff_header (old_document, new_document, changes);
  _fw_diff_statements (old_document, new_document, changes);
  _fw_diff_items (old_document, new_document, changes);

  return changes;
}
