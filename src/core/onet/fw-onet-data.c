/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-private.h"
#include "fw-onet-table.h"

typedef gboolean (*TableFunc) (FwOnetData   *self,
                               FwOnetTable  *table,
                               const int    *columns,
                               GError      **error);

/* Whitespace collapsed, typographic quotes made plain, case folded. */
static char *
normalise_text (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      if (c == 0x2018 || c == 0x2019)
        c = '\'';
      else if (c == 0x201C || c == 0x201D)
        c = '"';
      g_string_append_unichar (out, c);
    }

  return g_utf8_casefold (out->str, out->len);
}

static char *
task_key (const char *soc,
          const char *text)
{
  g_autofree char *normal = normalise_text (text);

  return g_strconcat (soc, "\t", normal, NULL);
}

static const char *
intern (FwOnetData *self,
        const char *text)
{
  return g_string_chunk_insert_const (self->strings, text);
}

static void
add_name (FwOnetData *self,
          const char *name)
{
  gsize len = strlen (name);

  if (len == 0 || len > FW_ONET_MAX_NAME_LENGTH)
    return;
  g_hash_table_add (self->names, (gpointer) intern (self, name));
  self->max_name_length = MAX (self->max_name_length, len);
}

static void
free_occupation (gpointer data)
{
  FwOnetOccupation *occupation = data;

  g_ptr_array_unref (occupation->tasks);
  g_ptr_array_unref (occupation->technology);
  g_ptr_array_unref (occupation->work_styles);
  g_free (occupation);
}

static void
free_technology (gpointer data)
{
  FwOnetTechnologyRow *row = data;

  g_ptr_array_unref (row->examples);
  g_free (row);
}

static gboolean
add_occupation_row (FwOnetData   *self,
                    FwOnetTable  *table,
                    const int    *columns,
                    GError      **error)
{
  const char *code = fw_onet_table_get (table, columns[0]);
  FwOnetOccupation *occupation;

  if (*code == '\0' || g_hash_table_contains (self->occupations, code))
    return TRUE;

  occupation = g_new0 (FwOnetOccupation, 1);
  occupation->code = intern (self, code);
  occupation->title = intern (self, fw_onet_table_get (table, columns[1]));
  occupation->description = intern (self, fw_onet_table_get (table, columns[2]));
  occupation->tasks = g_ptr_array_new_with_free_func (g_free);
  occupation->technology = g_ptr_array_new_with_free_func (free_technology);
  occupation->work_styles = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_insert (self->occupations, (gpointer) occupation->code, occupation);
  g_ptr_array_add (self->occupation_list, occupation);

  return TRUE;
}

/* The occupation a row of another table is about; an unknown code is an error. */
static FwOnetOccupation *
row_occupation (FwOnetData   *self,
                FwOnetTable  *table,
                int           column,
                GError      **error)
{
  const char *code = fw_onet_table_get (table, column);
  FwOnetOccupation *occupation = g_hash_table_lookup (self->occupations, code);

  if (occupation == NULL)
    fw_set_error_at (error, FW_ERROR_INVALID, fw_onet_table_get_name (table),
                     fw_onet_table_get_line (table), 0,
                     "unknown O*NET-SOC code “%s”: Occupation Data has no such occupation",
                     code);

  return occupation;
}

static gboolean
add_task_row (FwOnetData   *self,
              FwOnetTable  *table,
              const int    *columns,
              GError      **error)
{
  FwOnetOccupation *occupation;
  const char *id = fw_onet_table_get (table, columns[1]);
  const char *text = fw_onet_table_get (table, columns[2]);
  FwOnetTaskRow *row = NULL;
  g_autofree char *key = NULL;

  if (*id == '\0' || *text == '\0')
    return TRUE;

  occupation = row_occupation (self, table, columns[0], error);
  if (occupation == NULL)
    return FALSE;

  /* A later file (a newer release's excerpt) replaces the row with the same task id. */
  for (guint i = 0; i < occupation->tasks->len && row == NULL; i++)
    {
      FwOnetTaskRow *old = g_ptr_array_index (occupation->tasks, i);

      if (strcmp (old->task_id, id) == 0)
        row = old;
    }
  if (row == NULL)
    {
      row = g_new0 (FwOnetTaskRow, 1);
      g_ptr_array_add (occupation->tasks, row);
      self->n_tasks++;
    }
  else
    {
      /* The replaced text no longer finds the task. */
      g_autofree char *old_key = task_key (occupation->code, row->text);

      g_hash_table_remove (self->tasks_by_key, old_key);
    }

  row->task_id = intern (self, id);
  row->text = intern (self, text);
  row->type = intern (self, fw_onet_table_get (table, columns[3]));

  key = task_key (occupation->code, text);
  g_hash_table_replace (self->tasks_by_key, g_steal_pointer (&key), (gpointer) row->task_id);
  g_hash_table_add (self->task_ids, (gpointer) row->task_id);

  return TRUE;
}

static gboolean
add_job_zone_row (FwOnetData   *self,
                  FwOnetTable  *table,
                  const int    *columns,
                  GError      **error)
{
  FwOnetOccupation *occupation = row_occupation (self, table, columns[0], error);
  const char *zone = fw_onet_table_get (table, columns[1]);

  if (occupation == NULL)
    return FALSE;

  if (strlen (zone) != 1 || zone[0] < '1' || zone[0] > '5')
    {
      fw_set_error_at (error, FW_ERROR_INVALID, fw_onet_table_get_name (table),
                       fw_onet_table_get_line (table), 0,
                       "expected a job zone from 1 to 5, got “%s”", zone);
      return FALSE;
    }

  occupation->job_zone = zone[0] - '0';
  return TRUE;
}

static gboolean
add_zone_name_row (FwOnetData   *self,
                   FwOnetTable  *table,
                   const int    *columns,
                   GError      **error)
{
  const char *zone = fw_onet_table_get (table, columns[0]);
  const char *name = fw_onet_table_get (table, columns[1]);

  if (strlen (zone) == 1 && zone[0] >= '1' && zone[0] <= '5' && *name != '\0')
    g_hash_table_replace (self->zone_names, GINT_TO_POINTER (zone[0] - '0'),
                          (gpointer) intern (self, name));

  return TRUE;
}

/* "Healthcare Practitioners and Technical Occupations" -> "Healthcare Practitioners &
 * Technical", the NSX spelling. "and" after a comma stays ("Arts, Design, ..., and Media"). */
static char *
nsx_group_name (const char *name)
{
  g_autoptr(GString) out = g_string_new (name);

  if (g_str_has_suffix (out->str, " Occupations"))
    g_string_truncate (out, out->len - strlen (" Occupations"));

  for (char *p = strstr (out->str, " and "); p != NULL; p = strstr (p + 1, " and "))
    {
      if (p > out->str && p[-1] == ',')
        continue;
      g_string_erase (out, p - out->str, strlen (" and "));
      g_string_insert (out, p - out->str, " & ");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
add_group_row (FwOnetData   *self,
               FwOnetTable  *table,
               const int    *columns,
               GError      **error)
{
  const char *major = fw_onet_table_get (table, columns[0]);
  const char *name = fw_onet_table_get (table, columns[1]);
  g_autofree char *nsx = NULL;
  const char *key;

  if (strlen (major) < 2 || *name == '\0')
    return TRUE;

  key = g_string_chunk_insert_len (self->strings, major, 2);
  nsx = nsx_group_name (name);
  g_hash_table_replace (self->group_titles, (gpointer) key, (gpointer) intern (self, name));
  g_hash_table_replace (self->groups, (gpointer) key, (gpointer) intern (self, nsx));

  return TRUE;
}

static gboolean
add_work_style_row (FwOnetData   *self,
                    FwOnetTable  *table,
                    const int    *columns,
                    GError      **error)
{
  FwOnetOccupation *occupation = row_occupation (self, table, columns[0], error);
  const char *name = fw_onet_table_get (table, columns[2]);
  const char *value = fw_onet_table_get (table, columns[4]);
  FwOnetWorkStyleRow *row;
  char *end = NULL;
  double importance;

  if (occupation == NULL)
    return FALSE;

  add_name (self, name);
  /* Only the importance scale ranks the styles; other scales (if any) are not read. */
  if (columns[3] >= 0 && strcmp (fw_onet_table_get (table, columns[3]), "IM") != 0)
    return TRUE;

  importance = g_ascii_strtod (value, &end);
  if (*value == '\0' || end == NULL || *end != '\0')
    {
      fw_set_error_at (error, FW_ERROR_INVALID, fw_onet_table_get_name (table),
                       fw_onet_table_get_line (table), 0,
                       "expected a number in “Data Value”, got “%s”", value);
      return FALSE;
    }

  row = g_new0 (FwOnetWorkStyleRow, 1);
  row->element_id = intern (self, fw_onet_table_get (table, columns[1]));
  row->name = intern (self, name);
  row->importance = importance;
  g_ptr_array_add (occupation->work_styles, row);

  return TRUE;
}

/* Examples that a lowercase-to-uppercase split would cut wrongly: a capital inside a word
 * ("PowerPoint") or an end other than a lowercase letter ("IBM SPSS"). */
static gboolean
needs_exact_match (const char *example)
{
  gsize len = strlen (example);

  if (len == 0)
    return FALSE;
  if (!g_ascii_islower (example[len - 1]))
    return TRUE;
  for (gsize i = 1; i < len; i++)
    {
      if (g_ascii_islower (example[i - 1]) && g_ascii_isupper (example[i]))
        return TRUE;
    }

  return FALSE;
}

static FwOnetTechnologyRow *
find_technology (FwOnetOccupation *occupation,
                 const char       *commodity_code)
{
  /* Rows come grouped by commodity: the last one is nearly always the one. */
  for (guint i = occupation->technology->len; i > 0; i--)
    {
      FwOnetTechnologyRow *row = g_ptr_array_index (occupation->technology, i - 1);

      if (strcmp (row->commodity_code, commodity_code) == 0)
        return row;
    }

  return NULL;
}

static gboolean
add_technology_row (FwOnetData   *self,
                    FwOnetTable  *table,
                    const int    *columns,
                    GError      **error)
{
  FwOnetOccupation *occupation = row_occupation (self, table, columns[0], error);
  const char *example = fw_onet_table_get (table, columns[1]);
  const char *code = fw_onet_table_get (table, columns[2]);
  const char *title = fw_onet_table_get (table, columns[3]);
  FwOnetTechnologyRow *row;

  if (occupation == NULL)
    return FALSE;

  add_name (self, title);
  if (needs_exact_match (example))
    add_name (self, example);

  row = find_technology (occupation, code);
  if (row == NULL)
    {
      row = g_new0 (FwOnetTechnologyRow, 1);
      row->commodity_code = intern (self, code);
      row->commodity_title = intern (self, title);
      row->examples = g_ptr_array_new ();
      g_ptr_array_add (occupation->technology, row);
    }
  if (*example != '\0')
    g_ptr_array_add (row->examples, (gpointer) intern (self, example));
  row->hot |= strcmp (fw_onet_table_get (table, columns[4]), "Y") == 0;
  row->in_demand |= strcmp (fw_onet_table_get (table, columns[5]), "Y") == 0;

  return TRUE;
}

/*
 * Reads @name from @dir and calls @func for each row with the indexes of @columns (a
 * NULL-terminated list; a name starting with '?' is an optional column, -1 when absent).
 */
static gboolean
read_table (FwOnetData          *self,
            const char          *dir,
            const char          *name,
            char                 delimiter,
            gboolean             required,
            const char * const  *columns,
            TableFunc            func,
            GError             **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(FwOnetTable) table = NULL;
  g_autoptr(GError) local_error = NULL;
  int index[8];
  guint n = 0;

  if (!required && !g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  table = fw_onet_table_open (path, delimiter, error);
  if (table == NULL)
    return FALSE;

  for (n = 0; columns[n] != NULL; n++)
    {
      g_assert (n < G_N_ELEMENTS (index));
      if (columns[n][0] == '?')
        index[n] = fw_onet_table_find_column (table, columns[n] + 1);
      else if ((index[n] = fw_onet_table_column (table, columns[n], error)) < 0)
        return FALSE;
    }

  while (fw_onet_table_next (table, &local_error))
    {
      if (!func (self, table, index, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static FwOnetData *
fw_onet_data_new (void)
{
  FwOnetData *self = g_new0 (FwOnetData, 1);

  self->strings = g_string_chunk_new (256 * 1024);
  self->tasks_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->task_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->occupations = g_hash_table_new (g_str_hash, g_str_equal);
  self->occupation_list = g_ptr_array_new_with_free_func (free_occupation);
  self->groups = g_hash_table_new (g_str_hash, g_str_equal);
  self->group_titles = g_hash_table_new (g_str_hash, g_str_equal);
  self->zone_names = g_hash_table_new (NULL, NULL);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

void
fw_onet_data_free (FwOnetData *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->tasks_by_key);
  g_hash_table_unref (self->task_ids);
  g_hash_table_unref (self->occupations);
  g_ptr_array_unref (self->occupation_list);
  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->group_titles);
  g_hash_table_unref (self->zone_names);
  g_hash_table_unref (self->names);
  g_string_chunk_free (self->strings);
  g_free (self);
}

#define TAB '\t'
#define COL(...) ((const char * const []) { __VA_ARGS__, NULL })
#define SOC "O*NET-SOC Code"

FwOnetData *
fw_onet_data_load (const char          *dir,
                   const char * const  *overlays,
                   GError             **error)
{
  const char * const task_columns[] = { SOC, "Task ID", "Task", "?Task Type", NULL };
  g_autoptr(FwOnetData) self = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = fw_onet_data_new ();
  if (!read_table (self, dir, "Occupation Data.txt", TAB, TRUE,
                   COL (SOC, "Title", "?Description"), add_occupation_row, error) ||
      !read_table (self, dir, "Task Statements.txt", TAB, TRUE, task_columns, add_task_row,
                   error))
    return NULL;

  for (guint i = 0; overlays != NULL && overlays[i] != NULL; i++)
    {
      if (!read_table (self, dir, overlays[i], TAB, TRUE, task_columns, add_task_row, error))
        return NULL;
    }

  if (!read_table (self, dir, "Job Zones.txt", TAB, FALSE, COL (SOC, "Job Zone"),
                   add_job_zone_row, error) ||
      !read_table (self, dir, "Job Zone Reference.txt", TAB, FALSE, COL ("Job Zone", "Name"),
                   add_zone_name_row, error) ||
      !read_table (self, dir, "soc_structure_2018.csv", ',', FALSE, COL ("Major Group", "Name"),
                   add_group_row, error) ||
      !read_table (self, dir, "Work Styles.txt", TAB, FALSE,
                   COL (SOC, "Element ID", "Element Name", "?Scale ID", "Data Value"),
                   add_work_style_row, error) ||
      !read_table (self, dir, "Technology Skills.txt", TAB, FALSE,
                   COL (SOC, "Example", "Commodity Code", "Commodity Title", "?Hot Technology",
                        "?In Demand"),
                   add_technology_row, error))
    return NULL;

  return g_steal_pointer (&self);
}

guint
fw_onet_data_get_n_tasks (FwOnetData *self)
{
  return self != NULL ? self->n_tasks : 0;
}

const char *
fw_onet_data_find_task_id (FwOnetData *self,
                           const char *soc,
                           const char *task_text)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (soc != NULL, NULL);
  g_return_val_if_fail (task_text != NULL, NULL);

  if (self == NULL)
    return NULL;

  key = task_key (soc, task_text);
  return g_hash_table_lookup (self->tasks_by_key, key);
}

gboolean
fw_onet_data_has_task_id (FwOnetData *self,
                          const char *task_id)
{
  g_return_val_if_fail (task_id != NULL, FALSE);

  return self != NULL && g_hash_table_contains (self->task_ids, task_id);
}

const FwOnetOccupation *
fw_onet_data_get_occupation (FwOnetData *self,
                             const char *soc)
{
  g_return_val_if_fail (soc != NULL, NULL);

  return self != NULL ? g_hash_table_lookup (self->occupations, soc) : NULL;
}

GPtrArray *
fw_onet_data_get_occupations (FwOnetData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->occupation_list;
}

const char *
fw_onet_data_get_title (FwOnetData *self,
                        const char *soc)
{
  const FwOnetOccupation *occupation = fw_onet_data_get_occupation (self, soc);

  return occupation != NULL ? occupation->title : NULL;
}

static const char *
lookup_major (GHashTable *table,
              const char *soc)
{
  char major[3];

  if (table == NULL || !g_ascii_isdigit (soc[0]) || !g_ascii_isdigit (soc[1]))
    return NULL;

  major[0] = soc[0];
  major[1] = soc[1];
  major[2] = '\0';
  return g_hash_table_lookup (table, major);
}

const char *
fw_onet_data_get_major_group (FwOnetData *self,
                              const char *soc)
{
  g_return_val_if_fail (soc != NULL, NULL);

  return lookup_major (self != NULL ? self->groups : NULL, soc);
}

const char *
fw_onet_data_get_major_group_title (FwOnetData *self,
                                    const char *soc)
{
  g_return_val_if_fail (soc != NULL, NULL);

  return lookup_major (self != NULL ? self->group_titles : NULL, soc);
}

const char *
fw_onet_data_get_job_zone_name (FwOnetData *self,
                                int         zone)
{
  return self != NULL ? g_hash_table_lookup (self->zone_names, GINT_TO_POINTER (zone)) : NULL;
}

char *
fw_onet_job_zone_label (const char *zone_name)
{
  const char *colon;
  g_autoptr(GString) label = NULL;

  g_return_val_if_fail (zone_name != NULL, NULL);

  colon = strchr (zone_name, ':');
  label = g_string_new (colon != NULL ? colon + 1 : zone_name);
  if (g_str_has_suffix (label->str, " Needed"))
    g_string_truncate (label, label->len - strlen (" Needed"));

  return g_strstrip (g_string_free (g_steal_pointer (&label), FALSE));
}
