/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-io.h"
#include "fw-onet-data.h"
#include "fw-utf8.h"

/* Names longer than this are never glued list items; it bounds the work of a split. */
#define MAX_NAME_LENGTH 160

struct _FwOnetData
{
  GStringChunk *strings;
  GHashTable   *tasks_by_key;   /* "SOC\tnormalised text" -> task id */
  GHashTable   *task_ids;       /* set of task ids */
  GHashTable   *titles;         /* SOC -> title */
  GHashTable   *groups;         /* "29" -> group */
  GHashTable   *names;          /* set of element names and examples */
  gsize         max_name_length;
  guint         n_tasks;
};

typedef void (*RowFunc) (FwOnetData  *self,
                         const char **fields);

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

static void
add_task_row (FwOnetData  *self,
              const char **fields)
{
  const char *id;

  if (*fields[0] == '\0' || *fields[1] == '\0' || *fields[2] == '\0')
    return;

  id = g_string_chunk_insert_const (self->strings, fields[1]);
  g_hash_table_replace (self->tasks_by_key, task_key (fields[0], fields[2]), (gpointer) id);
  g_hash_table_add (self->task_ids, (gpointer) id);
  self->n_tasks++;
}

static void
add_title_row (FwOnetData  *self,
               const char **fields)
{
  if (*fields[0] == '\0' || *fields[1] == '\0')
    return;

  g_hash_table_replace (self->titles,
                        g_string_chunk_insert_const (self->strings, fields[0]),
                        g_string_chunk_insert_const (self->strings, fields[1]));
}

static void
add_group_row (FwOnetData  *self,
               const char **fields)
{
  if (strlen (fields[0]) < 2 || *fields[1] == '\0')
    return;

  g_hash_table_replace (self->groups,
                        g_string_chunk_insert_len (self->strings, fields[0], 2),
                        g_string_chunk_insert_const (self->strings, fields[1]));
}

/*
 * Splits @data into lines in place: LF or CRLF, a leading byte-order mark skipped. The
 * lines point into @data. (One pass with memchr: the tables are megabytes long.)
 */
static GPtrArray *
split_lines (char *data)
{
  GPtrArray *lines = g_ptr_array_new ();
  char *p = data;
  char *end = data + strlen (data);

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;

  while (p < end)
    {
      char *eol = memchr (p, '\n', end - p);
      char *next = eol != NULL ? eol + 1 : end;

      if (eol == NULL)
        eol = end;
      if (eol > p && eol[-1] == '\r')
        eol--;
      *eol = '\0';
      g_ptr_array_add (lines, p);
      p = next;
    }

  return lines;
}

static char *
load_text (const char  *path,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  if (!fw_utf8_check_text (data, size, path, "file", error))
    return NULL;

  return g_strndup (data, size);
}

/*
 * Reads a tab-delimited table and calls @func for each row with the fields of @columns,
 * in that order. Columns are found by header name.
 */
static gboolean
read_table (FwOnetData          *self,
            const char          *path,
            const char * const  *columns,
            guint                n_columns,
            RowFunc              func,
            GError             **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_auto(GStrv) header = NULL;
  int index[8];
  guint n_header;

  g_assert (n_columns <= G_N_ELEMENTS (index));

  text = load_text (path, error);
  if (text == NULL)
    return FALSE;

  lines = split_lines (text);
  if (lines->len == 0)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, path, 1, 0, "the table has no header line");
      return FALSE;
    }

  header = g_strsplit (g_ptr_array_index (lines, 0), "\t", -1);
  n_header = g_strv_length (header);
  for (guint c = 0; c < n_columns; c++)
    {
      index[c] = -1;
      for (guint h = 0; h < n_header; h++)
        if (g_strcmp0 (g_strstrip (header[h]), columns[c]) == 0)
          index[c] = h;
      if (index[c] < 0)
        {
          fw_set_error_at (error, FW_ERROR_INVALID, path, 1, 0,
                           "the table has no column \"%s\"", columns[c]);
          return FALSE;
        }
    }

  for (guint i = 1; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_auto(GStrv) fields = NULL;
      const char *values[8];
      guint n_fields;

      if (line[0] == '\0')
        continue;

      fields = g_strsplit (line, "\t", -1);
      n_fields = g_strv_length (fields);
      for (guint c = 0; c < n_columns; c++)
        values[c] = (guint) index[c] < n_fields ? g_strstrip (fields[index[c]]) : "";
      func (self, values);
    }

  return TRUE;
}

/* Reads a list of names, one a line; '#' starts a comment line. A missing file is fine. */
static gboolean
read_names (FwOnetData  *self,
            const char  *path,
            GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  text = load_text (path, error);
  if (text == NULL)
    return FALSE;

  lines = split_lines (text);
  for (guint i = 0; i < lines->len; i++)
    {
      char *name = g_strstrip (g_ptr_array_index (lines, i));
      gsize len = strlen (name);

      if (len == 0 || name[0] == '#' || len > MAX_NAME_LENGTH)
        continue;
      g_hash_table_add (self->names, g_string_chunk_insert_const (self->strings, name));
      self->max_name_length = MAX (self->max_name_length, len);
    }

  return TRUE;
}

static FwOnetData *
fw_onet_data_new (void)
{
  FwOnetData *self = g_new0 (FwOnetData, 1);

  self->strings = g_string_chunk_new (64 * 1024);
  self->tasks_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->task_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->titles = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new (g_str_hash, g_str_equal);
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
  g_hash_table_unref (self->titles);
  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->names);
  g_string_chunk_free (self->strings);
  g_free (self);
}

static gboolean
load_optional_table (FwOnetData          *self,
                     const char          *dir,
                     const char          *name,
                     const char * const  *columns,
                     guint                n_columns,
                     RowFunc              func,
                     GError             **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  return read_table (self, path, columns, n_columns, func, error);
}

FwOnetData *
fw_onet_data_load (const char  *dir,
                   GError     **error)
{
  static const char * const task_columns[] = { "O*NET-SOC Code", "Task ID", "Task" };
  static const char * const title_columns[] = { "O*NET-SOC Code", "Title" };
  static const char * const group_columns[] = { "Major Group", "Group" };
  static const char * const name_files[] = {
    "work-styles.txt", "technology-commodities.txt", "technology-examples.txt",
  };
  g_autoptr(FwOnetData) self = NULL;
  g_autofree char *tasks_path = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = fw_onet_data_new ();
  tasks_path = g_build_filename (dir, "tasks.tsv", NULL);
  if (!read_table (self, tasks_path, task_columns, G_N_ELEMENTS (task_columns),
                   add_task_row, error))
    return NULL;

  if (!load_optional_table (self, dir, "occupations.tsv", title_columns,
                            G_N_ELEMENTS (title_columns), add_title_row, error) ||
      !load_optional_table (self, dir, "soc-major-groups.tsv", group_columns,
                            G_N_ELEMENTS (group_columns), add_group_row, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (name_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, name_files[i], NULL);

      if (!read_names (self, path, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

static FwOnetData *
try_load_dir (const char *dir)
{
  g_autofree char *tasks = NULL;
  g_autoptr(GError) error = NULL;
  FwOnetData *data;

  if (dir == NULL || *dir == '\0')
    return NULL;

  tasks = g_build_filename (dir, "tasks.tsv", NULL);
  if (!g_file_test (tasks, G_FILE_TEST_IS_REGULAR))
    return NULL;

  data = fw_onet_data_load (dir, &error);
  if (data == NULL)
    g_warning ("Could not load the O*NET data: %s", error->message);

  return data;
}

static gpointer
load_default_cb (gpointer user_data)
{
  const char *env_dir = g_getenv ("FW_ONET_DATA_DIR");
  const char *data_dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *from_data_dir = NULL;
  FwOnetData *data;

  /* An explicit directory is the only one used, so that tests can also run without data. */
  if (env_dir != NULL)
    return try_load_dir (env_dir);

  data = try_load_dir (PKGDATADIR "/onet");
  if (data != NULL)
    return data;

  if (data_dir != NULL)
    {
      from_data_dir = g_build_filename (data_dir, "onet", NULL);
      data = try_load_dir (from_data_dir);
      if (data != NULL)
        return data;
    }

  /* Uninstalled runs from the build tree use the checkout's data. */
  return try_load_dir (SOURCE_DATADIR "/onet");
}

FwOnetData *
fw_onet_data_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_default_cb, NULL);
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

const char *
fw_onet_data_get_title (FwOnetData *self,
                        const char *soc)
{
  g_return_val_if_fail (soc != NULL, NULL);

  return self != NULL ? g_hash_table_lookup (self->titles, soc) : NULL;
}

const char *
fw_onet_data_get_major_group (FwOnetData *self,
                              const char *soc)
{
  char major[3];

  g_return_val_if_fail (soc != NULL, NULL);

  if (self == NULL || !g_ascii_isdigit (soc[0]) || !g_ascii_isdigit (soc[1]))
    return NULL;

  major[0] = soc[0];
  major[1] = soc[1];
  major[2] = '\0';
  return g_hash_table_lookup (self->groups, major);
}

gboolean
fw_onet_data_is_known_name (FwOnetData *self,
                            const char *name,
                            gssize      length)
{
  char buffer[MAX_NAME_LENGTH + 1];

  g_return_val_if_fail (name != NULL, FALSE);

  if (length < 0)
    length = strlen (name);
  if (self == NULL || length == 0 || (gsize) length > self->max_name_length)
    return FALSE;

  memcpy (buffer, name, length);
  buffer[length] = '\0';
  return g_hash_table_contains (self->names, buffer);
}

/* Where a known name starting at @start ends (the longest one), or NULL. */
static const char *
longest_known_name (FwOnetData *self,
                    const char *start)
{
  const char *best = NULL;
  const char *p = start;

  if (self == NULL || self->max_name_length == 0)
    return NULL;

  while (*p != '\0' && (gsize) (p - start) < self->max_name_length)
    {
      gunichar next;

      p = g_utf8_next_char (p);
      next = g_utf8_get_char (p);
      /* Glued items follow each other directly: a name ends where the next item begins,
       * never inside a word or before a space. */
      if ((next == 0 || (!g_unichar_islower (next) && !g_unichar_isspace (next))) &&
          fw_onet_data_is_known_name (self, start, p - start))
        best = p;
    }

  return best;
}

/* The next lowercase-to-uppercase boundary after @start, or the end of the text. */
static const char *
next_case_boundary (const char *start)
{
  const char *p = start;
  gunichar prev = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (prev != 0 && g_unichar_islower (prev) && g_unichar_isupper (c))
        return p;
      prev = c;
      p = g_utf8_next_char (p);
    }

  return p;
}

char **
fw_onet_data_split_glued (FwOnetData *self,
                          const char *glued,
                          guint       max_items,
                          gboolean   *truncated)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *p = glued;

  g_return_val_if_fail (glued != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (glued, -1, NULL), NULL);

  if (truncated != NULL)
    *truncated = FALSE;

  while (*p != '\0')
    {
      const char *end;
      char *item;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (max_items > 0 && items->len >= max_items)
        {
          if (truncated != NULL)
            *truncated = TRUE;
          break;
        }

      end = longest_known_name (self, p);
      if (end == NULL)
        end = next_case_boundary (p);

      item = g_strstrip (g_strndup (p, end - p));
      if (*item != '\0')
        g_ptr_array_add (items, item);
      else
        g_free (item);
      p = end;
    }

  g_ptr_array_add (items, NULL);
  return (char **) g_ptr_array_steal (items, NULL);
}
