/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-io.h"
#include "fw-map-csv.h"
#include "fw-map-import.h"

/* One outcome on its way into the map, with the row it came from. */
typedef struct
{
  FwMapCourse *course;
  char        *id;
  char        *text;
  guint        row;
  int          column;
} PendingOutcome;

typedef struct
{
  FwMap      *map;
  FwCsvTable *table;
  GPtrArray  *outcomes;  /* of PendingOutcome */
  GHashTable *courses;   /* code → FwMapCourse (owned by the map's store) */
} Import;

static void
pending_free (gpointer data)
{
  PendingOutcome *pending = data;

  g_free (pending->id);
  g_free (pending->text);
  g_free (pending);
}

gboolean
fw_map_source_from_string (const char  *text,
                           FwMapSource *source)
{
  static const char * const names[] = { "auto", "csv", "canvas-csv", "moodle-csv", NULL };

  g_return_val_if_fail (source != NULL, FALSE);

  for (guint i = 0; text != NULL && names[i] != NULL; i++)
    {
      if (strcmp (text, names[i]) == 0)
        {
          *source = (FwMapSource) i;
          return TRUE;
        }
    }

  return FALSE;
}

static FwMapCourse *
get_course (Import      *import,
            const char  *code,
            const char  *title,
            guint        row,
            int          column,
            GError     **error)
{
  FwMapCourse *course = g_hash_table_lookup (import->courses, code);

  if (course != NULL)
    {
      if (fw_map_course_get_title (course)[0] == '\0' && title != NULL)
        g_object_set (course, "title", title, NULL);
      return course;
    }

  if (code[0] == '\0' || strchr (code, FW_MAP_QUALIFIER) != NULL)
    {
      fw_csv_fail (import->table, row, column, error,
                   code[0] == '\0' ? _("the course code is empty")
                                   : _("a course code must not contain “:”"));
      return NULL;
    }

  course = fw_map_course_new (code, title);
  g_list_store_append (fw_map_get_courses (import->map), course);
  g_hash_table_insert (import->courses, g_strdup (code), course);
  g_object_unref (course);
  return course;
}

static gboolean
add_outcome (Import       *import,
             FwMapCourse  *course,
             const char   *id,
             const char   *text,
             guint         row,
             int           column,
             int           text_column,
             GError      **error)
{
  PendingOutcome *pending;

  if (id[0] == '\0')
    return fw_csv_fail (import->table, row, column, error, _("the outcome id is empty"));
  if (text[0] == '\0')
    return fw_csv_fail (import->table, row, text_column, error, _("outcome “%s” has no text"),
                        id);

  for (guint i = 0; i < import->outcomes->len; i++)
    {
      PendingOutcome *other = g_ptr_array_index (import->outcomes, i);

      if (other->course == course && strcmp (other->id, id) == 0)
        return fw_csv_fail (import->table, row, column, error,
                            _("outcome id “%s” appears twice in course “%s”"), id,
                            fw_map_course_get_code (course));
    }

  pending = g_new0 (PendingOutcome, 1);
  pending->course = course;
  pending->id = g_strdup (id);
  pending->text = g_strdup (text);
  pending->row = row;
  pending->column = column;
  g_ptr_array_add (import->outcomes, pending);
  return TRUE;
}

/* Ids used by more than one course are qualified with the course: RAD110:CLO1. */
static void
commit_outcomes (Import *import)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < import->outcomes->len; i++)
    {
      PendingOutcome *pending = g_ptr_array_index (import->outcomes, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pending->id));

      g_hash_table_insert (counts, pending->id, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 0; i < import->outcomes->len; i++)
    {
      PendingOutcome *pending = g_ptr_array_index (import->outcomes, i);
      g_autoptr(FwMapOutcome) outcome = NULL;
      g_autofree char *id = NULL;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, pending->id)) > 1)
        id = g_strdup_printf ("%s%c%s", fw_map_course_get_code (pending->course),
                              FW_MAP_QUALIFIER, pending->id);
      else
        id = g_strdup (pending->id);

      outcome = fw_map_outcome_new (id, pending->text);
      g_list_store_append (fw_map_course_get_outcomes (pending->course), outcome);
    }
}

static int
require_column (FwCsvTable         *table,
                const char * const *aliases,
                const char         *name,
                GError            **error)
{
  int column = fw_csv_find_column (table, aliases);

  if (column < 0)
    fw_csv_fail (table, 0, -1, error, _("missing column “%s”"), name);
  return column;
}

static gboolean
import_plain (Import  *import,
              GError **error)
{
  static const char * const code_names[] = {
    "course_code", "course", "course_id", "course_number", "course_no", "code", NULL
  };
  static const char * const title_names[] = {
    "course_title", "course_name", "title", "name", NULL
  };
  static const char * const id_names[] = {
    "outcome_id", "clo", "clo_id", "slo", "slo_id", "plo", "outcome_code", "outcome_number",
    "id", NULL
  };
  static const char * const text_names[] = {
    "outcome", "outcome_text", "learning_outcome", "course_learning_outcome",
    "student_learning_outcome", "description", "text", "statement", NULL
  };
  static const char * const credit_names[] = { "credits", "credit_hours", "credit", "units", NULL };
  static const char * const term_names[] = { "term", "semester", "quarter", "session", NULL };
  FwCsvTable *table = import->table;
  int code, title, id, text, credits, term;

  if ((code = require_column (table, code_names, "course_code", error)) < 0
      || (title = require_column (table, title_names, "course_title", error)) < 0
      || (id = require_column (table, id_names, "outcome_id", error)) < 0
      || (text = require_column (table, text_names, "outcome", error)) < 0)
    return FALSE;
  credits = fw_csv_find_column (table, credit_names);
  term = fw_csv_find_column (table, term_names);

  for (guint row = 1; row < table->rows->len; row++)
    {
      FwMapCourse *course;
      const char *credit_text = fw_csv_text (table, row, credits);

      course = get_course (import, fw_csv_text (table, row, code),
                           fw_csv_text (table, row, title), row, code, error);
      if (course == NULL)
        return FALSE;
      if (credit_text[0] != '\0')
        {
          char *end = NULL;
          double value = g_ascii_strtod (credit_text, &end);

          if (end == credit_text || *end != '\0' || value < 0 || value > 1000)
            return fw_csv_fail (table, row, credits, error,
                                _("expected a number of credits, got “%s”"), credit_text);
          g_object_set (course, "credits", credit_text, NULL);
        }
      if (fw_csv_text (table, row, term)[0] != '\0')
        g_object_set (course, "term", fw_csv_text (table, row, term), NULL);
      if (!add_outcome (import, course, fw_csv_text (table, row, id),
                        fw_csv_text (table, row, text), row, id, text, error))
        return FALSE;
    }

  return TRUE;
}

/* Canvas outcomes CSV: a row is a group or an outcome (object_type); an outcome names its
 * groups in parent_guids. Each group holding outcomes becomes a course. */
static gboolean
import_canvas (Import  *import,
               GError **error)
{
  static const char * const guid_names[] = { "vendor_guid", NULL };
  static const char * const type_names[] = { "object_type", NULL };
  static const char * const title_names[] = { "title", NULL };
  static const char * const description_names[] = { "description", NULL };
  static const char * const parent_names[] = { "parent_guids", NULL };
  static const char * const state_names[] = { "workflow_state", NULL };
  FwCsvTable *table = import->table;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  int guid, type, title, description, parents, state;

  if ((guid = require_column (table, guid_names, "vendor_guid", error)) < 0
      || (type = require_column (table, type_names, "object_type", error)) < 0
      || (title = require_column (table, title_names, "title", error)) < 0
      || (parents = require_column (table, parent_names, "parent_guids", error)) < 0)
    return FALSE;
  description = fw_csv_find_column (table, description_names);
  state = fw_csv_find_column (table, state_names);

  for (guint row = 1; row < table->rows->len; row++)
    {
      const char *kind = fw_csv_text (table, row, type);

      if (g_ascii_strcasecmp (kind, "group") != 0 && g_ascii_strcasecmp (kind, "outcome") != 0)
        return fw_csv_fail (table, row, type, error,
                            _("expected an object_type of “group” or “outcome”, got “%s”"), kind);
      if (g_ascii_strcasecmp (kind, "group") == 0)
        g_hash_table_insert (groups, (char *) fw_csv_text (table, row, guid),
                             GUINT_TO_POINTER (row));
    }

  for (guint row = 1; row < table->rows->len; row++)
    {
      g_auto(GStrv) guids = NULL;
      g_autofree char *text = NULL;
      FwMapCourse *course = NULL;

      if (g_ascii_strcasecmp (fw_csv_text (table, row, type), "outcome") != 0
          || g_ascii_strcasecmp (fw_csv_text (table, row, state), "deleted") == 0)
        continue;

      guids = g_strsplit (fw_csv_text (table, row, parents), " ", -1);
      for (guint i = 0; guids[i] != NULL && course == NULL; i++)
        {
          guint group_row = GPOINTER_TO_UINT (g_hash_table_lookup (groups, guids[i]));

          if (group_row != 0)
            course = get_course (import, guids[i], fw_csv_text (table, group_row, title),
                                 group_row, guid, error);
          if (group_row != 0 && course == NULL)
            return FALSE;
        }
      if (course == NULL)
        return fw_csv_fail (table, row, parents, error,
                            _("outcome “%s” is in no group of this file; Canvas groups become "
                              "the program’s courses"), fw_csv_text (table, row, guid));

      text = fw_csv_plain_text (fw_csv_text (table, row, description));
      if (text[0] == '\0')
        {
          g_free (text);
          text = g_strdup (fw_csv_text (table, row, title));
        }
      if (!add_outcome (import, course, fw_csv_text (table, row, guid), text, row, guid, guid,
                        error))
        return FALSE;
    }

  return TRUE;
}

/* The top-level competency above @row, following "Parent ID number". */
static int
moodle_top (FwCsvTable *table,
            GHashTable *rows,
            int         parent,
            guint       row)
{
  guint steps = 0;

  for (;;)
    {
      const char *up = fw_csv_text (table, row, parent);
      guint up_row;

      if (up[0] == '\0')
        return (int) row;
      up_row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, up));
      if (up_row == 0 || ++steps > table->rows->len)
        return -1;
      row = up_row;
    }
}

/* Moodle competency framework CSV (admin/tool/lpimportcsv): the framework row ("Is
 * framework" 1) names the program; top-level competencies are courses and every competency
 * below one is an outcome of it. */
static gboolean
import_moodle (Import  *import,
               GError **error)
{
  static const char * const parent_names[] = { "parent_id_number", NULL };
  static const char * const id_names[] = { "id_number", NULL };
  static const char * const name_names[] = { "short_name", NULL };
  static const char * const description_names[] = { "description", NULL };
  static const char * const framework_names[] = { "is_framework", NULL };
  FwCsvTable *table = import->table;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_str_hash, g_str_equal);
  int parent, id, name, description, is_framework;

  if ((parent = require_column (table, parent_names, "Parent ID number", error)) < 0
      || (id = require_column (table, id_names, "ID number", error)) < 0
      || (name = require_column (table, name_names, "Short name", error)) < 0)
    return FALSE;
  description = fw_csv_find_column (table, description_names);
  is_framework = fw_csv_find_column (table, framework_names);

  for (guint row = 1; row < table->rows->len; row++)
    {
      if (g_str_equal (fw_csv_text (table, row, is_framework), "1"))
        {
          if (fw_map_get_name (import->map)[0] == '\0')
            g_object_set (import->map, "name", fw_csv_text (table, row, name), NULL);
          continue;
        }
      if (fw_csv_text (table, row, id)[0] == '\0')
        return fw_csv_fail (table, row, id, error, _("the competency has no ID number"));
      g_hash_table_insert (rows, (char *) fw_csv_text (table, row, id), GUINT_TO_POINTER (row));
    }

  for (guint row = 1; row < table->rows->len; row++)
    {
      g_autofree char *text = NULL;
      FwMapCourse *course;
      int top;

      if (g_str_equal (fw_csv_text (table, row, is_framework), "1"))
        continue;
      top = moodle_top (table, rows, parent, row);
      if (top < 0)
        return fw_csv_fail (table, row, parent, error,
                            _("no competency has the parent ID number “%s”"),
                            fw_csv_text (table, row, parent));
      course = get_course (import, fw_csv_text (table, top, id), fw_csv_text (table, top, name),
                           top, id, error);
      if (course == NULL)
        return FALSE;
      if ((guint) top == row)
        continue;

      text = fw_csv_plain_text (fw_csv_text (table, row, description));
      if (text[0] == '\0')
        {
          g_free (text);
          text = g_strdup (fw_csv_text (table, row, name));
        }
      if (!add_outcome (import, course, fw_csv_text (table, row, id), text, row, id, id, error))
        return FALSE;
    }

  return TRUE;
}

static FwMapSource
detect_source (FwCsvTable *table)
{
  static const char * const canvas[] = { "vendor_guid", NULL };
  static const char * const moodle[] = { "parent_id_number", NULL };

  if (fw_csv_find_column (table, canvas) >= 0)
    return FW_MAP_SOURCE_CANVAS;
  if (fw_csv_find_column (table, moodle) >= 0)
    return FW_MAP_SOURCE_MOODLE;
  return FW_MAP_SOURCE_CSV;
}

gboolean
fw_map_import_program (FwMap        *map,
                       const char   *data,
                       gsize         length,
                       const char   *filename,
                       FwMapSource   source,
                       GError      **error)
{
  g_autoptr(FwCsvTable) table = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GHashTable) courses = NULL;
  g_autofree char *name = NULL;
  Import import;
  gboolean ok;

  g_return_val_if_fail (FW_IS_MAP (map), FALSE);
  g_return_val_if_fail (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_courses (map))) == 0,
                        FALSE);

  table = fw_csv_parse (data, length, filename, error);
  if (table == NULL)
    return FALSE;

  /* A Moodle framework names the program; a failed import leaves the name as it was. */
  name = g_strdup (fw_map_get_name (map));
  outcomes = g_ptr_array_new_with_free_func (pending_free);
  courses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import = (Import) { map, table, outcomes, courses };
  if (source == FW_MAP_SOURCE_AUTO)
    source = detect_source (table);

  if (source == FW_MAP_SOURCE_CANVAS)
    ok = import_canvas (&import, error);
  else if (source == FW_MAP_SOURCE_MOODLE)
    ok = import_moodle (&import, error);
  else
    ok = import_plain (&import, error);

  if (ok && outcomes->len == 0)
    ok = fw_csv_fail (table, 0, -1, error, _("the file holds no outcomes"));
  if (!ok)
    {
      g_list_store_remove_all (fw_map_get_courses (map));
      g_object_set (map, "name", name, NULL);
      return FALSE;
    }

  commit_outcomes (&import);
  return TRUE;
}

gboolean
fw_map_import_program_file (FwMap        *map,
                            const char   *path,
                            FwMapSource   source,
                            GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return fw_map_import_program (map, data, length, path, source, error);
}
