/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-diff-private.h"

FwChange *
_fw_change_new (FwChangeKind     kind,
                FwChangeSubject  subject,
                const char      *path,
                const char      *id,
                const char      *old_text,
                const char      *new_text)
{
  FwChange *change = g_new0 (FwChange, 1);

  change->kind = kind;
  change->subject = subject;
  change->path = g_strdup (path);
  change->id = g_strdup (id);
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  change->fields = g_ptr_array_new_with_free_func (g_free);
  change->citations_added = g_ptr_array_new_with_free_func (g_free);
  change->citations_removed = g_ptr_array_new_with_free_func (g_free);
  change->similarity = 1.0;

  return change;
}

void
_fw_change_add_field (FwChange   *change,
                      const char *field)
{
  if (!fw_change_has_field (change, field))
    g_ptr_array_add (change->fields, g_strdup (field));
}

void
_fw_change_place_copy (FwChangePlace       *dest,
                       const FwChangePlace *src)
{
  *dest = *src;
  dest->domain = g_strdup (src->domain);
}

void
fw_change_free (FwChange *change)
{
  if (change == NULL)
    return;

  g_free (change->path);
  g_free (change->old_path);
  g_free (change->id);
  g_free (change->new_id);
  g_free (change->old_text);
  g_free (change->new_text);
  g_ptr_array_unref (change->fields);
  g_ptr_array_unref (change->citations_added);
  g_ptr_array_unref (change->citations_removed);
  g_clear_object (&change->old_statement);
  g_clear_object (&change->new_statement);
  g_free (change->old_place.domain);
  g_free (change->new_place.domain);
  g_free (change);
}

gboolean
fw_change_has_field (const FwChange *change,
                     const char     *field)
{
  g_return_val_if_fail (change != NULL, FALSE);

  for (guint i = 0; i < change->fields->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (change->fields, i), field))
        return TRUE;
    }

  return FALSE;
}

const char *
fw_change_kind_to_string (FwChangeKind kind)
{
  switch (kind)
    {
    case FW_CHANGE_ADDED:
      return "added";
    case FW_CHANGE_REMOVED:
      return "removed";
    case FW_CHANGE_EDITED:
      return "edited";
    case FW_CHANGE_RESOLVED:
      return "resolved";
    case FW_CHANGE_MOVED:
    default:
      return "moved";
    }
}

char *
fw_change_place_to_path (const FwChangePlace *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup_printf ("levels.%s[%u]", fw_level_key_to_string (place->level),
                              place->position);
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("aiFluency.%s[%u]", fw_level_key_to_string (place->level),
                              place->position);
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("durableSkills.%s.%s[%u]", place->domain != NULL ? place->domain : "",
                              fw_durable_level_to_string (place->level), place->position);
    }
}

void
_fw_diff_place_of (const FwStatementPlace *place,
                   FwChangePlace          *out)
{
  out->section = place->section;
  out->level = place->level;
  out->domain = place->domain != NULL ? g_strdup (fw_domain_get_name (place->domain)) : NULL;
  out->position = place->position;
}
