/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-framework.h"
#include "fw-map-report.h"

/* What the map says about one statement. */
typedef struct
{
  FwDepth  deepest;
  int      first_introduced;  /* course position, -1 when never */
  int      first_mastered;
  GArray  *mastered_in;       /* distinct course positions at M, in order */
} Tally;

typedef struct
{
  FwMap       *map;
  FwMapReport *report;
  GHashTable  *course_of;     /* outcome id → course position + 1 */
  GHashTable  *mappings_of;   /* statement id → GPtrArray of FwMapping (borrowed) */
  GPtrArray   *courses;       /* FwMapCourse, borrowed */
  guint        threshold;
} Analysis;

static void
coverage_free (gpointer data)
{
  FwMapCoverage *coverage = data;

  g_free (coverage->key);
  g_free (coverage);
}

static void
item_free (gpointer data)
{
  FwMapReportItem *item = data;

  g_free (item->id);
  g_free (item->place);
  g_free (item->label);
  g_free (item->text);
  g_free (item->first);
  g_free (item->second);
  g_strfreev (item->list);
  g_strfreev (item->outcomes);
  g_free (item);
}

void
fw_map_report_free (FwMapReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->levels);
  g_ptr_array_unref (report->domains);
  g_ptr_array_unref (report->gaps);
  g_ptr_array_unref (report->never_mastered);
  g_ptr_array_unref (report->sequence);
  g_ptr_array_unref (report->redundant);
  g_ptr_array_unref (report->unmapped_outcomes);
  g_ptr_array_unref (report->stale);
  g_free (report);
}

static FwMapCoverage *
coverage_new (const char *key)
{
  FwMapCoverage *coverage = g_new0 (FwMapCoverage, 1);

  coverage->key = g_strdup (key);
  return coverage;
}

static FwMapReportItem *
statement_item (FwStatement            *statement,
                const FwStatementPlace *place)
{
  FwMapReportItem *item = g_new0 (FwMapReportItem, 1);

  item->id = g_strdup (fw_statement_get_id (statement));
  item->place = fw_map_place_to_string (place);
  item->label = fw_map_place_to_label (place);
  item->text = g_strdup (fw_statement_get_headline (statement));
  item->list = g_new0 (char *, 1);
  item->outcomes = g_new0 (char *, 1);
  return item;
}

static const char *
course_code (Analysis *analysis,
             int       position)
{
  return fw_map_course_get_code (g_ptr_array_index (analysis->courses, position));
}

static void
tally (Analysis    *analysis,
       const char  *statement_id,
       Tally       *out)
{
  GPtrArray *mappings = g_hash_table_lookup (analysis->mappings_of, statement_id);

  out->deepest = FW_DEPTH_NONE;
  out->first_introduced = out->first_mastered = -1;
  out->mastered_in = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; mappings != NULL && i < mappings->len; i++)
    {
      FwMapping *mapping = g_ptr_array_index (mappings, i);
      FwDepth depth = fw_mapping_get_depth (mapping);
      int position = GPOINTER_TO_INT (g_hash_table_lookup (analysis->course_of,
                                                           fw_mapping_get_outcome (mapping))) - 1;
      gboolean seen = FALSE;

      out->deepest = MAX (out->deepest, depth);
      if (position < 0)
        continue;
      if (depth == FW_DEPTH_INTRODUCED
          && (out->first_introduced < 0 || position < out->first_introduced))
        out->first_introduced = position;
      if (depth != FW_DEPTH_MASTERED)
        continue;
      if (out->first_mastered < 0 || position < out->first_mastered)
        out->first_mastered = position;
      for (guint j = 0; j < out->mastered_in->len; j++)
        seen |= g_array_index (out->mastered_in, int, j) == position;
      if (!seen)
        g_array_append_val (out->mastered_in, position);
    }
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static void
add_lists (Analysis               *analysis,
           FwStatement            *statement,
           const FwStatementPlace *place,
           Tally                  *t)
{
  FwMapReport *report = analysis->report;
  FwMapReportItem *item;

  if (t->deepest == FW_DEPTH_NONE)
    {
      g_ptr_array_add (report->gaps, statement_item (statement, place));
      return;
    }

  if (t->deepest != FW_DEPTH_MASTERED)
    {
      item = statement_item (statement, place);
      item->first = g_strdup (fw_depth_to_string (t->deepest));
      g_ptr_array_add (report->never_mastered, item);
    }

  if (t->first_mastered >= 0 && t->first_introduced >= 0
      && t->first_mastered < t->first_introduced)
    {
      item = statement_item (statement, place);
      item->first = g_strdup (course_code (analysis, t->first_mastered));
      item->second = g_strdup (course_code (analysis, t->first_introduced));
      g_ptr_array_add (report->sequence, item);
    }

  if (t->mastered_in->len >= analysis->threshold)
    {
      item = statement_item (statement, place);
      g_array_sort (t->mastered_in, compare_int);
      g_strfreev (item->list);
      item->list = g_new0 (char *, t->mastered_in->len + 1);
      for (guint i = 0; i < t->mastered_in->len; i++)
        item->list[i] = g_strdup (course_code (analysis, g_array_index (t->mastered_in, int, i)));
      g_ptr_array_add (report->redundant, item);
    }
}

static FwMapCoverage *
coverage_for (Analysis               *analysis,
              const FwStatementPlace *place)
{
  FwMapReport *report = analysis->report;

  if (place->section != FW_SECTION_DURABLE_SKILLS)
    return g_ptr_array_index (report->levels, place->level);

  for (guint i = 0; i < report->domains->len; i++)
    {
      FwMapCoverage *coverage = g_ptr_array_index (report->domains, i);

      if (strcmp (coverage->key, fw_domain_get_name (place->domain)) == 0)
        return coverage;
    }

  g_ptr_array_add (report->domains, coverage_new (fw_domain_get_name (place->domain)));
  return g_ptr_array_index (report->domains, report->domains->len - 1);
}

static gboolean
visit_statement_cb (FwStatement            *statement,
                    const FwStatementPlace *place,
                    gpointer                user_data)
{
  Analysis *analysis = user_data;
  FwMapCoverage *coverage = coverage_for (analysis, place);
  Tally t;

  tally (analysis, fw_statement_get_id (statement), &t);
  coverage->statements++;
  if (t.deepest != FW_DEPTH_NONE)
    coverage->mapped++;
  if (t.deepest == FW_DEPTH_MASTERED)
    coverage->mastered++;

  add_lists (analysis, statement, place, &t);
  g_array_unref (t.mastered_in);
  return TRUE;
}

static void
index_map (Analysis *analysis)
{
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (analysis->map));
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (analysis->map));
  g_autoptr(GHashTable) mapped = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      const char *statement = fw_mapping_get_statement (mapping);
      GPtrArray *list = g_hash_table_lookup (analysis->mappings_of, statement);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (analysis->mappings_of, (char *) statement, list);
        }
      g_ptr_array_add (list, mapping);
      g_hash_table_add (mapped, (char *) fw_mapping_get_outcome (mapping));
    }
  analysis->report->n_mappings = g_list_model_get_n_items (mappings);

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

      g_ptr_array_add (analysis->courses, course);
      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);
          const char *id = fw_map_outcome_get_id (outcome);

          analysis->report->n_outcomes++;
          g_hash_table_insert (analysis->course_of, (char *) id, GINT_TO_POINTER (i + 1));
          if (!g_hash_table_contains (mapped, id))
            {
              FwMapReportItem *item = g_new0 (FwMapReportItem, 1);

              item->id = g_strdup (id);
              item->place = g_strdup (fw_map_course_get_code (course));
              item->label = g_strdup ("");
              item->text = g_strdup (fw_map_outcome_get_text (outcome));
              item->list = g_new0 (char *, 1);
              item->outcomes = g_new0 (char *, 1);
              g_ptr_array_add (analysis->report->unmapped_outcomes, item);
            }
        }
    }
  analysis->report->n_courses = g_list_model_get_n_items (courses);
}

static void
add_stale (Analysis   *analysis,
           FwDocument *framework)
{
  g_autoptr(GPtrArray) stale = fw_map_check_framework (analysis->map, framework);

  for (guint i = 0; i < stale->len; i++)
    {
      FwMapStale *each = g_ptr_array_index (stale, i);
      GPtrArray *mappings = g_hash_table_lookup (analysis->mappings_of, each->statement_id);
      FwMapReportItem *item = g_new0 (FwMapReportItem, 1);
      g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) outcomes = g_strv_builder_new ();

      if (each->flags & FW_MAP_STALE_EDITED)
        g_strv_builder_add (reasons, "edited");
      if (each->flags & FW_MAP_STALE_MOVED)
        g_strv_builder_add (reasons, "moved");
      if (each->flags & FW_MAP_STALE_MISSING)
        g_strv_builder_add (reasons, "missing");
      for (guint j = 0; mappings != NULL && j < mappings->len; j++)
        g_strv_builder_add (outcomes, fw_mapping_get_outcome (g_ptr_array_index (mappings, j)));

      item->id = g_strdup (each->statement_id);
      item->place = g_strdup (each->new_place);
      item->label = g_strdup (each->old_place);
      item->text = g_strdup (each->headline);
      item->list = g_strv_builder_end (reasons);
      item->outcomes = g_strv_builder_end (outcomes);
      g_ptr_array_add (analysis->report->stale, item);
    }
}

FwMapReport *
fw_map_report_new (FwMap      *map,
                   FwDocument *framework,
                   guint       redundant_threshold)
{
  FwMapReport *report;
  Analysis analysis = { 0 };

  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (redundant_threshold >= 2, NULL);

  report = g_new0 (FwMapReport, 1);
  report->levels = g_ptr_array_new_with_free_func (coverage_free);
  report->domains = g_ptr_array_new_with_free_func (coverage_free);
  report->gaps = g_ptr_array_new_with_free_func (item_free);
  report->never_mastered = g_ptr_array_new_with_free_func (item_free);
  report->sequence = g_ptr_array_new_with_free_func (item_free);
  report->redundant = g_ptr_array_new_with_free_func (item_free);
  report->unmapped_outcomes = g_ptr_array_new_with_free_func (item_free);
  report->stale = g_ptr_array_new_with_free_func (item_free);
  for (guint key = 0; key < FW_N_LEVELS; key++)
    g_ptr_array_add (report->levels, coverage_new (fw_level_key_to_string (key)));

  analysis.map = map;
  analysis.report = report;
  analysis.threshold = redundant_threshold;
  analysis.course_of = g_hash_table_new (g_str_hash, g_str_equal);
  analysis.mappings_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);
  analysis.courses = g_ptr_array_new ();

  index_map (&analysis);
  fw_document_foreach_statement (framework, visit_statement_cb, &analysis);
  add_stale (&analysis, framework);

  g_hash_table_unref (analysis.course_of);
  g_hash_table_unref (analysis.mappings_of);
  g_ptr_array_unref (analysis.courses);
  return report;
}
