/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-index-private.h"
#include "fw-onet-table.h"
#include "fw-text.h"

/* Bump when the layout or the text engine's output changes: old caches are then rebuilt. */
#define INDEX_FORMAT "framewright-onet-index 2"
/* key, codes, titles, zones, title words, title stems, alternate owners, alternate titles,
 * their words, their stems. The string columns are NUL-separated strings in one byte array:
 * GLib 2.74 reads a large array of strings child by child in quadratic time. */
#define INDEX_TYPE "(sayayayayayauayayay)"

static const char * const index_files[] = {
  "Occupation Data.txt", "Job Zones.txt", "Alternate Titles.txt", NULL
};


/* Sizes and modification times of the files the index is built from, and the folder. */
static char *
index_key (const char *dir)
{
  g_autoptr(GString) key = g_string_new (INDEX_FORMAT);
  g_autofree char *canonical = g_canonicalize_filename (dir, NULL);

  g_string_append_printf (key, "\n%s", canonical);
  for (guint i = 0; index_files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, index_files[i], NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        g_string_append_printf (key, "\n%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                                index_files[i], (gint64) st.st_size, (gint64) st.st_mtime);
      else
        g_string_append_printf (key, "\n%s -", index_files[i]);
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static char *
cache_path (const char *dir)
{
  g_autofree char *canonical = g_canonicalize_filename (dir, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, canonical, -1);
  g_autofree char *name = g_strconcat ("onet-index-", hash, ".gvariant", NULL);

  return g_build_filename (g_get_user_cache_dir (), "framewright", name, NULL);
}

/*
 * Points @strings at the NUL-separated strings of child @i of @variant; FALSE unless it holds
 * exactly @expected valid UTF-8 strings (@expected G_MAXUINT: any number, stored in it).
 */
static gboolean
split_column (GVariant     *variant,
              guint         i,
              guint        *expected,
              const char ***strings)
{
  g_autoptr(GVariant) child = g_variant_get_child_value (variant, i);
  gsize len = 0;
  const char *data = g_variant_get_fixed_array (child, &len, 1);
  guint n = 0;

  *strings = NULL;
  if (len > 0 && data[len - 1] != '\0')
    return FALSE;

  for (gsize p = 0; p < len; p++)
    n += data[p] == '\0';
  if (*expected != G_MAXUINT && n != *expected)
    return FALSE;
  *expected = n;

  *strings = g_new (const char *, n + 1);
  for (guint k = 0, p = 0; k < n; k++)
    {
      gsize k_len = strlen (data + p);

      if (!g_utf8_validate_len (data + p, k_len, NULL))
        return FALSE;
      (*strings)[k] = data + p;
      p += k_len + 1;
    }
  (*strings)[n] = NULL;

  return TRUE;
}

/* Adds the words of one text (@words and their @stems, space-separated) to the vocabulary. */
static void
add_text_words (FwOnetIndex *self,
                GHashTable  *vocab,
                GArray      *ids,
                const char  *words,
                const char  *stems)
{
  const char *w = words, *s = stems;

  while (*w != '\0' && *s != '\0')
    {
      const char *word = w, *stem = s;
      char key[64];
      char *long_key = NULL;
      gpointer found;
      guint32 id;

      while (*w != '\0' && *w != ' ')
        w++;
      while (*s != '\0' && *s != ' ')
        s++;

      /* Look up without allocating: nearly every word fits the buffer. */
      if ((gsize) (w - word) < sizeof key)
        {
          memcpy (key, word, w - word);
          key[w - word] = '\0';
        }
      else
        long_key = g_strndup (word, w - word);

      found = g_hash_table_lookup (vocab, long_key != NULL ? long_key : key);
      if (found == NULL)
        {
          id = self->vocab_words->len;
          g_ptr_array_add (self->vocab_words, long_key != NULL ? g_steal_pointer (&long_key)
                                                               : g_strdup (key));
          g_ptr_array_add (self->vocab_stems, g_strndup (stem, s - stem));
          g_hash_table_insert (vocab, g_ptr_array_index (self->vocab_words, id),
                               GUINT_TO_POINTER (id + 1));
        }
      else
        id = GPOINTER_TO_UINT (found) - 1;
      g_free (long_key);
      g_array_append_val (ids, id);

      while (*w == ' ')
        w++;
      while (*s == ' ')
        s++;
    }
}

static void
build_vocabulary (FwOnetIndex *self)
{
  g_autoptr(GHashTable) vocab = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (guint32),
                                             4 * (self->n_occupations + self->n_alternates));
  guint n_texts = self->n_occupations + self->n_alternates;

  self->vocab_words = g_ptr_array_new_with_free_func (g_free);
  self->vocab_stems = g_ptr_array_new_with_free_func (g_free);
  self->text_start = g_new (guint, n_texts + 1);

  for (guint i = 0; i < n_texts; i++)
    {
      gboolean title = i < self->n_occupations;
      guint a = i - self->n_occupations;

      self->text_start[i] = ids->len;
      add_text_words (self, vocab, ids, title ? self->title_words[i] : self->alt_words[a],
                      title ? self->title_stems[i] : self->alt_stems[a]);
    }
  self->text_start[n_texts] = ids->len;
  self->text_words = (guint32 *) g_array_free (g_steal_pointer (&ids), FALSE);
}

/* Points the index's arrays into @variant (taken); NULL when it does not hold together. */
static FwOnetIndex *
index_from_variant (GVariant *variant)
{
  g_autoptr(FwOnetIndex) self = g_new0 (FwOnetIndex, 1);
  g_autoptr(GVariant) zones = NULL;
  g_autoptr(GVariant) owners = NULL;
  gsize n_zones = 0, n_owners = 0;

  self->variant = g_variant_ref_sink (variant);
  /* Serialise now: a built variant would drop the children its arrays point into later. */
  g_variant_get_data (self->variant);

  self->n_occupations = G_MAXUINT;
  self->n_alternates = G_MAXUINT;
  if (!split_column (self->variant, 1, &self->n_occupations, &self->codes)
      || !split_column (self->variant, 2, &self->n_occupations, &self->titles)
      || !split_column (self->variant, 4, &self->n_occupations, &self->title_words)
      || !split_column (self->variant, 5, &self->n_occupations, &self->title_stems)
      || !split_column (self->variant, 7, &self->n_alternates, &self->alt_titles)
      || !split_column (self->variant, 8, &self->n_alternates, &self->alt_words)
      || !split_column (self->variant, 9, &self->n_alternates, &self->alt_stems))
    return NULL;

  /* The children's data stay valid as long as the parent, which the index keeps. */
  zones = g_variant_get_child_value (self->variant, 3);
  self->zones = g_variant_get_fixed_array (zones, &n_zones, 1);
  owners = g_variant_get_child_value (self->variant, 6);
  self->alt_owner = g_variant_get_fixed_array (owners, &n_owners, 4);
  if (n_zones != self->n_occupations || n_owners != self->n_alternates)
    return NULL;

  self->first_alt = g_new0 (guint, self->n_occupations + 1);
  self->n_alt = g_new0 (guint, self->n_occupations + 1);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->n_occupations; i++)
    g_hash_table_insert (self->by_code, (gpointer) self->codes[i], GUINT_TO_POINTER (i + 1));
  for (guint i = self->n_alternates; i > 0; i--)
    {
      guint32 owner = self->alt_owner[i - 1];

      if (owner >= self->n_occupations)
        return NULL;
      self->first_alt[owner] = i - 1;
      self->n_alt[owner]++;
    }

  build_vocabulary (self);
  return g_steal_pointer (&self);
}

void
fw_onet_index_free (FwOnetIndex *self)
{
  if (self == NULL)
    return;

  g_free (self->codes);
  g_free (self->titles);
  g_free (self->title_words);
  g_free (self->title_stems);
  g_free (self->alt_titles);
  g_free (self->alt_words);
  g_free (self->alt_stems);
  g_free (self->first_alt);
  g_free (self->n_alt);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->vocab_words, g_ptr_array_unref);
  g_clear_pointer (&self->vocab_stems, g_ptr_array_unref);
  g_free (self->text_words);
  g_free (self->text_start);
  g_clear_pointer (&self->variant, g_variant_unref);
  g_free (self);
}

typedef struct
{
  GPtrArray  *codes, *titles, *title_words, *title_stems;
  GByteArray *zones;
  GArray     *owners;
  GPtrArray  *alt_titles, *alt_words, *alt_stems;
  GHashTable *by_code;   /* code -> index + 1 */
} Builder;

static void
builder_clear (Builder *b)
{
  g_clear_pointer (&b->codes, g_ptr_array_unref);
  g_clear_pointer (&b->titles, g_ptr_array_unref);
  g_clear_pointer (&b->title_words, g_ptr_array_unref);
  g_clear_pointer (&b->title_stems, g_ptr_array_unref);
  g_clear_pointer (&b->zones, g_byte_array_unref);
  g_clear_pointer (&b->owners, g_array_unref);
  g_clear_pointer (&b->alt_titles, g_ptr_array_unref);
  g_clear_pointer (&b->alt_words, g_ptr_array_unref);
  g_clear_pointer (&b->alt_stems, g_ptr_array_unref);
  g_clear_pointer (&b->by_code, g_hash_table_unref);
}

static void
add_terms (FwTextAnalyzer *analyzer,
           const char     *text,
           GPtrArray      *words,
           GPtrArray      *stems)
{
  FwTextTerms terms;

  fw_text_analyzer_terms (analyzer, text, &terms);
  g_ptr_array_add (words, terms.words);
  g_ptr_array_add (stems, terms.stems);
}

static FwOnetTable *
open_table (const char   *dir,
            const char   *name,
            const char  **columns,
            int          *index,
            GError      **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(FwOnetTable) table = fw_onet_table_open (path, '\t', error);

  if (table == NULL)
    return NULL;
  for (guint i = 0; columns[i] != NULL; i++)
    {
      if (columns[i][0] == '?')
        index[i] = fw_onet_table_find_column (table, columns[i] + 1);
      else if ((index[i] = fw_onet_table_column (table, columns[i], error)) < 0)
        return NULL;
    }

  return g_steal_pointer (&table);
}

/* Reads the rows of @table, calling @func; FALSE with @error on a broken row. */
static gboolean
read_rows (FwOnetTable  *table,
           gboolean    (*func) (Builder *, FwOnetTable *, const int *, GError **),
           Builder      *b,
           const int    *index,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  while (fw_onet_table_next (table, &local_error))
    {
      if (!func (b, table, index, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_occupation (Builder      *b,
                FwOnetTable  *table,
                const int    *index,
                GError      **error)
{
  FwTextAnalyzer *analyzer = fw_text_analyzer_get ("en");
  const char *code = fw_onet_table_get (table, index[0]);
  const char *title = fw_onet_table_get (table, index[1]);

  if (*code == '\0' || g_hash_table_contains (b->by_code, code))
    return TRUE;

  g_ptr_array_add (b->codes, g_strdup (code));
  g_ptr_array_add (b->titles, g_strdup (title));
  g_byte_array_append (b->zones, (const guint8 *) "", 1);
  add_terms (analyzer, title, b->title_words, b->title_stems);
  g_hash_table_insert (b->by_code, g_ptr_array_index (b->codes, b->codes->len - 1),
                       GUINT_TO_POINTER (b->codes->len));
  return TRUE;
}

static guint
builder_find (Builder     *b,
              FwOnetTable *table,
              int          column,
              GError     **error)
{
  const char *code = fw_onet_table_get (table, column);
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (b->by_code, code));

  if (found == 0)
    fw_set_error_at (error, FW_ERROR_INVALID, fw_onet_table_get_name (table),
                     fw_onet_table_get_line (table), 0,
                     "unknown O*NET-SOC code “%s”: Occupation Data has no such occupation",
                     code);
  return found;
}

static gboolean
add_zone (Builder      *b,
          FwOnetTable  *table,
          const int    *index,
          GError      **error)
{
  guint found = builder_find (b, table, index[0], error);
  const char *zone = fw_onet_table_get (table, index[1]);

  if (found == 0)
    return FALSE;
  if (strlen (zone) == 1 && zone[0] >= '1' && zone[0] <= '5')
    b->zones->data[found - 1] = zone[0] - '0';

  return TRUE;
}

static void
add_alternate (Builder    *b,
               guint32     owner,
               const char *title)
{
  FwTextAnalyzer *analyzer = fw_text_analyzer_get ("en");

  g_array_append_val (b->owners, owner);
  g_ptr_array_add (b->alt_titles, g_strdup (title));
  add_terms (analyzer, title, b->alt_words, b->alt_stems);
}

static gboolean
add_alternate_row (Builder      *b,
                   FwOnetTable  *table,
                   const int    *index,
                   GError      **error)
{
  guint found = builder_find (b, table, index[0], error);
  const char *title = fw_onet_table_get (table, index[1]);
  const char *short_title = fw_onet_table_get (table, index[2]);

  if (found == 0)
    return FALSE;
  if (*title != '\0')
    add_alternate (b, found - 1, title);
  if (*short_title != '\0' && strcmp (short_title, title) != 0)
    add_alternate (b, found - 1, short_title);

  return TRUE;
}

static GVariant *
strv_variant (GPtrArray *array)
{
  g_autoptr(GByteArray) blob = g_byte_array_new ();

  for (guint i = 0; i < array->len; i++)
    {
      const char *text = g_ptr_array_index (array, i);

      g_byte_array_append (blob, (const guint8 *) text, strlen (text) + 1);
    }

  return g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, blob->data, blob->len, 1);
}

static GVariant *
build_variant (const char  *dir,
               const char  *key,
               GError     **error)
{
  const char *occupation_columns[] = { "O*NET-SOC Code", "Title", NULL };
  const char *zone_columns[] = { "O*NET-SOC Code", "Job Zone", NULL };
  const char *alt_columns[] = { "O*NET-SOC Code", "Alternate Title", "?Short Title", NULL };
  g_autoptr(FwOnetTable) table = NULL;
  g_autofree char *zones_path = g_build_filename (dir, "Job Zones.txt", NULL);
  g_autofree char *alt_path = g_build_filename (dir, "Alternate Titles.txt", NULL);
  Builder b = { NULL };
  GVariant *variant = NULL;
  int index[4];

  b.codes = g_ptr_array_new_with_free_func (g_free);
  b.titles = g_ptr_array_new_with_free_func (g_free);
  b.title_words = g_ptr_array_new_with_free_func (g_free);
  b.title_stems = g_ptr_array_new_with_free_func (g_free);
  b.zones = g_byte_array_new ();
  b.owners = g_array_new (FALSE, FALSE, sizeof (guint32));
  b.alt_titles = g_ptr_array_new_with_free_func (g_free);
  b.alt_words = g_ptr_array_new_with_free_func (g_free);
  b.alt_stems = g_ptr_array_new_with_free_func (g_free);
  b.by_code = g_hash_table_new (g_str_hash, g_str_equal);

  if ((table = open_table (dir, "Occupation Data.txt", occupation_columns, index, error)) == NULL
      || !read_rows (table, add_occupation, &b, index, error))
    goto out;
  g_clear_pointer (&table, fw_onet_table_free);

  if (g_file_test (zones_path, G_FILE_TEST_EXISTS)
      && ((table = open_table (dir, "Job Zones.txt", zone_columns, index, error)) == NULL
          || !read_rows (table, add_zone, &b, index, error)))
    goto out;
  g_clear_pointer (&table, fw_onet_table_free);

  if (g_file_test (alt_path, G_FILE_TEST_EXISTS)
      && ((table = open_table (dir, "Alternate Titles.txt", alt_columns, index, error)) == NULL
          || !read_rows (table, add_alternate_row, &b, index, error)))
    goto out;

  variant = g_variant_new ("(s@ay@ay@ay@ay@ay@au@ay@ay@ay)", key,
                           strv_variant (b.codes), strv_variant (b.titles),
                           g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, b.zones->data,
                                                      b.zones->len, 1),
                           strv_variant (b.title_words), strv_variant (b.title_stems),
                           g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, b.owners->data,
                                                      b.owners->len, 4),
                           strv_variant (b.alt_titles), strv_variant (b.alt_words),
                           strv_variant (b.alt_stems));

out:
  builder_clear (&b);
  return variant;
}

static FwOnetIndex *
checked_index (GVariant    *variant,
               const char  *dir,
               GError     **error)
{
  FwOnetIndex *self = index_from_variant (variant);

  if (self == NULL)
    fw_set_error_at (error, FW_ERROR_INVALID, dir, 0, 0,
                     "the occupation index of the release does not hold together");
  return self;
}

FwOnetIndex *
fw_onet_index_build (const char  *dir,
                     GError     **error)
{
  g_autofree char *key = NULL;
  GVariant *variant;

  g_return_val_if_fail (dir != NULL, NULL);

  key = index_key (dir);
  variant = build_variant (dir, key, error);
  return variant != NULL ? checked_index (variant, dir, error) : NULL;
}

static GVariant *
read_cache (const char *path,
            const char *key)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) stored_key = NULL;

  if (mapped == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (mapped);
  variant = g_variant_new_from_bytes (G_VARIANT_TYPE (INDEX_TYPE), bytes, FALSE);
  /* GVariant reads damaged data safely (as defaults); the string columns are checked when
   * they are split, and a foreign file has another key. */
  stored_key = g_variant_get_child_value (variant, 0);
  if (strcmp (g_variant_get_string (stored_key, NULL), key) != 0)
    return NULL;

  return g_steal_pointer (&variant);
}

static void
write_cache (const char *path,
             GVariant   *variant)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0
      || !g_file_set_contents (path, g_variant_get_data (variant), g_variant_get_size (variant),
                               &error))
    g_debug ("Could not cache the O*NET index in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

FwOnetIndex *
fw_onet_index_load (const char  *dir,
                    GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *path = NULL;
  GVariant *variant;
  FwOnetIndex *self;

  g_return_val_if_fail (dir != NULL, NULL);

  key = index_key (dir);
  path = cache_path (dir);
  variant = read_cache (path, key);
  if (variant != NULL && (self = index_from_variant (variant)) != NULL)
    {
      self->cached = TRUE;
      return self;
    }

  variant = build_variant (dir, key, error);
  if (variant == NULL || (self = checked_index (variant, dir, error)) == NULL)
    return NULL;

  write_cache (path, self->variant);
  return self;
}

gboolean
fw_onet_index_is_cached (FwOnetIndex *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->cached;
}

guint
fw_onet_index_get_n_occupations (FwOnetIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_occupations;
}

const char *
fw_onet_index_get_code (FwOnetIndex *self,
                        guint        occupation)
{
  g_return_val_if_fail (self != NULL && occupation < self->n_occupations, NULL);

  return self->codes[occupation];
}

const char *
fw_onet_index_get_title (FwOnetIndex *self,
                         guint        occupation)
{
  g_return_val_if_fail (self != NULL && occupation < self->n_occupations, NULL);

  return self->titles[occupation];
}

int
fw_onet_index_get_job_zone (FwOnetIndex *self,
                            guint        occupation)
{
  g_return_val_if_fail (self != NULL && occupation < self->n_occupations, 0);

  return self->zones[occupation];
}

int
fw_onet_index_find (FwOnetIndex *self,
                    const char  *code)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (code != NULL, -1);

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_code, code)) - 1;
}

guint
fw_onet_index_get_n_alternates (FwOnetIndex *self,
                                guint        occupation)
{
  g_return_val_if_fail (self != NULL && occupation < self->n_occupations, 0);

  return self->n_alt[occupation];
}

const char *
fw_onet_index_get_alternate (FwOnetIndex *self,
                             guint        occupation,
                             guint        alternate)
{
  g_return_val_if_fail (self != NULL && occupation < self->n_occupations, NULL);
  g_return_val_if_fail (alternate < self->n_alt[occupation], NULL);

  return self->alt_titles[self->first_alt[occupation] + alternate];
}

