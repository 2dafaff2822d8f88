/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-library-hit.h"

struct _FwLibraryHit
{
  GObject   parent_instance;

  gboolean  header;
  gboolean  more;
  guint     n_results;
  char     *path;
  char     *title;
  char     *soc;
  char     *section;
  char     *statement_id;
  char     *headline;
  char     *snippet;
  char     *place;
};

G_DEFINE_FINAL_TYPE (FwLibraryHit, fw_library_hit, G_TYPE_OBJECT)

static void
fw_library_hit_finalize (GObject *object)
{
  FwLibraryHit *self = FW_LIBRARY_HIT (object);

  g_free (self->path);
  g_free (self->title);
  g_free (self->soc);
  g_free (self->section);
  g_free (self->statement_id);
  g_free (self->headline);
  g_free (self->snippet);
  g_free (self->place);

  G_OBJECT_CLASS (fw_library_hit_parent_class)->finalize (object);
}

static void
fw_library_hit_class_init (FwLibraryHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_library_hit_finalize;
}

static void
fw_library_hit_init (FwLibraryHit *self)
{
}

static const char *
section_label (const char *section)
{
  static const struct { const char *section; const char *label; } labels[] = {
    { "levels", N_("Levels") },
    { "ai-fluency", N_("AI Fluency") },
    { "durable", N_("Durable Skills") },
    { "tasks", N_("O*NET task") },
    { "titles", N_("Related title") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (section, labels[i].section) == 0)
      return _(labels[i].label);
  return section;
}

static const char *
level_label (const char *level)
{
  static const struct { const char *level; const char *label; } labels[] = {
    { "emerging", N_("Emerging") },
    { "developing", N_("Developing") },
    { "proficient", N_("Proficient") },
    { "advanced", N_("Advanced") },
    { "applying", N_("Applying") },
    { "exceeding", N_("Exceeding") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (level, labels[i].level) == 0)
      return _(labels[i].label);
  return level;
}

static char *
place_text (const FwLibraryResult *result)
{
  GString *text = g_string_new (section_label (result->section));

  if (result->domain != NULL && *result->domain != '\0')
    g_string_append_printf (text, " · %s", result->domain);
  if (result->level != NULL && *result->level != '\0')
    g_string_append_printf (text, " · %s", level_label (result->level));
  return g_string_free (text, FALSE);
}

/*
 * The headline and the text under it, as markup. The snippet comes from the column that
 * matched best: when that is the whole headline, the headline carries the highlights and the
 * body follows, rather than the headline twice. A filter-only query has no snippet: the body
 * stands in, escaped all the same.
 */
static void
set_text (FwLibraryHit          *self,
          const FwLibraryResult *result)
{
  g_autofree char *plain = NULL;

  if (result->snippet == NULL)
    {
      self->headline = g_markup_escape_text (result->headline, -1);
      self->snippet = g_markup_escape_text (result->body, -1);
      return;
    }
  plain = fw_library_format_snippet (result->snippet, "", "", FALSE);
  if (*result->headline != '\0' && g_str_equal (plain, result->headline))
    {
      self->headline = fw_library_format_snippet (result->snippet, "<b>", "</b>", TRUE);
      self->snippet = g_markup_escape_text (result->body, -1);
      return;
    }
  self->headline = g_markup_escape_text (result->headline, -1);
  self->snippet = fw_library_format_snippet (result->snippet, "<b>", "</b>", TRUE);
}

FwLibraryHit *
fw_library_hit_new_header (const FwLibraryResult *first,
                           guint                  n_results)
{
  FwLibraryHit *self;

  g_return_val_if_fail (first != NULL, NULL);

  self = g_object_new (FW_TYPE_LIBRARY_HIT, NULL);
  self->header = TRUE;
  self->n_results = n_results;
  self->path = g_strdup (first->path);
  self->title = g_strdup (first->title);
  self->soc = g_strdup (first->soc);
  return self;
}

FwLibraryHit *
fw_library_hit_new_result (const FwLibraryResult *result)
{
  FwLibraryHit *self;

  g_return_val_if_fail (result != NULL, NULL);

  self = g_object_new (FW_TYPE_LIBRARY_HIT, NULL);
  self->path = g_strdup (result->path);
  self->title = g_strdup (result->title);
  self->soc = g_strdup (result->soc);
  self->section = g_strdup (result->section);
  self->statement_id = g_strdup (result->id);
  set_text (self, result);
  self->place = place_text (result);
  return self;
}

FwLibraryHit *
fw_library_hit_new_more (void)
{
  FwLibraryHit *self = g_object_new (FW_TYPE_LIBRARY_HIT, NULL);

  self->more = TRUE;
  self->title = g_strdup (_("Show More Results"));
  self->soc = g_strdup ("");
  return self;
}

gboolean
fw_library_hit_is_more (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), FALSE);
  return self->more;
}

gboolean
fw_library_hit_is_header (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), FALSE);
  return self->header;
}

const char *
fw_library_hit_get_path (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->path;
}

const char *
fw_library_hit_get_title (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->title;
}

const char *
fw_library_hit_get_soc (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->soc;
}

const char *
fw_library_hit_get_section (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->section;
}

const char *
fw_library_hit_get_statement_id (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->statement_id;
}

const char *
fw_library_hit_get_headline (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->headline;
}

const char *
fw_library_hit_get_snippet (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->snippet;
}

const char *
fw_library_hit_get_place (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), NULL);
  return self->place;
}

guint
fw_library_hit_get_n_results (FwLibraryHit *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_HIT (self), 0);
  return self->n_results;
}

GPtrArray *
fw_library_hit_group (GPtrArray *results)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *hits;

  g_return_val_if_fail (results != NULL, NULL);

  /* Frameworks in the order of their best result; results keep their rank within. */
  for (guint i = 0; i < results->len; i++)
    {
      FwLibraryResult *result = g_ptr_array_index (results, i);
      GPtrArray *group = g_hash_table_lookup (groups, result->path);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, result->path, group);
          g_ptr_array_add (order, group);
        }
      g_ptr_array_add (group, result);
    }

  hits = g_ptr_array_new_full (results->len + order->len, g_object_unref);
  for (guint i = 0; i < order->len; i++)
    {
      GPtrArray *group = g_ptr_array_index (order, i);

      g_ptr_array_add (hits, fw_library_hit_new_header (g_ptr_array_index (group, 0),
                                                        group->len));
      for (guint j = 0; j < group->len; j++)
        g_ptr_array_add (hits, fw_library_hit_new_result (g_ptr_array_index (group, j)));
    }
  return hits;
}
