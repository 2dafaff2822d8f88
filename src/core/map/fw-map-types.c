/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-types.h"

static const struct
{
  FwDepth     depth;
  const char *letter;
  const char *word;
} depths[] = {
  { FW_DEPTH_INTRODUCED, "I", "introduced" },
  { FW_DEPTH_REINFORCED, "R", "reinforced" },
  { FW_DEPTH_MASTERED, "M", "mastered" },
};

const char *
fw_depth_to_string (FwDepth depth)
{
  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      if (depths[i].depth == depth)
        return depths[i].letter;
    }

  return "";
}

gboolean
fw_depth_from_string (const char *text,
                      FwDepth    *depth)
{
  g_autofree char *word = NULL;

  g_return_val_if_fail (depth != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  word = g_strstrip (g_ascii_strdown (text, -1));
  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      if (g_ascii_strcasecmp (word, depths[i].letter) == 0 || strcmp (word, depths[i].word) == 0)
        {
          *depth = depths[i].depth;
          return TRUE;
        }
    }

  return FALSE;
}

void
fw_map_get_string_property (GObject    *object,
                            guint       prop_id,
                            char      **field,
                            GValue     *value,
                            GParamSpec *pspec)
{
  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_set_string (value, *field);
}

void
fw_map_set_string_property (GObject      *object,
                            guint         prop_id,
                            char        **field,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  const char *text = g_value_get_string (value);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (text == NULL)
    text = "";
  if (g_strcmp0 (*field, text) == 0)
    return;

  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (object, pspec);
}
