/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-diff-private.h"
#include "fw-diff.h"
#include "fw-map-diff.h"

/* The change report of two curriculum maps as XHTML: one section per part of the map. */

typedef enum
{
  AREA_PROGRAM,
  AREA_COURSES,
  AREA_OUTCOMES,
  AREA_MAPPINGS,
  AREA_CONFLICTS,
  N_AREAS
} Area;

static Area
area_of (const FwMapChange *change)
{
  if (g_str_has_prefix (change->path, "program."))
    return AREA_PROGRAM;
  if (g_str_equal (change->path, "mappings"))
    return AREA_MAPPINGS;
  if (g_str_equal (change->path, "conflicts"))
    return AREA_CONFLICTS;
  if (strstr (change->path, ".outcomes[") != NULL)
    return AREA_OUTCOMES;
  return AREA_COURSES;
}

static const char *
area_title (Area area)
{
  switch (area)
    {
    case AREA_PROGRAM:
      return _("Program");
    case AREA_COURSES:
      return _("Courses");
    case AREA_OUTCOMES:
      return _("Outcomes");
    case AREA_MAPPINGS:
      return _("Mappings");
    case AREA_CONFLICTS:
    default:
      return _("Merge Conflicts");
    }
}

static const char *
kind_label (const char *kind)
{
  if (g_str_equal (kind, "added"))
    return _("added");
  if (g_str_equal (kind, "removed"))
    return _("removed");
  if (g_str_equal (kind, "moved"))
    return _("moved");
  return _("edited");
}

static void
append_change (GString           *out,
               const FwMapChange *change)
{
  g_string_append_printf (out, "<li class=\"%s\">\n<p class=\"where\"><code>", change->kind);
  _fw_diff_xhtml_append_escaped (out, change->path);
  g_string_append (out, "</code>");
  if (change->id != NULL)
    {
      g_string_append (out, " <code>");
      _fw_diff_xhtml_append_escaped (out, change->id);
      g_string_append (out, "</code>");
    }
  g_string_append_c (out, ' ');
  _fw_diff_xhtml_append_escaped (out, kind_label (change->kind));
  if (change->field != NULL)
    {
      g_string_append (out, ": ");
      _fw_diff_xhtml_append_escaped (out, change->field);
    }
  g_string_append (out, "</p>\n");

  if (change->old_value != NULL && change->new_value != NULL)
    {
      g_autoptr(GPtrArray) segments = fw_diff_words (change->old_value, change->new_value);

      _fw_diff_xhtml_append_side (out, segments, FW_DIFF_INSERT, "old", "del");
      _fw_diff_xhtml_append_side (out, segments, FW_DIFF_DELETE, "new", "ins");
    }
  else if (change->old_value != NULL)
    {
      g_string_append (out, "<p class=\"old\"><del>");
      _fw_diff_xhtml_append_escaped (out, change->old_value);
      g_string_append (out, "</del></p>\n");
    }
  else if (change->new_value != NULL)
    {
      g_string_append (out, "<p class=\"new\"><ins>");
      _fw_diff_xhtml_append_escaped (out, change->new_value);
      g_string_append (out, "</ins></p>\n");
    }
  g_string_append (out, "</li>\n");
}

char *
fw_map_diff_format_xhtml (GPtrArray  *changes,
                          const char *old_name,
                          const char *new_name)
{
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  GString *out;

  g_return_val_if_fail (changes != NULL, NULL);

  title = g_strdup_printf (_("Changes from %s to %s"), old_name, new_name);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", changes->len),
                           changes->len);

  out = _fw_diff_xhtml_begin (title, count);

  /* Each part under its heading, the changes in the order the diff gave them. */
  for (Area area = AREA_PROGRAM; area < N_AREAS; area++)
    {
      gboolean open = FALSE;

      for (guint i = 0; i < changes->len; i++)
        {
          const FwMapChange *change = g_ptr_array_index (changes, i);

          if (area_of (change) != area)
            continue;
          if (!open)
            {
              g_string_append (out, "<h2>");
              _fw_diff_xhtml_append_escaped (out, area_title (area));
              g_string_append (out, "</h2>\n<ol class=\"changes\">\n");
              open = TRUE;
            }
          append_change (out, change);
        }
      if (open)
        g_string_append (out, "</ol>\n");
    }
  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
