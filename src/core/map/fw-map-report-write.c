/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-json.h"
#include "fw-map-framework.h"
#include "fw-map-matrix.h"
#include "fw-map-report.h"

gboolean
fw_map_report_format_from_string (const char        *text,
                                  FwMapReportFormat *format)
{
  static const char * const names[] = { "text", "json", "csv", NULL };

  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; text != NULL && names[i] != NULL; i++)
    {
      if (strcmp (text, names[i]) == 0)
        {
          *format = (FwMapReportFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* JSON */

static JsonArray *
strv_array (GStrv strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  return array;
}

static JsonObject *
statement_object (FwMapReportItem *item)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "statement", item->id);
  json_object_set_string_member (object, "place", item->place);
  json_object_set_string_member (object, "headline", item->text);
  return object;
}

static JsonArray *
coverage_array (GPtrArray  *lines,
                const char *key)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < lines->len; i++)
    {
      FwMapCoverage *coverage = g_ptr_array_index (lines, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, key, coverage->key);
      json_object_set_int_member (object, "statements", coverage->statements);
      json_object_set_int_member (object, "mapped", coverage->mapped);
      json_object_set_int_member (object, "mastered", coverage->mastered);
      json_array_add_object_element (array, object);
    }

  return array;
}

static void
add_list (JsonObject *root,
          const char *member,
          GPtrArray  *items)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (items, i);
      JsonObject *object = statement_object (item);

      if (strcmp (member, "neverMastered") == 0)
        json_object_set_string_member (object, "deepest", item->first);
      else if (strcmp (member, "sequence") == 0)
        {
          json_object_set_string_member (object, "masteredIn", item->first);
          json_object_set_string_member (object, "introducedIn", item->second);
        }
      else if (strcmp (member, "redundant") == 0)
        json_object_set_array_member (object, "masteredIn", strv_array (item->list));
      json_array_add_object_element (array, object);
    }

  json_object_set_array_member (root, member, array);
}

static void
write_json (FwMapReport *report,
            GString     *out)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = json_object_new ();
  JsonObject *coverage = json_object_new ();
  JsonArray *outcomes = json_array_new ();
  JsonArray *stale = json_array_new ();

  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  json_object_set_array_member (coverage, "levels", coverage_array (report->levels, "level"));
  json_object_set_array_member (coverage, "domains", coverage_array (report->domains, "domain"));
  json_object_set_object_member (object, "coverage", coverage);
  add_list (object, "gaps", report->gaps);
  add_list (object, "neverMastered", report->never_mastered);
  add_list (object, "sequence", report->sequence);
  add_list (object, "redundant", report->redundant);

  for (guint i = 0; i < report->unmapped_outcomes->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->unmapped_outcomes, i);
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "outcome", item->id);
      json_object_set_string_member (entry, "course", item->place);
      json_object_set_string_member (entry, "text", item->text);
      json_array_add_object_element (outcomes, entry);
    }
  json_object_set_array_member (object, "unmappedOutcomes", outcomes);

  for (guint i = 0; i < report->stale->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->stale, i);
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "statement", item->id);
      json_object_set_string_member (entry, "headline", item->text);
      json_object_set_array_member (entry, "reasons", strv_array (item->list));
      json_object_set_string_member (entry, "mappedPlace", item->label);
      json_object_set_string_member (entry, "place", item->place);
      json_object_set_array_member (entry, "outcomes", strv_array (item->outcomes));
      json_array_add_object_element (stale, entry);
    }
  json_object_set_array_member (object, "stale", stale);

  fw_json_write (out, root, TRUE);
  g_string_append_c (out, '\n');
}

/* Text */

typedef enum
{
  DETAIL_LIST,
  DETAIL_DEEPEST,
  DETAIL_SEQUENCE,
} Detail;

static void
text_statements (GString    *out,
                 const char *heading,
                 GPtrArray  *items,
                 Detail      detail)
{
  g_string_append_printf (out, "\n%s (%u)\n", heading, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (out, "  %s  %s  %s", item->id, item->label, item->text);
      if (detail == DETAIL_DEEPEST)
        g_string_append_printf (out, _("  (deepest: %s)"), item->first);
      else if (detail == DETAIL_SEQUENCE)
        g_string_append_printf (out, _("  (mastered in %s, introduced in %s)"), item->first,
                                item->second);
      else if (item->list[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", item->list);

          g_string_append_printf (out, "  (%s)", joined);
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_text (FwMapReport *report,
            FwMap       *map,
            FwDocument  *framework,
            GString     *out)
{
  g_string_append_printf (out, _("Curriculum map: %s\n"), fw_map_get_name (map));
  g_string_append_printf (out, _("Framework: %s %s %s\n"), fw_document_get_title (framework),
                          fw_document_get_soc (framework), fw_document_get_version (framework));
  g_string_append_printf (out, _("%u courses, %u outcomes, %u mappings\n"), report->n_courses,
                          report->n_outcomes, report->n_mappings);

  g_string_append_printf (out, "\n%s\n", _("Coverage (mapped / statements, mastered)"));
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *lines = pass == 0 ? report->levels : report->domains;

      for (guint i = 0; i < lines->len; i++)
        {
          FwMapCoverage *coverage = g_ptr_array_index (lines, i);

          g_string_append_printf (out, "  %-20s %3u / %-3u  %3u\n", coverage->key,
                                  coverage->mapped, coverage->statements, coverage->mastered);
        }
    }

  text_statements (out, _("Gaps: statements no outcome maps"), report->gaps, DETAIL_LIST);
  text_statements (out, _("Never mastered"), report->never_mastered,
                   DETAIL_DEEPEST);
  text_statements (out, _("Sequence: mastered before they are introduced"), report->sequence,
                   DETAIL_SEQUENCE);
  text_statements (out, _("Redundant: mastered in many courses"), report->redundant, DETAIL_LIST);

  g_string_append_printf (out, "\n%s (%u)\n", _("Unmapped outcomes"),
                          report->unmapped_outcomes->len);
  for (guint i = 0; i < report->unmapped_outcomes->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->unmapped_outcomes, i);

      g_string_append_printf (out, "  %s  %s  %s\n", item->id, item->place, item->text);
    }

  text_statements (out, _("Stale: mapped statements that changed"), report->stale, DETAIL_LIST);
}

/* CSV */

static void
csv_field (GString    *out,
           const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
write_csv (FwMapReport *report,
           FwMap       *map,
           FwDocument  *framework,
           GString     *out)
{
  g_autoptr(FwMapMatrix) matrix = fw_map_matrix_new (report, map, framework);

  g_string_append (out, "statement_id,level,headline");
  for (guint i = 0; i < matrix->courses->len; i++)
    {
      g_string_append_c (out, ',');
      csv_field (out, fw_map_course_get_code (g_ptr_array_index (matrix->courses, i)));
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < matrix->rows->len; r++)
    {
      FwMapMatrixRow *row = g_ptr_array_index (matrix->rows, r);

      csv_field (out, row->statement);
      g_string_append_c (out, ',');
      csv_field (out, row->place);
      g_string_append_c (out, ',');
      csv_field (out, row->headline);
      for (guint i = 0; i < matrix->courses->len; i++)
        {
          g_string_append_c (out, ',');
          g_string_append (out, fw_depth_to_string (row->cells[i]));
        }
      g_string_append (out, "\r\n");
    }
}

GBytes *
fw_map_report_write (FwMapReport       *report,
                     FwMap             *map,
                     FwDocument        *framework,
                     FwMapReportFormat  format)
{
  GString *out;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);

  out = g_string_new (NULL);
  if (format == FW_MAP_REPORT_JSON)
    write_json (report, out);
  else if (format == FW_MAP_REPORT_CSV)
    write_csv (report, map, framework, out);
  else
    write_text (report, map, framework, out);

  return g_string_free_to_bytes (out);
}
